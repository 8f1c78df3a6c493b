import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { formatDateTime } from '@/lib/i18n/format';
import { useConflicts } from '../api/list-conflicts';
import { useJurors } from '../api/list-jurors';
import { useProjects } from '../api/list-projects';
import { useRecordConflict } from '../api/record-conflict';

/** The admin records a conflict on a juror's behalf, before or after assignment (an assignment is then removed). */
function RecordConflict({ editionId, projectStatus }: { editionId: number; projectStatus: 'SUBMITTED' | 'UNDER_REVIEW' }) {
  const { t } = useTranslation();
  const projects = useProjects(editionId, projectStatus);
  const jurors = useJurors();
  const record = useRecordConflict();
  const [submissionId, setSubmissionId] = useState('');
  const [jurorId, setJurorId] = useState('');
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({ editionId, body: { submissionId: Number(submissionId), jurorId: Number(jurorId), reason } }, {
      onSuccess: () => setReason(''),
    });
  };
  const done = record.data;
  return (
    <form onSubmit={submit} aria-labelledby="record-conflict-title">
      <h4 id="record-conflict-title">{t('assignment.conflicts.record')}</h4>
      <p className="hint">{t('assignment.conflicts.recordHelp')}</p>
      <ErrorAlert error={record.error} />
      {done && (
        <p role="status" className="alert alert-success">
          {t(done.assignmentRemoved ? 'assignment.conflicts.recordedRemoved' : 'assignment.conflicts.recorded', {
            name: `${done.conflict.juror.firstName} ${done.conflict.juror.lastName}`, title: done.conflict.submissionTitle,
          })}
        </p>
      )}
      <div className="grid-2">
        <Field label={t('assignment.project')} name="submissionId" error={record.error}>
          {(p) => (
            <select {...p} value={submissionId} onChange={(e) => setSubmissionId(e.target.value)} required>
              <option value="">{t('common.choose')}</option>
              {projects.data?.items.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('assignment.juror')} name="jurorId" error={record.error}>
          {(p) => (
            <select {...p} value={jurorId} onChange={(e) => setJurorId(e.target.value)} required>
              <option value="">{t('common.choose')}</option>
              {jurors.data?.items.map((j) => <option key={j.id} value={j.id}>{j.firstName} {j.lastName} — {j.email}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('assignment.conflicts.reason')} name="reason" error={record.error}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} maxLength={1000} />}
      </Field>
      <button type="submit" disabled={record.isPending}>{t('assignment.conflicts.recordButton')}</button>
    </form>
  );
}

/** Every conflict of interest of the edition, declared by jurors or recorded by administrators. */
export function ConflictsSection({ editionId, canRecord, projectStatus }: {
  editionId: number; canRecord: boolean; projectStatus: 'SUBMITTED' | 'UNDER_REVIEW';
}) {
  const { t, i18n } = useTranslation();
  const conflicts = useConflicts(editionId);
  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">{t('assignment.conflicts.title')}</h3>
      <QueryState query={conflicts}>
        {() => conflicts.data!.length === 0 ? <p>{t('assignment.conflicts.none')}</p> : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption>{t('assignment.conflicts.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assignment.juror')}</th><th scope="col">{t('assignment.project')}</th>
                  <th scope="col">{t('assignment.conflicts.reason')}</th><th scope="col">{t('assignment.conflicts.date')}</th>
                  <th scope="col">{t('assignment.conflicts.by')}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.data!.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.juror.firstName} {c.juror.lastName}</th>
                    <td>{c.submissionTitle}</td>
                    <td>{c.reason}</td>
                    <td>{formatDateTime(c.declaredAt, i18n.language)}</td>
                    <td>{c.recordedBy ? t('assignment.conflicts.recordedBy', { name: `${c.recordedBy.firstName} ${c.recordedBy.lastName}` }) : t('assignment.conflicts.declaredByJuror')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      {canRecord && <RecordConflict editionId={editionId} projectStatus={projectStatus} />}
    </section>
  );
}
