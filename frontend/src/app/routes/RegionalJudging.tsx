import { useTranslation } from 'react-i18next';
import { Link, NavLink, useSearchParams } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { AssignmentPanel } from '@/features/assignment/components/AssignmentPanel';
import { RankingPanel } from '@/features/ranking/components/RankingPanel';
import { useRounds } from '@/features/rounds/api/get-rounds';
import { RoundSelector, type SelectedRound } from '@/features/rounds/components/RoundSelector';
import { RoundStatusBadge } from '@/features/rounds/components/RoundStatusBadge';
import { roundName } from '@/features/rounds/components/roundName';
import type { EditionStatus, RoundView } from '@/lib/api/types';

export const COORDINATOR_TABS = ['region', 'assignment', 'ranking'] as const;
export type CoordinatorTab = (typeof COORDINATOR_TABS)[number];

/** The regional round shown by default: the edition's current one when regional, else the open one, else the last that opened, else the first. */
function defaultRound(regional: RoundView[]): RoundView | undefined {
  return regional.find((r) => r.current) ?? regional.find((r) => r.status === 'OPEN')
    ?? [...regional].reverse().find((r) => r.status !== 'PENDING') ?? regional[0];
}

/** The regional rounds a coordinator may work on, the one chosen kept in the address (`?round=1`) like the admin's screens. */
function useRegionalRound(editionId: number) {
  const query = useRounds(editionId);
  const [params, setParams] = useSearchParams();
  const regional = (query.data ?? []).filter((r) => r.scope === 'REGIONAL');
  const asked = regional.find((r) => r.position === Number(params.get('round')));
  const selected = asked ?? defaultRound(regional);
  const selection: SelectedRound = {
    rounds: regional, round: selected?.position, selected,
    select: (position) => setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('round', String(position));
      return next;
    }, { replace: true }),
  };
  return { query, selection };
}

const JUDGED: readonly string[] = ['OPEN', 'CLOSED', 'ADVANCED'];
const SHORTLISTED: readonly string[] = ['CLOSED', 'ADVANCED'];

/**
 * The coordinator's space, tab by tab: its region (children), then, when the current edition is judged
 * in a regional round, that round's assignments and ranking for its region and, once the round is
 * closed, its qualified projects. The server keeps every call to the coordinator's region.
 */
export function RegionalJudging({ editionId, status, tab, children }: {
  editionId: number; status: EditionStatus; tab: CoordinatorTab; children: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const { query, selection } = useRegionalRound(editionId);
  const { selected } = selection;
  const kept = params.get('round') ? `?round=${params.get('round')}` : '';
  const judged = selected && JUDGED.includes(selected.status ?? '');
  return (
    <>
      <nav aria-label={t('coordinator.sections')}>
        <ul className="tabs">
          <li><NavLink to="/coordinator" end>{t('coordinator.tabs.region')}</NavLink></li>
          {judged && (
            <>
              <li><NavLink to={`/coordinator/assignment${kept}`} end>{t('coordinator.tabs.assignment')}</NavLink></li>
              <li><NavLink to={`/coordinator/ranking${kept}`} end>{t('coordinator.tabs.ranking')}</NavLink></li>
            </>
          )}
          {selected && SHORTLISTED.includes(selected.status ?? '') && (
            <li>
              <Link to={`/admin/editions/${editionId}/rounds/${selected.position}/shortlist`}>{t('coordinator.tabs.shortlist')}</Link>
            </li>
          )}
        </ul>
      </nav>
      <QueryState query={query}>
        {() => (
          <>
            {!selected && <p className="alert alert-info">{t('coordinator.noRegionalRound')}</p>}
            {selected && (
              <p>
                {t('coordinator.round', { name: roundName(selected, i18n.language) })} {selected.status && <RoundStatusBadge status={selected.status} />}
              </p>
            )}
            {selected && !judged && <p className="alert alert-info">{t('coordinator.roundNotOpen')}</p>}
            {tab !== 'region' && judged && <RoundSelector selection={selection} />}
          </>
        )}
      </QueryState>
      {tab === 'region' && children}
      {tab === 'assignment' && judged && (
        <AssignmentPanel key={selected.position} editionId={editionId} status={status} round={selected.position}
          roundOpen={selected.status === 'OPEN'} regionOnly />
      )}
      {tab === 'ranking' && judged && (
        <RankingPanel key={selected.position} editionId={editionId} round={selected.position} regional regionChoice={false} />
      )}
    </>
  );
}
