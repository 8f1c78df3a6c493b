import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/i18n/format';
import { isApiError } from '@/lib/api/problem';
import { useMinutes } from '../api/get-minutes';
import { useRounds } from '../api/list-rounds';
import type { RoundMinutes } from '../types';

function roundName(r: { nameFr: string; nameAr?: string; nameEn?: string }, lang: string) {
  return (lang === 'ar' ? r.nameAr : lang === 'en' ? r.nameEn : undefined) || r.nameFr;
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

/** The admin's awards screen: the last round's minutes, read-only, beside the award decision. */
export function LastRoundMinutes({ editionId }: { editionId: number }) {
  const { t, i18n } = useTranslation();
  const rounds = useRounds(editionId);
  // Without rounds (an error, or none yet) there are no minutes to show.
  const last = rounds.data && rounds.data.length > 0 ? rounds.data[rounds.data.length - 1] : undefined;
  const minutes = useMinutes({ editionId, position: last?.position ?? 1 }, Boolean(last));
  if (!last || (isApiError(minutes.error) && minutes.error.status === 404)) return null;
  return (
    <section aria-labelledby="minutes-title" className="card">
      <h3 id="minutes-title">{t('finalists.minutesOf', { round: roundName(last, i18n.language) })}</h3>
      <QueryState query={minutes}>{() => <ReadOnly minutes={minutes.data!} />}</QueryState>
    </section>
  );
}
