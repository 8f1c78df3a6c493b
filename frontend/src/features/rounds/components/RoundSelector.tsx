import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatNumber } from '@/lib/i18n/format';
import type { Edition, RoundView } from '@/lib/api/types';
import { useRounds } from '../api/get-rounds';
import { roundName } from './roundName';

/** The edition's current round, as the edition view and the rounds say (the open one, else the last that opened, else the first). */
function currentPosition(edition: Edition, rounds: RoundView[]): number | undefined {
  return edition.currentRound?.position ?? rounds.find((r) => r.current)?.position ?? rounds[0]?.position;
}

export type SelectedRound = {
  rounds: RoundView[];
  /** The chosen round's position; undefined for an edition with a single round (the endpoints' default). */
  round?: number;
  selected?: RoundView;
  select: (position: number) => void;
};

/** The round the admin's judging screens show, kept in the URL (`?round=2`); the current round by default. */
export function useSelectedRound(edition: Edition): SelectedRound {
  // An edition judged in one round (`rounds` absent from older answers) has nothing to choose.
  const query = useRounds(edition.id, (edition.rounds ?? 1) > 1);
  const [params, setParams] = useSearchParams();
  const rounds = query.data ?? [];
  const select = (position: number) => setParams((p) => {
    const next = new URLSearchParams(p);
    next.set('round', String(position));
    return next;
  }, { replace: true });
  if (rounds.length < 2) return { rounds, select };
  const asked = Number(params.get('round'));
  const round = rounds.some((r) => r.position === asked) ? asked : currentPosition(edition, rounds);
  return { rounds, round, selected: rounds.find((r) => r.position === round), select };
}

/** Chooses the round of the judging screens when the edition has more than one. */
export function RoundSelector({ selection }: { selection: SelectedRound }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { rounds, round, select } = selection;
  if (rounds.length < 2 || !round) return null;
  return (
    <div className="card inline-form round-selector">
      <label htmlFor={id}>{t('rounds.selector.label')}</label>
      <select id={id} value={round} onChange={(e) => select(Number(e.target.value))}>
        {rounds.map((r) => (
          <option key={r.position} value={r.position}>
            {t('rounds.selector.option', {
              position: formatNumber(r.position, i18n.language), name: roundName(r, i18n.language),
              status: r.status ? t(`rounds.status.${r.status}`) : '',
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
