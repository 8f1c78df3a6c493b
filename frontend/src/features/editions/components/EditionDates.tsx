import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Edition, EditionStatus } from '@/lib/api/types';
import { moroccoToday } from '@/lib/time/morocco';
import { ContentText } from '@/components/ContentText';
import { editionTextLang } from '@/lib/i18n/content';

const ORDER: EditionStatus[] = ['DRAFT', 'OPEN', 'EVALUATION', 'DELIBERATION', 'PUBLISHED', 'ARCHIVED'];
const atLeast = (e: Edition, status: EditionStatus) => ORDER.indexOf(e.status) >= ORDER.indexOf(status);

/**
 * Whether the call is over: by the lifecycle (the administrator closed it, possibly before the date it
 * announced) or by the clock (its closing instant passed while it is still OPEN).
 */
export function callClosed(e: Edition, now: number) {
  return atLeast(e, 'EVALUATION') || (e.status === 'OPEN' && now >= Date.parse(e.submissionsCloseAt));
}

/**
 * The edition's dates as the public reads them: a date still ahead is announced, a step already done
 * says so ("Appel clos", "Évaluation terminée") and never shows a date it closed before as upcoming.
 */
export function EditionDates({ edition: e, now }: { edition: Edition; now: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const closeAt = Date.parse(e.submissionsCloseAt);
  const evaluationAt = Date.parse(e.evaluationCloseAt);
  const call = !callClosed(e, now) ? formatDateTime(e.submissionsCloseAt, lang)
    : now < closeAt ? t('home.callClosed') : t('home.callClosedOn', { date: formatDateTime(e.submissionsCloseAt, lang) });
  const evaluationDone = atLeast(e, 'DELIBERATION') || now >= evaluationAt;
  const evaluation = !evaluationDone ? formatDateTime(e.evaluationCloseAt, lang)
    : now < evaluationAt ? t('home.evaluationDone') : t('home.evaluationDoneOn', { date: formatDateTime(e.evaluationCloseAt, lang) });
  const ceremony = e.ceremonyDate && (e.ceremonyDate < moroccoToday(now)
    ? t('home.ceremonyHeld', { date: formatDate(e.ceremonyDate, lang) }) : formatDate(e.ceremonyDate, lang));
  return (
    <>
      <dt>{t('edition.submissionsOpenAt')}</dt><dd>{formatDateTime(e.submissionsOpenAt, lang)}</dd>
      <dt>{t('edition.submissionsCloseAt')}</dt><dd>{call}</dd>
      <dt>{t('edition.evaluationCloseAt')}</dt><dd>{evaluation}</dd>
      {ceremony && (<><dt>{t('edition.ceremony')}</dt><dd>{ceremony}{e.ceremonyVenue && <> — <ContentText text={e.ceremonyVenue} lang={editionTextLang(e, 'ceremonyVenue')} /></>}</dd></>)}
    </>
  );
}
