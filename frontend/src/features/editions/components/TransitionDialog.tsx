import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '@/components/Dialog';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api/problem';
import { counted, formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Edition, EditionStatus, TransitionInput, TransitionPreview } from '@/lib/api/types';
import { usePreviewTransition } from '../api/preview-transition';
import { useTransitionEdition } from '../api/transition-edition';

/**
 * Why a move was refused. Opening while another edition is open names that edition (from the problem's
 * `openEdition`) and links to it, where its call can be closed; other refusals say what the API said.
 */
function TransitionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const open = isApiError(error) && error.slug === 'edition-already-open' ? error.problem.openEdition : undefined;
  if (!open) return <ErrorAlert error={error} />;
  return (
    <div role="alert" className="alert alert-error">
      <p>{t('lifecycle.alreadyOpen', { number: open.number, year: open.year })}</p>
      <p><Link to={`/admin/editions/${open.id}`}>{t('lifecycle.seeOpen', { number: open.number, year: open.year })}</Link></p>
    </div>
  );
}

/** A list under its sentence, shown only when it has lines. */
function Lines({ intro, lines }: { intro: string; lines: string[] }) {
  return (
    <>
      <p>{intro}</p>
      <ul>{lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
    </>
  );
}

/** The facts of the preview, step by step: what will happen, what will be left out, what the jury disagrees on. */
function Facts({ preview }: { preview: TransitionPreview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (value: number | undefined) => formatNumber(value, lang);
  const points = (spread: number) => formatNumber(spread, lang, 1);
  const p = preview;
  return (
    <div className="preview-facts">
      {p.to === 'EVALUATION' && (
        <>
          <p>{t('lifecycle.preview.entering', counted(p.enteringReview ?? 0, lang))}</p>
          {p.drafts.length > 0
            ? <Lines intro={t('lifecycle.preview.drafts', counted(p.drafts.length, lang))}
              lines={p.drafts.map((d) => t('lifecycle.preview.draft', { title: d.title, author: d.authorName }))} />
            : <p>{t('lifecycle.preview.noDrafts')}</p>}
          {p.reasonRequired && (
            <p className="alert alert-warning">{t('lifecycle.preview.early', { date: formatDateTime(p.submissionsCloseAt, lang) })}</p>
          )}
        </>
      )}
      {p.to === 'DELIBERATION' && (
        <>
          {p.understaffed.length > 0
            ? <Lines intro={t('lifecycle.preview.understaffed', { ...counted(p.understaffed.length, lang), required: n(p.jurorsPerProject) })}
              lines={p.understaffed.map((u) => t('lifecycle.preview.understaffedLine', {
                title: u.title, submitted: t('counts.submittedEvaluations', counted(u.submittedEvaluations, lang)), required: n(u.required), assigned: t('counts.assignedJurors', counted(u.assignedJurors, lang)),
              }))} />
            : <p>{t('lifecycle.preview.staffed', { required: n(p.jurorsPerProject) })}</p>}
          {p.unsubmittedEvaluations.length > 0 && (
            <Lines intro={t('lifecycle.preview.unsubmitted', counted(p.unsubmittedEvaluations.length, lang))}
              lines={p.unsubmittedEvaluations.map((u) => t('lifecycle.preview.unsubmittedLine', {
                title: u.title, juror: u.jurorName, state: t(u.started ? 'lifecycle.preview.started' : 'lifecycle.preview.notStarted'),
              }))} />
          )}
          {p.disagreements.length > 0
            ? <Lines intro={t('lifecycle.preview.disagreements', counted(p.disagreements.length, lang))}
              lines={p.disagreements.map((d) => t('lifecycle.preview.disagreementLine', { title: d.title, spread: points(d.spread) }))} />
            : <p>{t('lifecycle.preview.noDisagreement')}</p>}
        </>
      )}
      {p.to === 'PUBLISHED' && (
        <>
          <p>{t('lifecycle.preview.awards', { winners: t('counts.winners', counted(p.winners ?? 0, lang)), laureates: t('counts.laureates', counted(p.laureates ?? 0, lang)), laureateCount: n(p.laureateCount) })}</p>
          {p.disagreements.filter((d) => d.award === 'WINNER').map((d) => (
            <p key={d.submissionId} className="alert alert-warning">
              {t('lifecycle.preview.winnerDisagreement', { title: d.title, spread: points(d.spread) })}
            </p>
          ))}
          {p.disagreements.some((d) => d.award !== 'WINNER') && (
            <Lines intro={t('lifecycle.preview.awardedDisagreements')}
              lines={p.disagreements.filter((d) => d.award !== 'WINNER').map((d) => t('lifecycle.preview.disagreementLine', {
                title: `${d.title} (${t(`status.award.${d.award ?? 'LAUREATE'}`)})`, spread: points(d.spread),
              }))} />
          )}
        </>
      )}
      {p.unscreened.length > 0 && (
        <Lines intro={t('lifecycle.preview.unscreened')}
          lines={p.unscreened.map((u) => t('lifecycle.preview.unscreenedLine', { region: u.regionCode ?? '—', ...counted(u.count, lang) }))} />
      )}
      {p.blockers.length > 0 && (
        <div role="alert" className="alert alert-error">
          <Lines intro={t('lifecycle.preview.blocked')} lines={p.blockers.map((b) => t(`lifecycle.preview.blockers.${b}`))} />
        </div>
      )}
    </div>
  );
}

/**
 * The confirmation of a step: what the step will do (the server's dry run), the reason an early
 * closing needs, the override deliberating with understaffed projects needs, then an explicit
 * confirmation. Nothing moves before "Confirmer".
 */
export function TransitionDialog({ edition, to, onClose, onDone }: {
  edition: Edition; to: EditionStatus; onClose: () => void; onDone: () => void;
}) {
  const { t } = useTranslation();
  const preview = usePreviewTransition(edition.id, to);
  const transition = useTransitionEdition();
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState('');
  const [missing, setMissing] = useState<'reason' | 'override' | null>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const overrideField = useRef<HTMLTextAreaElement>(null);
  const p = preview.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!p) return;
    if (p.reasonRequired && reason.trim().length < 3) {
      setMissing('reason');
      reasonField.current?.focus();
      return;
    }
    if (p.overrideRequired && override.trim().length < 3) {
      setMissing('override');
      overrideField.current?.focus();
      return;
    }
    setMissing(null);
    const body: TransitionInput = {
      to,
      ...(p.reasonRequired ? { reason: reason.trim() } : {}),
      ...(p.overrideRequired ? { override: { reason: override.trim() } } : {}),
    };
    transition.mutate({ editionId: edition.id, body }, { onSuccess: onDone, onError: () => void preview.refetch() });
  };
  const status = t(`status.edition.${to}`);
  return (
    <Dialog title={t('lifecycle.dialogTitle', { status })} onClose={onClose}>
      <p>{t(`lifecycle.explain.${to}`)}</p>
      <QueryState query={preview}>
        {() => (
          <form onSubmit={submit} noValidate>
            <Facts preview={p!} />
            {p!.reasonRequired && (
              <div className="field">
                <label htmlFor="transition-reason">{t('lifecycle.preview.reason')}</label>
                <textarea id="transition-reason" ref={reasonField} rows={3} value={reason} maxLength={1000} required
                  aria-describedby={missing === 'reason' ? 'transition-reason-hint transition-reason-error' : 'transition-reason-hint'}
                  aria-invalid={missing === 'reason' ? true : undefined} onChange={(e) => setReason(e.target.value)} />
                <p id="transition-reason-hint" className="hint">{t('lifecycle.preview.reasonHint')}</p>
                {missing === 'reason' && <p id="transition-reason-error" className="field-error">{t('lifecycle.preview.reasonMissing')}</p>}
              </div>
            )}
            {p!.overrideRequired && (
              <div className="field">
                <label htmlFor="transition-override">{t('lifecycle.preview.override')}</label>
                <textarea id="transition-override" ref={overrideField} rows={3} value={override} maxLength={1000} required
                  aria-describedby={missing === 'override' ? 'transition-override-hint transition-override-error' : 'transition-override-hint'}
                  aria-invalid={missing === 'override' ? true : undefined} onChange={(e) => setOverride(e.target.value)} />
                <p id="transition-override-hint" className="hint">{t('lifecycle.preview.overrideHint')}</p>
                {missing === 'override' && <p id="transition-override-error" className="field-error">{t('lifecycle.preview.reasonMissing')}</p>}
              </div>
            )}
            <TransitionError error={transition.error} />
            <div className="button-row">
              <button type="submit" disabled={transition.isPending}>{t('lifecycle.confirm')}</button>
              <button type="button" className="secondary" onClick={onClose}>{t('lifecycle.cancel')}</button>
            </div>
          </form>
        )}
      </QueryState>
    </Dialog>
  );
}
