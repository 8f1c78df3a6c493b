import { PresidentMinutes } from './PresidentMinutes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { counted, formatNumber } from '@/lib/i18n/format';
import type { JuryAssignmentSummary } from '@/lib/api/types';
import { useMyAssignments } from '../api/list-my-assignments';

type Group = { key: string; round?: Pick<JuryAssignmentSummary, 'roundPosition' | 'roundName' | 'editionNumber'>; items: JuryAssignmentSummary[] };

/**
 * The assignments in groups, one per round of an edition, when the juror judges in more than one
 * round (a regional jury that also sits on the national jury); a single group otherwise.
 */
function byRound(list: JuryAssignmentSummary[]): Group[] {
  const groups = new Map<string, Group>();
  for (const a of list) {
    const key = `${a.editionId}-${a.roundPosition}`;
    if (!groups.has(key)) groups.set(key, { key, round: a, items: [] });
    groups.get(key)!.items.push(a);
  }
  return groups.size > 1 ? [...groups.values()] : [{ key: 'all', items: list }];
}

/** `notice`: what the juror must do first, shown above their assignments (the calibration, given by the app). */
export function JuryHomePage({ notice }: { notice?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const assignments = useMyAssignments();
  return (
    <>
      <h1>{t('jury.title')}</h1>
      {notice}
      <PresidentMinutes />
      <QueryState query={assignments}>
        {() => {
          const list = assignments.data!;
          const groups = byRound(list);
          const done = list.filter((a) => a.evaluationStatus === 'SUBMITTED').length;
          return (
            <>
              <div className="progress-line">
                <label htmlFor="jury-progress">{t('jury.progress', { done: t('counts.submittedEvaluations', counted(done, lang)), total: formatNumber(list.length, lang) })}</label>
                <progress id="jury-progress" max={Math.max(1, list.length)} value={done} />
              </div>
              {list.length === 0 ? <p className="muted">{t('jury.none')}</p> : groups.map((group) => (
                <div key={group.key} className="table-wrap" tabIndex={0}>
                  <table>
                    <caption>{group.round ? t('jury.assignedInRound', {
                      number: formatNumber(group.round.editionNumber, lang), position: formatNumber(group.round.roundPosition, lang), round: group.round.roundName,
                    }) : t('jury.assigned')}</caption>
                    <thead><tr><th scope="col">{t('fields.title')}</th><th scope="col">{t('jury.edition')}</th><th scope="col">{t('jury.evaluation')}</th><th scope="col">{t('jury.score')}</th></tr></thead>
                    <tbody>
                      {group.items.map((a) => (
                        <tr key={a.id}>
                          <th scope="row"><Link to={`/jury/assignments/${a.id}`}>{a.title}</Link></th>
                          <td>{formatNumber(a.editionNumber, lang)} <StatusBadge kind="edition" value={a.editionStatus} /></td>
                          <td><StatusBadge kind="evaluation" value={a.evaluationStatus} /></td>
                          <td>{formatNumber(a.rawScore, lang, 1)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
