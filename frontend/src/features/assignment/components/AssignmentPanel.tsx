import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { StatusBadge } from '@/components/StatusBadge';
import { counted, formatNumber } from '@/lib/i18n/format';
import type { AssignmentReport, EditionStatus, Progress } from '@/lib/api/types';
import { useAssignments } from '../api/list-assignments';
import { useAutoAssign } from '../api/auto-assign';
import { useDeleteAssignment } from '../api/delete-assignment';
import { useProgress } from '../api/get-progress';
import { useProjects } from '../api/list-projects';
import { ConflictsSection } from './ConflictsSection';
import { JurorChooser, type JurorChoice } from './JurorChooser';

function Report({ report }: { report: AssignmentReport }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <div role="status" className="alert alert-success">
      <p>{t('assignment.report', {
        created: t('assignment.reportCreated', counted(report.created, i18n.language)), kept: t('assignment.reportKept', counted(report.kept, i18n.language)),
        full: t('assignment.reportFull', { ...counted(report.fullyStaffed, i18n.language), total: n(report.submissions) }), min: n(report.minLoad), max: n(report.maxLoad),
      })}</p>
      {report.understaffed.length > 0 && (
        <ul>{report.understaffed.map((u) => <li key={u.submissionId}>{t('assignment.understaffed', { title: u.title, assigned: t('counts.jurors', counted(u.assigned, i18n.language)), needed: n(u.needed) })} ({u.reason})</li>)}</ul>
      )}
    </div>
  );
}

/** Manual assignment: the project first, then each juror with their load and conflicts with it before the choice. */
function ManualAssign({ editionId }: { editionId: number }) {
  const { t } = useTranslation();
  const projects = useProjects(editionId, 'UNDER_REVIEW');
  const [submissionId, setSubmissionId] = useState('');
  const chosen = projects.data?.items.find((s) => String(s.id) === submissionId);
  return (
    <section className="card" aria-labelledby="manual-title">
      <h3 id="manual-title">{t('assignment.manual')}</h3>
      <p className="hint">{t('assignment.manualHelp')}</p>
      <Field label={t('assignment.project')} name="submissionId">
        {(p) => (
          <select {...p} value={submissionId} onChange={(e) => setSubmissionId(e.target.value)}>
            <option value="">{t('common.choose')}</option>
            {projects.data?.items.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
          </select>
        )}
      </Field>
      {chosen && <JurorChooser editionId={editionId} submissionId={chosen.id} title={chosen.title} focus={false} />}
    </section>
  );
}

/** The projects that cannot reach the required evaluations without a new juror, each with "add a juror". */
function Understaffed({ editionId, round, progress, canAssign }: { editionId: number; round?: number; progress: Progress; canAssign: boolean }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const [choosing, setChoosing] = useState<JurorChoice | null>(null);
  const rows = progress.submissions.filter((s) => s.understaffed);
  return (
    <>
      <h4>{t('assignment.staffing.title')}</h4>
      <p className="hint">{t('assignment.staffing.explain', counted(progress.jurorsPerProject, i18n.language))}</p>
      {rows.length === 0 ? <p>{t('assignment.staffing.none')}</p> : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption>{t('assignment.staffing.caption', counted(rows.length, i18n.language))}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assignment.project')}</th><th scope="col">{t('assignment.staffing.submitted')}</th>
                <th scope="col">{t('assignment.staffing.active')}</th><th scope="col">{t('assignment.staffing.missing')}</th>
                <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.submissionId} className="flagged">
                  <th scope="row">{s.title} <strong className="flag">⚑ {t('assignment.staffing.flag')}</strong></th>
                  <td>{n(s.submitted)} / {n(progress.jurorsPerProject)}</td>
                  <td>{n(s.active)}</td>
                  <td>{n(s.missingEvaluations)}</td>
                  <td>
                    {canAssign && (
                      <button type="button" className="secondary small" onClick={() => setChoosing({ submissionId: s.submissionId, title: s.title })}
                        aria-label={t('assignment.staffing.addJurorFor', { title: s.title })}>
                        {t('assignment.staffing.addJuror')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {choosing && <JurorChooser key={choosing.submissionId} editionId={editionId} round={round} {...choosing} onClose={() => setChoosing(null)} />}
    </>
  );
}

/**
 * `round`: the round shown, absent for an edition's only round; `roundOpen`: whether it is judged now (assignments change only then).
 * `regionOnly`: a regional coordinator's view of its region (the server scopes every call to it): automatic assignment, a juror
 * for an understaffed project and removal, but none of the admin's tools (choosing among every project, conflicts).
 */
export function AssignmentPanel({ editionId, status, round, roundOpen = true, regionOnly = false }: {
  editionId: number; status: EditionStatus; round?: number; roundOpen?: boolean; regionOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const canAssign = status === 'EVALUATION' && roundOpen;
  const lang = i18n.language;
  const auto = useAutoAssign();
  const progress = useProgress(editionId, round);
  const assignments = useAssignments(editionId, round);
  const remove = useDeleteAssignment();
  return (
    <section aria-labelledby="assignment-title">
      <h2 id="assignment-title">{t('assignment.title')}</h2>
      {!canAssign && <p className="alert alert-info">{t(status === 'EVALUATION' ? 'assignment.roundNotOpen' : 'assignment.onlyInEvaluation')}</p>}
      {canAssign && (
        <div className="card">
          <p id="auto-help">{t('assignment.autoHelp')}</p>
          <button type="button" aria-describedby="auto-help" disabled={auto.isPending} onClick={() => auto.mutate({ editionId, round })}>{t('assignment.auto')}</button>
          <ErrorAlert error={auto.error} />
          {auto.data && <Report report={auto.data} />}
        </div>
      )}
      {canAssign && !regionOnly && <ManualAssign editionId={editionId} />}
      <QueryState query={progress}>
        {() => {
          const p = progress.data!;
          return (
            <div className="card">
              <h3>{t('assignment.progress')}</h3>
              <div className="progress-line">
                <label htmlFor="overall-progress">{t('assignment.overall', { done: t('counts.submittedEvaluations', counted(p.submittedEvaluations, lang)), total: formatNumber(p.assignments, lang) })}</label>
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
              <Understaffed editionId={editionId} round={round} progress={p} canAssign={canAssign} />
            </div>
          );
        }}
      </QueryState>
      {!regionOnly && <ConflictsSection editionId={editionId} canRecord={status === 'OPEN' || canAssign} projectStatus={status === 'OPEN' ? 'SUBMITTED' : 'UNDER_REVIEW'} />}
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
