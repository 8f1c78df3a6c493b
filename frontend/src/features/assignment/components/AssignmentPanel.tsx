import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { StatusBadge } from '@/components/StatusBadge';
import { formatNumber } from '@/lib/i18n/format';
import type { AssignmentReport } from '@/lib/api/types';
import { useAssignments } from '../api/list-assignments';
import { useAutoAssign } from '../api/auto-assign';
import { useCreateAssignment } from '../api/create-assignment';
import { useDeleteAssignment } from '../api/delete-assignment';
import { useProgress } from '../api/get-progress';
import { useJurors } from '../api/list-jurors';
import { useUnderReview } from '../api/list-under-review';

function Report({ report }: { report: AssignmentReport }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <div role="status" className="alert alert-success">
      <p>{t('assignment.report', { created: n(report.created), kept: n(report.kept), full: n(report.fullyStaffed), total: n(report.submissions), min: n(report.minLoad), max: n(report.maxLoad) })}</p>
      {report.understaffed.length > 0 && (
        <ul>{report.understaffed.map((u) => <li key={u.submissionId}>{t('assignment.understaffed', { title: u.title, assigned: u.assigned, needed: u.needed })} ({u.reason})</li>)}</ul>
      )}
    </div>
  );
}

function ManualAssign({ editionId }: { editionId: number }) {
  const { t } = useTranslation();
  const jurors = useJurors();
  const projects = useUnderReview(editionId);
  const create = useCreateAssignment();
  const [submissionId, setSubmissionId] = useState('');
  const [jurorId, setJurorId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ editionId, submissionId: Number(submissionId), jurorId: Number(jurorId) });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="manual-title">
      <h3 id="manual-title">{t('assignment.manual')}</h3>
      <ErrorAlert error={create.error} />
      {create.isSuccess && <p role="status" className="alert alert-success">{t('common.saved')}</p>}
      <div className="grid-2">
        <Field label={t('assignment.project')} name="submissionId" error={create.error}>
          {(p) => (
            <select {...p} value={submissionId} onChange={(e) => setSubmissionId(e.target.value)} required>
              <option value="">{t('common.choose')}</option>
              {projects.data?.items.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('assignment.juror')} name="jurorId" error={create.error}>
          {(p) => (
            <select {...p} value={jurorId} onChange={(e) => setJurorId(e.target.value)} required>
              <option value="">{t('common.choose')}</option>
              {jurors.data?.items.filter((j) => j.enabled).map((j) => <option key={j.id} value={j.id}>{j.firstName} {j.lastName} — {j.email}</option>)}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={create.isPending}>{t('assignment.assign')}</button>
    </form>
  );
}

export function AssignmentPanel({ editionId, canAssign }: { editionId: number; canAssign: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const auto = useAutoAssign();
  const progress = useProgress(editionId);
  const assignments = useAssignments(editionId);
  const remove = useDeleteAssignment();
  return (
    <section aria-labelledby="assignment-title">
      <h2 id="assignment-title">{t('assignment.title')}</h2>
      {!canAssign && <p className="alert alert-info">{t('assignment.onlyInEvaluation')}</p>}
      {canAssign && (
        <div className="card">
          <p id="auto-help">{t('assignment.autoHelp')}</p>
          <button type="button" aria-describedby="auto-help" disabled={auto.isPending} onClick={() => auto.mutate(editionId)}>{t('assignment.auto')}</button>
          <ErrorAlert error={auto.error} />
          {auto.data && <Report report={auto.data} />}
        </div>
      )}
      {canAssign && <ManualAssign editionId={editionId} />}
      <QueryState query={progress}>
        {() => {
          const p = progress.data!;
          return (
            <div className="card">
              <h3>{t('assignment.progress')}</h3>
              <div className="progress-line">
                <label htmlFor="overall-progress">{t('assignment.overall', { done: formatNumber(p.submittedEvaluations, lang), total: formatNumber(p.assignments, lang) })}</label>
                <progress id="overall-progress" max={Math.max(1, p.assignments)} value={p.submittedEvaluations} />
              </div>
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption>{t('assignment.byJuror')}</caption>
                  <thead><tr><th scope="col">{t('assignment.juror')}</th><th scope="col">{t('assignment.assigned')}</th><th scope="col">{t('status.evaluation.NOT_STARTED')}</th><th scope="col">{t('status.evaluation.DRAFT')}</th><th scope="col">{t('status.evaluation.SUBMITTED')}</th></tr></thead>
                  <tbody>
                    {p.jurors.map((j) => (
                      <tr key={j.juror.id}>
                        <th scope="row">{j.juror.firstName} {j.juror.lastName}</th>
                        <td>{formatNumber(j.assigned, lang)}</td><td>{formatNumber(j.notStarted, lang)}</td><td>{formatNumber(j.draft, lang)}</td><td>{formatNumber(j.submitted, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          );
        }}
      </QueryState>
      <QueryState query={assignments}>
        {() => (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption>{t('assignment.list')}</caption>
              <thead><tr><th scope="col">{t('assignment.project')}</th><th scope="col">{t('assignment.juror')}</th><th scope="col">{t('assignment.origin')}</th><th scope="col">{t('jury.evaluation')}</th><th scope="col"><span className="sr-only">{t('common.actions')}</span></th></tr></thead>
              <tbody>
                {assignments.data!.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.submissionTitle}</th>
                    <td>{a.juror.firstName} {a.juror.lastName}</td>
                    <td>{t(`assignment.origins.${a.origin}`)}</td>
                    <td><StatusBadge kind="evaluation" value={a.evaluationStatus} /></td>
                    <td>
                      {a.evaluationStatus !== 'SUBMITTED' && canAssign && (
                        <button type="button" className="secondary small" onClick={() => remove.mutate({ assignmentId: a.id, editionId })}
                          aria-label={t('assignment.remove', { title: a.submissionTitle, juror: `${a.juror.firstName} ${a.juror.lastName}` })}>
                          {t('common.remove')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <ErrorAlert error={remove.error} />
    </section>
  );
}
