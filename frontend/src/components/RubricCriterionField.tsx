import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/i18n/format';
import { LocalizedContent } from './ContentText';
import type { Criterion } from '@/lib/api/types';

/** One criterion's answer: a level, or the yes/no answers to its gates. */
export type CriterionAnswer = { score?: number; gates?: boolean[] };

/** Scales this short are offered as one radio button per level; longer ones as a number field. */
const MAX_RADIO_LEVELS = 11;

/** The level a chain of gates reaches: the gates passed before the first "no", plus one. */
export function gateLevel(gates: readonly boolean[]): number {
  const firstNo = gates.findIndex((yes) => !yes);
  return (firstNo === -1 ? gates.length : firstNo) + 1;
}

/**
 * A rubric criterion to score, as a group named by its label: its gates as a chain of yes/no
 * questions (a gate is open once the previous one is answered yes, and the level follows), or its
 * levels from min to max.
 */
export function RubricCriterionField({ criterion, answer, onChange, disabled = false }: {
  criterion: Criterion; answer: CriterionAnswer; onChange: (next: CriterionAnswer) => void; disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const n = (v: number) => formatNumber(v, lang);
  const legend = (
    <legend>
      <LocalizedContent value={criterion.label} /> <span className="muted small">({t('rubricInput.weight', { weight: formatNumber(criterion.weight, lang, 1) })})</span>
    </legend>
  );
  const description = criterion.description && <LocalizedContent as="p" className="muted small" value={criterion.description} />;

  if (criterion.gates.length > 0) {
    const gates = criterion.gates.map((_g, i) => answer.gates?.[i] ?? false);
    const toggle = (index: number, yes: boolean) =>
      onChange({ gates: gates.map((value, i) => (i === index ? yes : i > index && !yes ? false : value)) });
    return (
      <fieldset className="criterion">
        {legend}
        {description}
        <ol className="gates">
          {criterion.gates.map((gate, i) => (
            <li key={i} className="checks">
              <input id={`${id}-${i}`} type="checkbox" checked={gates[i]} disabled={disabled || (i > 0 && !gates[i - 1])}
                onChange={(e) => toggle(i, e.target.checked)} />
              <label htmlFor={`${id}-${i}`}><LocalizedContent value={gate} /></label>
            </li>
          ))}
        </ol>
        <p className="level" aria-live="polite">{t('rubricInput.level', { level: n(gateLevel(gates)), max: n(criterion.scaleMax) })}</p>
      </fieldset>
    );
  }

  const levels = criterion.scaleMax - criterion.scaleMin + 1;
  return (
    <fieldset className="criterion">
      {legend}
      {description}
      {levels <= MAX_RADIO_LEVELS ? (
        <div className="button-row" role="radiogroup" aria-label={t('rubricInput.scale', { min: n(criterion.scaleMin), max: n(criterion.scaleMax) })}>
          {Array.from({ length: levels }, (_v, i) => criterion.scaleMin + i).map((level) => (
            <label key={level} className="checks">
              <input type="radio" name={`${id}-level`} value={level} checked={answer.score === level} disabled={disabled}
                onChange={() => onChange({ score: level })} />
              {n(level)}
            </label>
          ))}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-score`}>{t('rubricInput.scale', { min: n(criterion.scaleMin), max: n(criterion.scaleMax) })}</label>
          <input id={`${id}-score`} type="number" className="narrow-input" min={criterion.scaleMin} max={criterion.scaleMax}
            value={answer.score ?? ''} disabled={disabled}
            onChange={(e) => onChange({ score: e.target.value === '' ? undefined : Number(e.target.value) })} />
        </div>
      )}
    </fieldset>
  );
}
