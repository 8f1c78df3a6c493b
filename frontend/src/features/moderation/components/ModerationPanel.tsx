import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { LocalizedContent } from '@/components/ContentText';
import { Field } from '@/components/Field';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Criterion, EditionStatus } from '@/lib/api/types';
import type { components } from '@/lib/api/schema';
import { PAGE_SIZE, useEditionEvaluations } from '../api/list-edition-evaluations';
import { useCriteria } from '../api/list-criteria';
import { useModerateFeedback } from '../api/moderate-feedback';
import { useReopenEvaluation } from '../api/reopen-evaluation';
import { Pager } from '@/components/Pager';

type EvaluationWithJuror = components['schemas']['EvaluationWithJuror'];

/** Feedback is moderated while the jury works and deliberates; after publication teachers may have read it. */
const MODERATION_OPEN: EditionStatus[] = ['EVALUATION', 'DELIBERATION'];
const JUDGING: EditionStatus[] = ['EVALUATION', 'DELIBERATION', 'PUBLISHED', 'ARCHIVED'];

/** Rewrites the feedback the teacher will read; the juror's text stays as it is. */
function ModerationForm({ editionId, item, onDone }: { editionId: number; item: EvaluationWithJuror; onDone: (outcome?: 'saved' | 'removed') => void }) {
  const { t } = useTranslation();
  const moderate = useModerateFeedback(editionId);
  const [text, setText] = useState(item.moderation?.text ?? item.evaluation.feedback ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    moderate.mutate(
      { evaluationId: item.evaluation.id, body: { text, version: item.moderation?.version ?? 0, evaluationVersion: item.evaluation.version } },
      { onSuccess: (saved) => onDone(saved.moderation ? 'saved' : 'removed') },
    );
  };
  return (
    <form onSubmit={submit}>
      <Field label={t('moderation.text')} name="text" error={moderate.error} hint={t('moderation.textHint')}>
        {(p) => <textarea {...p} rows={5} value={text} onChange={(e) => setText(e.target.value)} maxLength={10000} />}
      </Field>
      <ErrorAlert error={moderate.error} />
      <div className="button-row">
        <button type="submit" className="small" disabled={moderate.isPending}>{t('moderation.saveModeration')}</button>
        <button type="button" className="secondary small" onClick={() => onDone()}>{t('moderation.cancel')}</button>
      </div>
    </form>
  );
}

/** Sends a submitted evaluation back to its juror as a draft, with the reason kept in the audit log. */
function ReopenForm({ editionId, item, onDone }: { editionId: number; item: EvaluationWithJuror; onDone: (reopened: boolean) => void }) {
  const { t } = useTranslation();
  const reopen = useReopenEvaluation(editionId);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reopen.mutate({ evaluationId: item.evaluation.id, reason: reason.trim() }, { onSuccess: () => onDone(true) });
  };
  return (
    <form onSubmit={submit}>
      <p className="hint">{t('moderation.reopenHelp')}</p>
      <Field label={t('moderation.reason')} name="reason" error={reopen.error}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} minLength={3} maxLength={1000} required />}
      </Field>
      <ErrorAlert error={reopen.error} />
      <div className="button-row">
        <button type="submit" className="small" disabled={reopen.isPending || reason.trim().length < 3}>{t('moderation.confirmReopen')}</button>
        <button type="button" className="secondary small" onClick={() => onDone(false)}>{t('moderation.cancel')}</button>
      </div>
    </form>
  );
}

function EvaluationCard({ editionId, status, item, rubric }: { editionId: number; status: EditionStatus; item: EvaluationWithJuror; rubric: Criterion[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [mode, setMode] = useState<'read' | 'moderate' | 'reopen'>('read');
  const [notice, setNotice] = useState<string | null>(null);
  const { juror, evaluation, moderation } = item;
  const name = `${juror.firstName} ${juror.lastName}`;
  const byCode = new Map(rubric.map((c) => [c.code, c]));
  const canModerate = MODERATION_OPEN.includes(status) && evaluation.status === 'SUBMITTED' && !!evaluation.feedback;
  const canReopen = status === 'EVALUATION' && evaluation.status === 'SUBMITTED';
  return (
    <section className="card" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {juror.email ? t('moderation.juror', { name, email: juror.email }) : name} <StatusBadge kind="evaluation" value={evaluation.status} />
      </h4>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t('moderation.scores', { name })}</caption>
          <thead><tr><th scope="col">{t('moderation.criterion')}</th><th scope="col">{t('moderation.level')}</th></tr></thead>
          <tbody>
            {evaluation.scores.map((s) => {
              const criterion = byCode.get(s.criterionCode);
              return (
                <tr key={s.criterionCode}>
                  <th scope="row">{criterion ? <LocalizedContent value={criterion.label} /> : s.criterionCode}</th>
                  <td>{criterion ? t('moderation.levelOf', { level: s.score, max: criterion.scaleMax }) : s.score}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('moderation.total')}</th>
              <td>{evaluation.rawScore === undefined ? t('moderation.notScored') : t('moderation.totalValue', { score: formatNumber(evaluation.rawScore, i18n.language, 1) })}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <dl>
        <dt>{t('moderation.feedback')}</dt>
        <dd className="prewrap" dir="auto">{evaluation.feedback ?? t('moderation.noFeedback')}</dd>
        <dt>{t('moderation.privateComment')}</dt>
        <dd className="prewrap" dir="auto">{evaluation.privateComment ?? t('moderation.noComment')}</dd>
        {moderation && (
          <>
            <dt>{t('moderation.moderated')}</dt>
            <dd>
              {moderation.text ? <p className="prewrap" dir="auto">{moderation.text}</p> : <p>{t('moderation.withheld')}</p>}
              <p className="hint">{t('moderation.moderatedBy', { email: moderation.moderatedBy, date: formatDateTime(moderation.moderatedAt, i18n.language) })}</p>
              {!moderation.current && <p className="alert alert-warning">{t('moderation.outdated')}</p>}
            </dd>
          </>
        )}
      </dl>
      {notice && <p role="status" className="alert alert-success">{notice}</p>}
      {mode === 'moderate' && (
        <ModerationForm editionId={editionId} item={item} onDone={(outcome) => {
          setMode('read');
          if (outcome) setNotice(t(outcome === 'saved' ? 'moderation.moderationSaved' : 'moderation.moderationRemoved'));
        }} />
      )}
      {mode === 'reopen' && (
        <ReopenForm editionId={editionId} item={item} onDone={(reopened) => {
          setMode('read');
          if (reopened) setNotice(t('moderation.reopened', { name }));
        }} />
      )}
      {mode === 'read' && (canModerate || canReopen) && (
        <div className="button-row">
          {canModerate && <button type="button" className="small" onClick={() => { setNotice(null); setMode('moderate'); }}>{t('moderation.moderate')}</button>}
          {canReopen && <button type="button" className="secondary small" onClick={() => { setNotice(null); setMode('reopen'); }}>{t('moderation.reopen')}</button>}
        </div>
      )}
    </section>
  );
}

/** Before publication, the administrator reads every evaluation of every project and moderates the feedback. */
export function ModerationPanel({ editionId, status, projectExtra }: {
  editionId: number; status: EditionStatus;
  /** What the app shows under a project's heading (its scores in every round, for a staged edition). */
  projectExtra?: (project: { submissionId: number; title: string }) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const judging = JUDGING.includes(status);
  const projects = useEditionEvaluations(editionId, page, judging);
  const criteria = useCriteria(editionId, judging);
  if (!judging) return <p className="alert alert-info">{t('moderation.notYet')}</p>;
  return (
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">{t('moderation.title')}</h2>
      <p className="hint">{t('moderation.help')}</p>
      {!MODERATION_OPEN.includes(status) && <p className="alert alert-info">{t('moderation.closed')}</p>}
      <QueryState query={projects}>
        {() => {
          const p = projects.data!;
          const pages = Math.max(1, Math.ceil(p.total / PAGE_SIZE));
          return (
            <>
              <p>{t('moderation.count', { count: p.total, n: formatNumber(p.total, i18n.language) })}</p>
              {p.items.map((project) => (
                <article key={project.submissionId} aria-labelledby={`project-${project.submissionId}`}>
                  <h3 id={`project-${project.submissionId}`}>{project.title} <StatusBadge kind="submission" value={project.status} /></h3>
                  <p className="hint">{t('moderation.author', { name: project.authorName })}</p>
                  {projectExtra?.(project)}
                  {project.evaluations.length === 0 && <p>{t('moderation.none')}</p>}
                  {project.evaluations.map((item) => (
                    <EvaluationCard key={item.evaluation.id} editionId={editionId} status={status} item={item} rubric={criteria.data ?? []} />
                  ))}
                </article>
              ))}
              {pages > 1 && (
                <Pager page={page} pages={pages} onPage={setPage} />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
