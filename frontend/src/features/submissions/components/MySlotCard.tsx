import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { counted, formatDateTime } from '@/lib/i18n/format';
import { useMySlot } from '../api/get-my-slot';
import { downloadMySlotIcs } from '../api/download-slot-ics';

/** The teacher's presentation to the jury, when her project has a slot, with its .ics to add to a calendar. */
export function MySlotCard({ submissionId }: { submissionId: number }) {
  const { t, i18n } = useTranslation();
  const mine = useMySlot(submissionId);
  const [error, setError] = useState<unknown>(null);
  const slot = mine.data?.slot;
  if (!slot) return null;
  const round = (i18n.language === 'ar' ? mine.data?.roundNameAr : i18n.language === 'en' ? mine.data?.roundNameEn : undefined)
    || mine.data?.roundNameFr;
  return (
    <section aria-labelledby="my-slot" className="card">
      <h2 id="my-slot">{t('finalists.mySlotTitle')}</h2>
      <p>{round}</p>
      <p>{t('finalists.slotSummary', { when: formatDateTime(slot.startsAt, i18n.language), ...counted(slot.durationMinutes, i18n.language) })}</p>
      {slot.place && <p>{t('finalists.place')} : {slot.place}</p>}
      {slot.videoUrl && <p>{t('finalists.videoUrl')} : <a href={slot.videoUrl} dir="ltr">{slot.videoUrl}</a></p>}
      <button type="button" onClick={() => { setError(null); downloadMySlotIcs(submissionId).catch(setError); }}>
        {t('finalists.addToCalendar')}
      </button>
      <ErrorAlert error={error} />
    </section>
  );
}
