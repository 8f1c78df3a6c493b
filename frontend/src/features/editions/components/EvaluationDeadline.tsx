import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { formatDateTime, fromLocalInput, toLocalInput } from '@/lib/i18n/format';
import type { Edition } from '@/lib/api/types';
import { useExtendEvaluationDeadline } from '../api/extend-evaluation-deadline';

/** During the evaluation, its deadline only moves later: audited, and every juror of the edition is mailed the new one. */
export function EvaluationDeadline({ edition }: { edition: Edition }) {
  const { t, i18n } = useTranslation();
  const extend = useExtendEvaluationDeadline();
  const [until, setUntil] = useState(() => toLocalInput(edition.evaluationCloseAt));
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    extend.mutate({
      editionId: edition.id,
      body: { evaluationCloseAt: fromLocalInput(until), ...(reason.trim() ? { reason: reason.trim() } : {}) },
    }, { onSuccess: () => setReason('') });
  };
  return (
    <section className="card" aria-labelledby="deadline-title">
      <h2 id="deadline-title">{t('lifecycle.extend.title')}</h2>
      <p>{t('lifecycle.extend.current', { date: formatDateTime(edition.evaluationCloseAt, i18n.language) })}</p>
      <form onSubmit={submit}>
        <Field label={t('lifecycle.extend.until')} name="evaluationCloseAt" error={extend.error} hint={t('edition.timesHint')}>
          {(p) => <input {...p} type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} required />}
        </Field>
        <Field label={t('lifecycle.extend.reason')} name="reason" error={extend.error}>
          {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
        </Field>
        <ErrorAlert error={extend.error} />
        <button type="submit" disabled={extend.isPending || !until}>{t('lifecycle.extend.submit')}</button>
      </form>
      <div role="status" aria-live="polite">
        {extend.isSuccess && (
          <p className="alert alert-success">{t('lifecycle.extend.done', { date: formatDateTime(extend.data.evaluationCloseAt, i18n.language) })}</p>
        )}
      </div>
    </section>
  );
}
