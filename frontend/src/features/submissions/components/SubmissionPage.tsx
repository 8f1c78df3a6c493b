import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDateTime } from '@/lib/i18n/format';
import type { Submission } from '@/lib/api/types';
import { useSubmission } from '../api/get-submission';
import { useSubmitSubmission } from '../api/submit-submission';
import { useWithdrawSubmission } from '../api/withdraw-submission';
import { SubmissionForm } from './SubmissionForm';
import { Attachments } from './Attachments';
import { ResultPanel } from './ResultPanel';

const FINAL = ['LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED'];

function Actions({ submission, flush }: { submission: Submission; flush: () => Promise<boolean> }) {
  const { t } = useTranslation();
  const submit = useSubmitSubmission();
  const withdraw = useWithdrawSubmission();
  if (!submission.editable) return null;
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('submission.actions')}</h2>
      {submission.missingForSubmission.length > 0 && (
        <div className="alert alert-info">
          <p>{t('submission.missing')}</p>
          <ul>{submission.missingForSubmission.map((f) => <li key={f}>{t(`fields.${f}`, { defaultValue: f })}</li>)}</ul>
        </div>
      )}
      <ErrorAlert error={submit.error ?? withdraw.error} />
      {submit.isSuccess && <p role="status" className="alert alert-success">{t('submission.submitted')}</p>}
      <div className="button-row">
        <button type="button" disabled={submit.isPending}
          onClick={async () => { if (await flush()) submit.mutate(submission.id); }}>
          {submission.status === 'SUBMITTED' ? t('submission.resubmit') : t('submission.submit')}
        </button>
        {submission.status === 'SUBMITTED' && (
          <button type="button" className="danger" disabled={withdraw.isPending}
            onClick={() => window.confirm(t('submission.withdrawConfirm')) && withdraw.mutate(submission.id)}>
            {t('submission.withdraw')}
          </button>
        )}
      </div>
    </section>
  );
}

export function SubmissionPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().submissionId);
  const qc = useQueryClient();
  const query = useSubmission(id);
  const flushRef = useRef<(() => Promise<boolean>) | null>(null);
  return (
    <QueryState query={query}>
      {() => {
        const s = query.data!;
        return (
          <>
            <p><Link to="/teacher">{t('teacher.back')}</Link></p>
            <h1>{s.title}</h1>
            <p>
              <StatusBadge kind="submission" value={s.status} />{' '}
              {t('archive.edition', { number: s.edition.number, year: s.edition.year })} ·{' '}
              {t('teacher.deadline', { date: formatDateTime(s.edition.submissionsCloseAt, i18n.language) })}
            </p>
            {s.submittedAt && <p className="muted">{t('submission.submittedAt', { date: formatDateTime(s.submittedAt, i18n.language) })}</p>}
            {!s.editable && !FINAL.includes(s.status) && <p className="alert alert-info">{t('submission.locked')}</p>}
            {FINAL.includes(s.status) && <ResultPanel submissionId={s.id} />}
            <Actions submission={s} flush={() => flushRef.current?.() ?? Promise.resolve(true)} />
            <SubmissionForm key={s.id} submission={s} flushRef={flushRef} onSaved={(saved) => qc.setQueryData(['submissions', s.id], saved)} />
            <Attachments submission={s} />
          </>
        );
      }}
    </QueryState>
  );
}
