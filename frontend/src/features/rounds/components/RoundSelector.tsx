import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatNumber } from '@/lib/i18n/format';
import type { Edition } from '@/lib/api/types';
import type { JudgingRound } from '../contract';
import { useRounds } from '../api/get-rounds';
import { roundName } from './roundName';

/**
 * The edition's current round: `currentRound` of the edition view (being added to the contract on branch
 * h-rounds, as a position or a round), else the open round, else the last that was judged, else the first.
 */
function currentPosition(edition: Edition, rounds: JudgingRound[]): number | undefined {
  const given = (edition as Edition & { currentRound?: number | { position: number } }).currentRound;
  const fromEdition = typeof given === 'number' ? given : given?.position;
  if (fromEdition && rounds.some((r) => r.position === fromEdition)) return fromEdition;
  return rounds.find((r) => r.status === 'OPEN')?.position
    ?? [...rounds].reverse().find((r) => r.status && r.status !== 'PENDING')?.position
    ?? rounds[0]?.position;
}

export type SelectedRound = {
  rounds: JudgingRound[];
  /** The chosen round's position; undefined for an edition with a single round (the endpoints' default). */
  round?: number;
  selected?: JudgingRound;
  select: (position: number) => void;
};

/** The round the admin's judging screens show, kept in the URL (`?round=2`); the current round by default. */
export function useSelectedRound(edition: Edition): SelectedRound {
  const query = useRounds(edition.id);
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
