import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ErrorAlert';
import { counted, formatDateTime } from '@/lib/i18n/format';
import { useDeleteSlot } from '../api/delete-slot';
import { usePutSlot } from '../api/put-slot';
import { useRounds } from '../api/list-rounds';
import { useSlots } from '../api/list-slots';
import type { FinalistSlot } from '../types';
import { SlotForm } from './SlotForm';
import { PresidentSelect } from './PresidentSelect';

function roundName(r: { nameFr: string; nameAr?: string; nameEn?: string }, lang: string) {
  return (lang === 'ar' ? r.nameAr : lang === 'en' ? r.nameEn : undefined) || r.nameFr;
}

function FinalistRow({ finalist, editionId, position, editable }: {
  finalist: FinalistSlot; editionId: number; position: number; editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const put = usePutSlot({ editionId, position });
  const remove = useDeleteSlot({ editionId, position });
  const slot = finalist.slot;
  return (
    <li className="card">
      <h4>{finalist.title}</h4>
      <p className="muted small">{finalist.teacherName}{finalist.schoolName ? ` — ${finalist.schoolName}` : ''}</p>
      <p>
        {slot
          ? t('finalists.slotSummary', { when: formatDateTime(slot.startsAt, i18n.language), ...counted(slot.durationMinutes, i18n.language) })
          : t('finalists.noSlot')}
        {slot?.place && <><br />{t('finalists.place')} : {slot.place}</>}
        {slot?.videoUrl && <><br />{t('finalists.videoUrl')} : <a href={slot.videoUrl} dir="ltr">{slot.videoUrl}</a></>}
      </p>
      {editable && (
        <details>
          <summary>{slot ? t('finalists.change') : t('finalists.schedule')}</summary>
          <SlotForm key={`${slot?.id}-${slot?.sequence}`} slot={slot} title={finalist.title}
            pending={put.isPending || remove.isPending} error={put.error ?? remove.error}
            onSave={(body) => put.mutate({ submissionId: finalist.submissionId, body })}
            onCancelSlot={() => remove.mutate(finalist.submissionId)} />
        </details>
      )}
    </li>
  );
}

function RoundSchedule({ editionId, position }: { editionId: number; position: number }) {
  const { t, i18n } = useTranslation();
  const slots = useSlots({ editionId, position });
  return (
    <QueryState query={slots}>
      {() => {
        const round = slots.data!;
        return (
          <section aria-labelledby={`schedule-${position}`}>
            <h3 id={`schedule-${position}`}>{roundName(round, i18n.language)}</h3>
            <PresidentSelect editionId={editionId} position={position} />
            {!round.editable && <p className="alert alert-info">{t('finalists.notEditable')}</p>}
            {round.finalists.length === 0 ? <p className="muted">{t('finalists.noFinalists')}</p> : (
              <ul className="plain-list">
                {round.finalists.map((f) => (
                  <FinalistRow key={f.submissionId} finalist={f} editionId={editionId} position={position} editable={round.editable} />
                ))}
              </ul>
            )}
          </section>
        );
      }}
    </QueryState>
  );
}

/** The presentations of every finalists' round (presentation rubric) of an edition, in Morocco time. */
export function PresentationSchedule({ editionId }: { editionId: number }) {
  const { t } = useTranslation();
  const rounds = useRounds(editionId);
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('finalists.scheduleTitle')}</h2>
      <QueryState query={rounds}>
        {() => {
          const presentation = rounds.data!.filter((r) => r.rubric === 'PRESENTATION');
          return presentation.length === 0
            ? <p className="muted">{t('finalists.noPresentationRound')}</p>
            : <>{presentation.map((r) => <RoundSchedule key={r.position} editionId={editionId} position={r.position} />)}</>;
        }}
      </QueryState>
    </section>
  );
}
