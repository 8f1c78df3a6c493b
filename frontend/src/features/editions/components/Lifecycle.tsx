import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { Edition, EditionStatus } from '@/lib/api/types';
import { useTransitionEdition } from '../api/transition-edition';

const STEPS: EditionStatus[] = ['DRAFT', 'OPEN', 'EVALUATION', 'DELIBERATION', 'PUBLISHED', 'ARCHIVED'];

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
      <ErrorAlert error={transition.error} />
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
