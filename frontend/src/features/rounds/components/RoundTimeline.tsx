import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ErrorAlert';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { SubmissionRound } from '@/lib/api/types';
import { useSubmissionRounds } from '../api/get-submission-rounds';
import { RoundStatusBadge } from './RoundStatusBadge';

/** Where the project stands in a round: in it, advanced, not advanced, or a round it has not reached. */
const standing = (r: SubmissionRound) => (!r.reached ? 'NOT_REACHED' : r.outcome ?? 'IN');

/**
 * The teacher's view of her project's way through the rounds: one step per round, never a score (the
 * API gives her none, and this view would not show one if it did).
 */
export function RoundTimeline({ submissionId }: { submissionId: number }) {
  const { t, i18n } = useTranslation();
  const rounds = useSubmissionRounds(submissionId);
  // An edition judged in a single round has no way through rounds to tell; nor does a project never judged.
  if (!rounds.data || rounds.data.length < 2 || !rounds.data.some((r) => r.reached)) return null;
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('rounds.timeline.title')}</h2>
      <ol className="timeline">
            {rounds.data.map((r) => {
              const s = standing(r);
              return (
                <li key={r.position} className={`timeline-step timeline-${s.toLowerCase()}`} aria-current={s === 'IN' ? 'step' : undefined}>
                  <h3>{t('rounds.timeline.step', { position: formatNumber(r.position, i18n.language), name: r.name })}</h3>
                  <p>{t(`rounds.scope.${r.scope}`)} · <RoundStatusBadge status={r.status} /></p>
                  {r.evaluationCloseAt && <p className="muted">{t('rounds.timeline.deadline', { date: formatDateTime(r.evaluationCloseAt, i18n.language) })}</p>}
                  <p><strong>{t(`rounds.timeline.standing.${s}`)}</strong></p>
                </li>
              );
            })}
      </ol>
    </section>
  );
}

function ScoresTable({ submissionId, title }: { submissionId: number; title: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rounds = useSubmissionRounds(submissionId);
  return (
    <QueryState query={rounds}>
      {() => (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption>{t('rounds.scores.caption', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.config.name')}</th><th scope="col">{t('rounds.config.status')}</th><th scope="col">{t('rounds.shortlist.outcome')}</th>
                <th scope="col">{t('ranking.rank')}</th><th scope="col">{t('ranking.raw')}</th><th scope="col">{t('ranking.normalized')}</th>
                <th scope="col">{t('ranking.evaluations')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.data!.map((r) => (
                <tr key={r.position}>
                  <th scope="row">{r.name}</th>
                  <td><RoundStatusBadge status={r.status} /></td>
                  <td>{t(`rounds.timeline.standing.${standing(r)}`)}</td>
                  <td>{formatNumber(r.rank, lang)}</td>
                  <td>{formatNumber(r.rawScore, lang, 1)}</td>
                  <td>{formatNumber(r.normalizedScore, lang, 1)}</td>
                  <td>{formatNumber(r.evaluations, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </QueryState>
  );
}

/** For the administration: a project's scores in every round, side by side, read when asked for. */
export function RoundScores({ submissionId, title }: { submissionId: number; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('rounds.scores.show')}</summary>
      {open && <ScoresTable submissionId={submissionId} title={title} />}
    </details>
  );
}
