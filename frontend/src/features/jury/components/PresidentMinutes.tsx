import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentText } from '@/components/ContentText';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { counted, formatNumber, formatDateTime } from '@/lib/i18n/format';
import type { components } from '@/lib/api/schema';
import { usePresidedRounds } from '../api/list-presided-rounds';
import { useRoundMinutes } from '../api/get-round-minutes';
import { useRecordMinutes } from '../api/record-round-minutes';

type RoundMinutes = components['schemas']['RoundMinutes'];

const MAX = 20000;

function roundName(r: { nameFr: string; nameAr?: string; nameEn?: string }, lang: string) {
  return (lang === 'ar' ? r.nameAr : lang === 'en' ? r.nameEn : undefined) || r.nameFr;
}

function Editor({ editionId, position, minutes }: { editionId: number; position: number; minutes: RoundMinutes }) {
  const { t, i18n } = useTranslation();
  const record = useRecordMinutes(editionId, position);
  const [text, setText] = useState(minutes.minutes ?? '');
  const id = `minutes-${editionId}-${position}`;
  return (
    <form onSubmit={(e) => { e.preventDefault(); record.mutate(text); }}>
      <div className="field">
        <label htmlFor={id}>{t('finalists.minutes')}</label>
        <textarea id={id} rows={10} maxLength={MAX} value={text} onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-count`} />
        <p id={`${id}-count`} className="hint">{t('finalists.characters', { ...counted(text.length, i18n.language), max: formatNumber(MAX, i18n.language) })}</p>
      </div>
      <ErrorAlert error={record.error} />
      <div role="status" aria-live="polite">
        {record.isSuccess && <p className="alert alert-success">{t('finalists.minutesSaved')}</p>}
      </div>
      {minutes.minutesRecordedAt && (
        <p className="muted small">{t('finalists.recordedAt', { when: formatDateTime(minutes.minutesRecordedAt, i18n.language) })}</p>
      )}
      <button type="submit" disabled={record.isPending || text.length > MAX}>{t('finalists.saveMinutes')}</button>
    </form>
  );
}

function PresidedMinutes({ editionId, position }: { editionId: number; position: number }) {
  const { t } = useTranslation();
  const minutes = useRoundMinutes(editionId, position);
  return (
    <QueryState query={minutes}>
      {() => minutes.data!.editable
        ? <Editor editionId={editionId} position={position} minutes={minutes.data!} />
        : <><p className="alert alert-info">{t('finalists.minutesClosed')}</p><ReadOnly minutes={minutes.data!} /></>}
    </QueryState>
  );
}

/** The jury area's block: each round the juror presides, with its minutes editor. Nothing for other jurors. */
export function PresidentMinutes() {
  const { t, i18n } = useTranslation();
  const rounds = usePresidedRounds();
  if (!rounds.data || rounds.data.length === 0) return null;
  return (
    <section aria-labelledby="presided-title" className="card">
      <h2 id="presided-title">{t('finalists.presidedTitle')}</h2>
      {rounds.data.map((r) => (
        <div key={r.roundId}>
          <h3><ContentText text={r.editionTitle} lang={undefined} /> — {roundName(r, i18n.language)}</h3>
          <PresidedMinutes editionId={r.editionId} position={r.position} />
        </div>
      ))}
    </section>
  );
}

function ReadOnly({ minutes }: { minutes: RoundMinutes }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {minutes.presidentName && <p>{t('finalists.president', { name: minutes.presidentName })}</p>}
      {minutes.minutes
        ? <blockquote className="minutes-text" style={{ whiteSpace: 'pre-wrap' }}>{minutes.minutes}</blockquote>
        : <p className="muted">{t('finalists.noMinutes')}</p>}
      {minutes.minutesRecordedAt && (
        <p className="muted small">{t('finalists.recordedAt', { when: formatDateTime(minutes.minutesRecordedAt, i18n.language) })}</p>
      )}
    </>
  );
}
