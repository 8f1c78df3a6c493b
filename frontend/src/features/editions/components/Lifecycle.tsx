import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api/problem';
import type { Edition, EditionStatus } from '@/lib/api/types';
import { useTransitionEdition } from '../api/transition-edition';

const STEPS: EditionStatus[] = ['DRAFT', 'OPEN', 'EVALUATION', 'DELIBERATION', 'PUBLISHED', 'ARCHIVED'];

/**
 * Why a move was refused. Opening while another edition is open names that edition (from the problem's
 * `openEdition`) and links to it, where its call can be closed; other refusals say what the API said.
 */
function TransitionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const open = isApiError(error) && error.slug === 'edition-already-open' ? error.problem.openEdition : undefined;
  if (!open) return <ErrorAlert error={error} />;
  return (
    <div role="alert" className="alert alert-error">
      <p>{t('lifecycle.alreadyOpen', { number: open.number, year: open.year })}</p>
      <p><Link to={`/admin/editions/${open.id}`}>{t('lifecycle.seeOpen', { number: open.number, year: open.year })}</Link></p>
    </div>
  );
}

/** The lifecycle as steps; the one next step is a button that says what it does. */
export function Lifecycle({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const transition = useTransitionEdition();
  const next = edition.nextStatus;
  const current = STEPS.indexOf(edition.status);
  return (
    <section className="card" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('lifecycle.title')}</h2>
      <ol className="steps">
        {STEPS.map((s, i) => (
          <li key={s} className={i < current ? 'done' : i === current ? 'current' : ''} aria-current={i === current ? 'step' : undefined}>
            {t(`status.edition.${s}`)}
          </li>
        ))}
      </ol>
      <TransitionError error={transition.error} />
      {next && (
        <div className="next-step">
          <p id="next-step-help">{t(`lifecycle.explain.${next}`)}</p>
          <button type="button" aria-describedby="next-step-help" disabled={transition.isPending}
            onClick={() => window.confirm(t('lifecycle.confirm', { status: t(`status.edition.${next}`) })) && transition.mutate({ editionId: edition.id, to: next })}>
            {t(`lifecycle.action.${next}`)}
          </button>
        </div>
      )}
    </section>
  );
}
