import { PresidentMinutes } from './PresidentMinutes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { formatNumber } from '@/lib/i18n/format';
import { useMyAssignments } from '../api/list-my-assignments';

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
          const done = list.filter((a) => a.evaluationStatus === 'SUBMITTED').length;
          return (
            <>
              <div className="progress-line">
                <label htmlFor="jury-progress">{t('jury.progress', { done: formatNumber(done, lang), total: formatNumber(list.length, lang) })}</label>
                <progress id="jury-progress" max={Math.max(1, list.length)} value={done} />
              </div>
              {list.length === 0 ? <p className="muted">{t('jury.none')}</p> : (
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption>{t('jury.assigned')}</caption>
                    <thead><tr><th scope="col">{t('fields.title')}</th><th scope="col">{t('jury.edition')}</th><th scope="col">{t('jury.evaluation')}</th><th scope="col">{t('jury.score')}</th></tr></thead>
                    <tbody>
                      {list.map((a) => (
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
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
