import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/Dialog';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { counted, formatNumber } from '@/lib/i18n/format';
import { useClosePreview } from '../api/get-close-preview';
import { useCloseRound } from '../api/close-round';

/**
 * Closing a round that is not the last: what it leaves behind (understaffed projects, evaluations that
 * will not count, disagreements), the reason required to close despite missing evaluations, then the close.
 */
export function CloseRoundDialog({ editionId, position, name, onClose, onClosed }: {
  editionId: number; position: number; name: string; onClose: () => void; onClosed: () => void;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const preview = useClosePreview(editionId, position);
  const close = useCloseRound();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = preview.data!;
    if (p.overrideRequired && reason.trim().length < 3) {
      setMissing(true);
      return;
    }
    close.mutate(
      { editionId, position, body: p.overrideRequired ? { override: { reason: reason.trim() } } : {} },
      { onSuccess: onClosed },
    );
  };
  return (
    <Dialog title={t('rounds.close.title', { name })} onClose={onClose}>
      <QueryState query={preview}>
        {() => {
          const p = preview.data!;
          return (
            <form onSubmit={submit}>
              <p>{t('rounds.close.explain')}</p>
              {p.blockers.length > 0 && (
                <div className="alert alert-error">
                  <p>{t('rounds.close.blocked')}</p>
                  <ul>{p.blockers.map((b) => <li key={b}>{t(`rounds.close.blockers.${b}`)}</li>)}</ul>
                </div>
              )}
              {p.understaffed.length > 0 ? (
                <>
                  <p>{t('lifecycle.preview.understaffed', { ...counted(p.understaffed.length, i18n.language), required: n(p.jurorsPerProject) })}</p>
                  <ul>{p.understaffed.map((u) => (
                    <li key={u.submissionId}>{t('lifecycle.preview.understaffedLine', {
                      title: u.title, submitted: t('counts.submittedEvaluations', counted(u.submittedEvaluations, i18n.language)), required: n(u.required), assigned: t('counts.assignedJurors', counted(u.assignedJurors, i18n.language)),
                    })}</li>
                  ))}</ul>
                </>
              ) : <p>{t('lifecycle.preview.staffed', { required: n(p.jurorsPerProject) })}</p>}
              {p.unsubmittedEvaluations.length > 0 && (
                <>
                  <p>{t('lifecycle.preview.unsubmitted', counted(p.unsubmittedEvaluations.length, i18n.language))}</p>
                  <ul>{p.unsubmittedEvaluations.map((u) => (
                    <li key={u.assignmentId}>{t('lifecycle.preview.unsubmittedLine', {
                      title: u.title, juror: u.jurorName, state: t(u.started ? 'lifecycle.preview.started' : 'lifecycle.preview.notStarted'),
                    })}</li>
                  ))}</ul>
                </>
              )}
              {p.disagreements.length > 0 ? (
                <>
                  <p>{t('lifecycle.preview.disagreements', counted(p.disagreements.length, i18n.language))}</p>
                  <ul>{p.disagreements.map((d) => (
                    <li key={d.submissionId}>{t('lifecycle.preview.disagreementLine', { title: d.title, spread: formatNumber(d.spread, i18n.language, 1) })}</li>
                  ))}</ul>
                </>
              ) : <p>{t('lifecycle.preview.noDisagreement')}</p>}
              {p.overrideRequired && (
                <Field label={t('rounds.close.override')} name="override.reason" error={close.error} hint={t('lifecycle.preview.overrideHint')}>
                  {(f) => <textarea {...f} rows={3} value={reason} maxLength={1000} aria-required="true"
                    onChange={(e) => { setReason(e.target.value); setMissing(false); }} />}
                </Field>
              )}
              {missing && <p role="alert" className="alert alert-error">{t('lifecycle.preview.reasonMissing')}</p>}
              <ErrorAlert error={close.error} />
              <div className="button-row">
                <button type="submit" disabled={close.isPending || p.blockers.length > 0}>{t('rounds.close.confirm')}</button>
                <button type="button" className="secondary" onClick={onClose}>{t('lifecycle.cancel')}</button>
              </div>
            </form>
          );
        }}
      </QueryState>
    </Dialog>
  );
}
