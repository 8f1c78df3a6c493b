import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, EditionStatus } from '@/lib/api/types';
import { TransitionDialog } from './TransitionDialog';

const STEPS: EditionStatus[] = ['DRAFT', 'OPEN', 'EVALUATION', 'DELIBERATION', 'PUBLISHED', 'ARCHIVED'];

/**
 * The edition's next step, labelled as such, with the button that opens its confirmation (what the
 * step will do, then "Confirmer"). Also offered where the step belongs (publishing, in the awards).
 */
export function NextStep({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [reached, setReached] = useState<EditionStatus | null>(null);
  const next = edition.nextStatus;
  return (
    <>
      <div role="status" aria-live="polite">
        {reached && reached === edition.status && (
          <p className="alert alert-success">{t('lifecycle.done', { status: t(`status.edition.${reached}`) })}</p>
        )}
      </div>
      {next && (
        <section className="next-step" aria-labelledby={`next-step-${edition.id}`}>
          <h3 id={`next-step-${edition.id}`}>{t('lifecycle.next', { status: t(`status.edition.${next}`) })}</h3>
          <p id={`next-step-help-${edition.id}`}>{t(`lifecycle.explain.${next}`)}</p>
          <button type="button" aria-describedby={`next-step-help-${edition.id}`} aria-haspopup="dialog" onClick={() => setConfirming(true)}>
            {t(`lifecycle.action.${next}`)}
          </button>
          {confirming && (
            <TransitionDialog edition={edition} to={next} onClose={() => setConfirming(false)}
              onDone={() => { setConfirming(false); setReached(next); }} />
          )}
        </section>
      )}
    </>
  );
}

/** The lifecycle as steps: the current one, then the next step, labelled as such, with its button. */
export function Lifecycle({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const current = STEPS.indexOf(edition.status);
  return (
    <section className="card" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('lifecycle.title')}</h2>
      <ol className="steps">
        {STEPS.map((s, i) => (
          <li key={s} className={i < current ? 'done' : i === current ? 'current' : i === current + 1 ? 'next' : ''}
            aria-current={i === current ? 'step' : undefined}>
            {t(`status.edition.${s}`)}
            {i === current + 1 && <span className="step-tag"> ({t('lifecycle.nextTag')})</span>}
          </li>
        ))}
      </ol>
      <p className="current-step">{t('lifecycle.current', { status: t(`status.edition.${edition.status}`) })}</p>
      <NextStep edition={edition} />
    </section>
  );
}
