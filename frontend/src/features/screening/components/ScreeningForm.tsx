import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { components } from '@/lib/api/schema';
import { useScreenSubmission } from '../api/screen-submission';

type S = components['schemas'];
export type ChecklistItem = S['ChecklistItem'];
export type ScreeningEntry = S['ScreeningEntry'];

/** A checklist item in the reader's language, French when it has no translation. */
export const itemLabel = (item: ChecklistItem, lang: string) =>
  (lang === 'ar' ? item.ar : lang === 'en' ? item.en : item.fr) || item.fr;

/** Screens one project: an answer per checklist item, the outcome, and the reason its author reads when ineligible. */
export function ScreeningForm({ editionId, entry, checklist, onDone }: {
  editionId: number; entry: ScreeningEntry; checklist: ChecklistItem[]; onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const previous = entry.screening;
  const [answers, setAnswers] = useState<boolean[]>(() =>
    checklist.map((_, i) => (previous && previous.answers.length === checklist.length ? previous.answers[i] : true)));
  const [outcome, setOutcome] = useState<'ELIGIBLE' | 'INELIGIBLE'>(previous?.outcome ?? 'ELIGIBLE');
  const [reason, setReason] = useState(previous?.reason ?? '');
  const [reasonMissing, setReasonMissing] = useState(false);
  const screen = useScreenSubmission(editionId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (outcome === 'INELIGIBLE' && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    screen.mutate({
      submissionId: entry.submissionId,
      body: { outcome, answers, ...(outcome === 'INELIGIBLE' ? { reason: reason.trim() } : {}), ...(previous ? { version: previous.version } : {}) },
    }, { onSuccess: onDone });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('screening.formTitle', { title: entry.title })}</h3>
      <ErrorAlert error={screen.error} />
      <fieldset>
        <legend>{t('screening.checklist')}</legend>
        {checklist.map((item, i) => (
          <label key={i} className="checkbox">
            <input type="checkbox" checked={answers[i]} onChange={(e) => setAnswers(answers.map((a, j) => (j === i ? e.target.checked : a)))} />
            {' '}{itemLabel(item, i18n.language)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('screening.outcome')}</legend>
        {(['ELIGIBLE', 'INELIGIBLE'] as const).map((o) => (
          <label key={o} className="radio">
            <input type="radio" name={`${id}-outcome`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
            {' '}{t(`screening.outcomes.${o}`)}
          </label>
        ))}
      </fieldset>
      {outcome === 'INELIGIBLE' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('screening.reason')}</label>
          <textarea id={`${id}-reason`} value={reason} maxLength={1000} rows={3} onChange={(e) => setReason(e.target.value)}
            aria-describedby={`${id}-reason-hint${reasonMissing ? ` ${id}-reason-error` : ''}`} aria-invalid={reasonMissing || undefined} />
          <p id={`${id}-reason-hint`} className="hint">{t('screening.reasonHint')}</p>
          {reasonMissing && <p id={`${id}-reason-error`} className="field-error" role="alert">{t('screening.reasonRequired')}</p>}
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={screen.isPending}>{t('screening.save')}</button>{' '}
        <button type="button" className="secondary" onClick={onDone}>{t('screening.cancel')}</button>
      </div>
    </form>
  );
}
