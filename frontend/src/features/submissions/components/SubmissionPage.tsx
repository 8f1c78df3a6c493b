import { useState, type ReactNode } from 'react';
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
import { MySlotCard } from './MySlotCard';
import { useFieldList } from './FormRow';
import { PROJECT_FIELDS } from './projectForm';
import { useProjectForm, type ProjectFormState } from './useProjectForm';

const FINAL = ['LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED'];
const AWARDED = ['LAUREATE', 'WINNER', 'SPECIAL_MENTION'];

/** Whether the call of the project's edition still takes submissions (OPEN, before its closing instant). */
const callOpen = (s: Submission) => s.edition.status === 'OPEN' && Date.now() < Date.parse(s.edition.submissionsCloseAt);

/**
 * What the app may add to a project's page: `checks`, shown above the actions (such as the anonymity
 * warning of a blind edition); `confirmSubmit`, asked for when the author submits, which calls
 * `submit` to go on or `cancel` to go back.
 */
export type ProjectExtras = {
  timeline?: (submissionId: number) => ReactNode;
  checks?: (submission: Submission) => ReactNode;
  confirmSubmit?: (submission: Submission, submit: () => void, cancel: () => void) => ReactNode;
  /** The consent to the public gallery, for an awarded project. */
  gallery?: (submissionId: number) => ReactNode;
};

function Actions({ submission, state, editing, setEditing, confirmSubmit }: {
  submission: Submission;
  state: ProjectFormState;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  confirmSubmit?: ProjectExtras['confirmSubmit'];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fieldList = useFieldList();
  const submit = useSubmitSubmission();
  const withdraw = useWithdrawSubmission();
  const [blocked, setBlocked] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const s = submission;
  /** Submits, after the app's confirmation when it asks for one. */
  const send = () => (confirmSubmit ? setConfirming(true) : submit.mutate(s.id));
  const confirmation = confirming && confirmSubmit?.(s, () => { setConfirming(false); submit.mutate(s.id); }, () => setConfirming(false));
  const toFix = PROJECT_FIELDS.filter((f) => state.problems[f]);
  /** Saves what can be saved; false (and says which fields) while a field still holds a value that cannot be. */
  const settle = async () => {
    setBlocked(null);
    if (!(await state.autosave.flush())) return false;
    if (toFix.length > 0) {
      setBlocked(t('submission.fixFirst', { fields: fieldList(toFix) }));
      return false;
    }
    return true;
  };
  const withdrawButton = (
    <button type="button" className="danger" disabled={withdraw.isPending}
      onClick={async () => {
        if (!window.confirm(t('submission.withdrawConfirm'))) return;
        if (editing) await state.autosave.flush();
        // The "submitted" confirmation of an earlier submit no longer holds once withdrawn.
        withdraw.mutate(s.id, { onSuccess: () => { setEditing(false); submit.reset(); } });
      }}>
      {t('submission.withdraw')}
    </button>
  );
  const feedback = (
    <>
      <ErrorAlert error={submit.error ?? withdraw.error} />
      {blocked && <p role="alert" className="alert alert-error">{blocked}</p>}
      {submit.isSuccess && <p role="status" className="alert alert-success">{t('submission.submitted')}</p>}
    </>
  );
  let body: React.ReactNode = null;
  if (s.status === 'DRAFT' && s.editable) {
    body = (
      <>
        {state.missing.length > 0 && (
          <div className="alert alert-info">
            <p>{t('submission.missing')}</p>
            <ul>{state.missing.map((f) => <li key={f}>{t(`fields.${f}`)}</li>)}</ul>
          </div>
        )}
        {toFix.length > 0 && (
          <div className="alert alert-info">
            <p>{t('submission.toFix')}</p>
            <ul>{toFix.map((f) => <li key={f}>{t(`fields.${f}`)}</li>)}</ul>
          </div>
        )}
        {feedback}
        {confirmation || (
          <div className="button-row">
            <button type="button" disabled={submit.isPending} onClick={async () => { if (await settle()) send(); }}>
              {t('submission.submit')}
            </button>
          </div>
        )}
      </>
    );
  } else if (s.status === 'SUBMITTED' && s.editable) {
    body = (
      <>
        <p className="alert alert-info">
          {t('submission.submittedNotice', { date: formatDateTime(s.submittedAt, lang), close: formatDateTime(s.edition.submissionsCloseAt, lang) })}
        </p>
        {editing && <p className="alert alert-info">{t('submission.editingNotice')}</p>}
        {feedback}
        <div className="button-row">
          <button type="button" className={editing ? 'secondary' : undefined}
            onClick={async () => { if (!editing) setEditing(true); else if (await settle()) setEditing(false); }}>
            {editing ? t('submission.finishEditing') : t('submission.edit')}
          </button>
          {withdrawButton}
        </div>
      </>
    );
  } else if (s.status === 'WITHDRAWN') {
    const open = callOpen(s);
    body = (
      <>
        <p className="alert alert-info">{t('submission.withdrawnNotice')}</p>
        <p>
          {open ? t('submission.resubmitUntil', { date: formatDateTime(s.edition.submissionsCloseAt, lang) })
            : s.edition.status !== 'OPEN' ? t('submission.resubmitNotOpen', { status: t(`status.edition.${s.edition.status}`) })
              : t('submission.resubmitClosed', { date: formatDateTime(s.edition.submissionsCloseAt, lang) })}
        </p>
        {feedback}
        {open && (confirmation || (
          <div className="button-row">
            <button type="button" disabled={submit.isPending} onClick={send}>{t('submission.resubmit')}</button>
          </div>
        ))}
      </>
    );
  }
  if (!body) return null;
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('submission.actions')}</h2>
      {body}
    </section>
  );
}

/**
 * A teacher's project. A draft is edited in place; a submitted project is shown read-only until its
 * author asks to change it ("Modifier mon projet"), and changes then go straight into it; a withdrawn
 * one can be submitted again while the call is open.
 */
function Project({ submission: s, extras: { timeline, checks, confirmSubmit, gallery } }: { submission: Submission; extras: ProjectExtras }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  // The status in which editing was asked for: a change of status (submitted, withdrawn) ends it.
  const [editingIn, setEditingIn] = useState<string | null>(null);
  const editingSubmitted = s.status === 'SUBMITTED' && editingIn === 'SUBMITTED';
  const editing = s.editable && (s.status === 'DRAFT' || editingSubmitted);
  const state = useProjectForm(s, editing, (saved) => qc.setQueryData(['submissions', s.id], saved));
  const locked = !s.editable && (s.status === 'DRAFT' || s.status === 'SUBMITTED');
  return (
    <>
      <p><Link to="/teacher">{t('teacher.back')}</Link></p>
      <h1>{s.title}</h1>
      <p>
        <StatusBadge kind="submission" value={s.status} />{' '}
        {t('archive.edition', { number: s.edition.number, year: s.edition.year })} ·{' '}
        {t('teacher.deadline', { date: formatDateTime(s.edition.submissionsCloseAt, i18n.language) })}
      </p>
      {s.submittedAt && !(s.status === 'SUBMITTED' && s.editable) && (
        <p className="muted">{t('submission.submittedAt', { date: formatDateTime(s.submittedAt, i18n.language) })}</p>
      )}
      {locked && <p className="alert alert-info">{t('submission.locked')}</p>}
      {s.status === 'INELIGIBLE' && (
        <div className="alert alert-error" role="status">
          <p>{t('submission.ineligibleNotice')}</p>
          {s.screening?.reason && <p>{t('submission.ineligibleReason', { reason: s.screening.reason })}</p>}
        </div>
      )}
      {s.status === 'UNDER_REVIEW' && <MySlotCard submissionId={s.id} />}
      {FINAL.includes(s.status) && <ResultPanel submissionId={s.id} />}
      {AWARDED.includes(s.status) && gallery?.(s.id)}
      {s.status !== 'DRAFT' && s.status !== 'WITHDRAWN' && timeline?.(s.id)}
      {(s.status === 'DRAFT' || s.status === 'SUBMITTED') && s.editable && checks?.(s)}
      <Actions submission={s} state={state} editing={editing} setEditing={(on) => setEditingIn(on ? s.status : null)}
        confirmSubmit={confirmSubmit} />
      <SubmissionForm state={state} editing={editing} focusOnEdit={editingSubmitted} />
      <Attachments submission={s} editable={editing} />
      {(state.form.evidenceShowsPupils === 'true' || s.authorisations.length > 0) && (
        <Attachments submission={s} editable={editing} purpose="AUTHORISATION" />
      )}
    </>
  );
}

/** `timeline`: the project's way through the judging rounds; `checks`, `confirmSubmit` and `gallery`: see {@link ProjectExtras}. All given by the app. */
export function SubmissionPage(extras: ProjectExtras) {
  const id = Number(useParams().submissionId);
  const query = useSubmission(id);
  return <QueryState query={query}>{() => <Project key={query.data!.id} submission={query.data!} extras={extras} />}</QueryState>;
}
