import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDateTime } from '@/lib/i18n/format';
import { useMySubmissions } from '../api/list-my-submissions';
import { useOpenEdition } from '../api/get-open-edition';
import { useCreateSubmission } from '../api/create-submission';
import { FormRow } from './FormRow';
import { LIMITS, fieldProblem } from './projectForm';

export function MySpacePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const mine = useMySubmissions();
  const edition = useOpenEdition();
  const create = useCreateSubmission();
  const [title, setTitle] = useState('');
  const open = edition.data?.acceptingSubmissions ? edition.data : undefined;
  const active = mine.data?.some((s) => s.edition.id === open?.id && s.status !== 'WITHDRAWN');
  const [tried, setTried] = useState(false);
  const problem = fieldProblem('title', title);
  // Too short is said once the teacher tries to start; too long as soon as it is.
  const titleProblem = problem && (tried || problem.kind === 'tooLong') ? problem : undefined;
  const start = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!open || problem) return;
    create.mutate({ editionId: open.id, body: { title } }, { onSuccess: (s) => void navigate(`/teacher/submissions/${s.id}`) });
  };
  return (
    <>
      <h1>{t('teacher.title')}</h1>
      {open && !active && (
        <section className="card" aria-labelledby="start">
          <h2 id="start">{t('teacher.start', { title: open.title })}</h2>
          <p>{t('teacher.deadline', { date: formatDateTime(open.submissionsCloseAt, i18n.language) })}</p>
          <ErrorAlert error={create.error} />
          <form onSubmit={start} className="inline-form" noValidate>
            <FormRow label={t('fields.title')} length={title.length} max={LIMITS.title.maxLength} problem={titleProblem}>
              {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} aria-required="true" />}
            </FormRow>
            <button type="submit" disabled={create.isPending}>{t('teacher.create')}</button>
          </form>
        </section>
      )}
      <section aria-labelledby="mine">
        <h2 id="mine">{t('teacher.mine')}</h2>
        <QueryState query={mine}>
          {() =>
            mine.data!.length === 0 ? (
              <p className="muted">{t('teacher.none')}</p>
            ) : (
              <ul className="cards">
                {mine.data!.map((s) => (
                  <li key={s.id} className="card">
                    <h3><Link to={`/teacher/submissions/${s.id}`}>{s.title}</Link></h3>
                    <p><StatusBadge kind="submission" value={s.status} /> {t('archive.edition', { number: s.edition.number, year: s.edition.year })}</p>
                    <p className="muted small">{t('teacher.updatedAt', { date: formatDateTime(s.updatedAt, i18n.language) })}</p>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
