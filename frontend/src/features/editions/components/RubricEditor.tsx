import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { NumberInput } from '@/components/NumberInput';
import { TranslatedField, emptyTexts, type TextByLang } from '@/components/TranslatedField';
import { counted, formatNumber } from '@/lib/i18n/format';
import { fromTexts, toTexts } from '@/lib/i18n/content';
import type { Criterion, CriterionInput, Edition } from '@/lib/api/types';
import { useCriteria } from '../api/list-criteria';
import { useReplaceCriteria } from '../api/replace-criteria';
import { RubricView } from './RubricView';

/** A criterion as edited: every text in its three languages, blank where not translated. */
type Row = { code: string; weight: number; scaleMin: number; scaleMax: number; label: TextByLang; description: TextByLang; gates: TextByLang[] };

const blank = (): Row => ({ code: '', weight: 1, scaleMin: 0, scaleMax: 4, label: emptyTexts(), description: emptyTexts(), gates: [] });
const toRow = (c: Criterion): Row => ({
  code: c.code, weight: c.weight, scaleMin: c.scaleMin, scaleMax: c.scaleMax,
  label: toTexts(c.label), description: toTexts(c.description), gates: c.gates.map(toTexts),
});
const toInput = (r: Row): CriterionInput => ({
  code: r.code, weight: r.weight, scaleMin: r.scaleMin, scaleMax: r.scaleMax, label: fromTexts(r.label),
  ...(Object.values(r.description).some((v) => v.trim()) ? { description: fromTexts(r.description) } : {}),
  ...(r.gates.length ? { gates: r.gates.map(fromTexts) } : {}),
});
/** A criterion with gates is scored 1..(gates + 1), the level being the gates passed in a row plus one. */
const withGates = (gates: TextByLang[]): Partial<Row> => (gates.length ? { gates, scaleMin: 1, scaleMax: gates.length + 1 } : { gates });

function Editor({ editionId, initial }: { editionId: number; initial: Criterion[] }) {
  const { t, i18n } = useTranslation();
  const replace = useReplaceCriteria();
  const [items, setItems] = useState<Row[]>(() => initial.map(toRow));
  const [saved, setSaved] = useState(false);
  const [zeroRefused, setZeroRefused] = useState(false);
  const update = (i: number, patch: Partial<Row>) => {
    setSaved(false);
    setItems((all) => all.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  };
  const move = (i: number, by: number) => setItems((all) => {
    const next = [...all];
    const [c] = next.splice(i, 1);
    next.splice(i + by, 0, c);
    return next;
  });
  const notPositive = (c: Row) => !(c.weight > 0);
  const total = items.reduce((sum, c) => sum + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (items.some(notPositive)) {
      setZeroRefused(true);
      return;
    }
    setZeroRefused(false);
    replace.mutate({ editionId, body: items.map(toInput) }, { onSuccess: () => setSaved(true) });
  };
  const err = replace.error;
  const zeroMessage = t('problems.rubric-incomplete');
  return (
    <form className="card" onSubmit={submit}>
      <ErrorAlert error={err} />
      {zeroRefused && <p role="alert" className="alert alert-error">{zeroMessage}</p>}
      {saved && <p role="status" className="alert alert-success">{t('common.saved')}</p>}
      <p className="hint">{t('content.sideBySide')}</p>
      {items.map((c, i) => (
        <fieldset key={i} className="criterion">
          <legend>{t('rubric.criterionN', { n: i + 1 })} {c.code}</legend>
          <div className="grid-3">
            <Field label={t('rubric.code')} name={`[${i}].code`} error={err}>
              {(p) => <input {...p} value={c.code} onChange={(e) => update(i, { code: e.target.value.toUpperCase() })} pattern="[A-Z][A-Z0-9_]{0,31}" required />}
            </Field>
            <Field label={t('rubric.weight')} name={`[${i}].weight`} error={err}
              hint={zeroRefused && notPositive(c) ? zeroMessage : undefined}>
              {(p) => <NumberInput {...p} step="0.5" min={0} max={100} value={c.weight}
                aria-invalid={zeroRefused && notPositive(c) ? true : p['aria-invalid']}
                onValue={(weight) => update(i, { weight })} />}
            </Field>
            <Field label={t('rubric.scale')} name={`[${i}].scaleMax`} error={err} hint={c.gates.length ? t('rubric.gatesFix', counted(c.gates.length, i18n.language)) : undefined}>
              {(p) => (
                <span className="pair">
                  <NumberInput {...p} aria-label={t('rubric.scaleMin')} value={c.scaleMin} min={0} max={100} disabled={c.gates.length > 0}
                    onValue={(scaleMin) => update(i, { scaleMin })} />
                  <NumberInput aria-label={t('rubric.scaleMax')} value={c.scaleMax} min={1} max={100} disabled={c.gates.length > 0}
                    onValue={(scaleMax) => update(i, { scaleMax })} />
                </span>
              )}
            </Field>
          </div>
          <TranslatedField label={t('rubric.criterion')} values={c.label} required maxLength={2000} error={err}
            names={{ fr: `[${i}].label.fr`, ar: `[${i}].label.ar`, en: `[${i}].label.en` }}
            onChange={(lang, v) => update(i, { label: { ...c.label, [lang]: v } })} />
          <TranslatedField label={t('content.rubric.description')} values={c.description} multiline rows={2} maxLength={2000} error={err}
            required={!!(c.description.ar.trim() || c.description.en.trim())}
            names={{ fr: `[${i}].description.fr`, ar: `[${i}].description.ar`, en: `[${i}].description.en` }}
            onChange={(lang, v) => update(i, { description: { ...c.description, [lang]: v } })} />
          <fieldset className="gates">
            <legend>{t('content.rubric.gates')}</legend>
            {c.gates.map((g, k) => (
              <div key={k}>
                <TranslatedField label={t('content.rubric.gate', { n: k + 1 })} values={g} required maxLength={2000} error={err}
                  names={{ fr: `[${i}].gates[${k}].fr`, ar: `[${i}].gates[${k}].ar`, en: `[${i}].gates[${k}].en` }}
                  onChange={(lang, v) => update(i, { gates: c.gates.map((x, j) => (j === k ? { ...x, [lang]: v } : x)) })} />
                <button type="button" className="secondary small" onClick={() => update(i, withGates(c.gates.filter((_, j) => j !== k)))}>
                  {t('content.rubric.removeGate', { n: k + 1 })}
                </button>
              </div>
            ))}
            <button type="button" className="secondary small" onClick={() => update(i, withGates([...c.gates, emptyTexts()]))}>
              {t('content.rubric.addGate')}
            </button>
          </fieldset>
          <div className="button-row">
            <button type="button" className="secondary small" disabled={i === 0} onClick={() => move(i, -1)}>{t('rubric.up')}</button>
            <button type="button" className="secondary small" disabled={i === items.length - 1} onClick={() => move(i, 1)}>{t('rubric.down')}</button>
            <button type="button" className="danger small" onClick={() => setItems((all) => all.filter((_, j) => j !== i))}>{t('common.remove')}</button>
          </div>
        </fieldset>
      ))}
      <p aria-live="polite"><strong>{t('content.rubric.total', { total: formatNumber(total, i18n.language, Number.isInteger(total) ? 0 : 1) })}</strong></p>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => setItems((all) => [...all, blank()])}>{t('rubric.add')}</button>
        <button type="submit" disabled={replace.isPending || items.length === 0}>{t('rubric.save')}</button>
      </div>
    </form>
  );
}

export function RubricSection({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const criteria = useCriteria(edition.id);
  return (
    <section aria-labelledby="rubric-title">
      <h2 id="rubric-title">{t('home.rubric')}</h2>
      {edition.status !== 'DRAFT' && <p className="muted">{t('rubric.frozen')}</p>}
      <QueryState query={criteria}>
        {() => (edition.status === 'DRAFT'
          ? <Editor editionId={edition.id} initial={criteria.data!} />
          : <RubricView criteria={criteria.data!} />)}
      </QueryState>
    </section>
  );
}
