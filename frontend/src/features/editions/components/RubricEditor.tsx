import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { counted } from '@/lib/i18n/format';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { LANGUAGES } from '@/config';
import type { Criterion, CriterionInput, Edition } from '@/lib/api/types';
import { useCriteria } from '../api/list-criteria';
import { useReplaceCriteria } from '../api/replace-criteria';
import { RubricView } from './RubricView';

const blank = (): CriterionInput => ({ code: '', label: { fr: '', ar: '', en: '' }, weight: 1, scaleMin: 0, scaleMax: 4 });
const toInput = (c: Criterion): CriterionInput => ({
  code: c.code, label: c.label, weight: c.weight, scaleMin: c.scaleMin, scaleMax: c.scaleMax,
  ...(c.description ? { description: c.description } : {}), ...(c.gates.length ? { gates: c.gates } : {}),
});

function Editor({ editionId, initial }: { editionId: number; initial: Criterion[] }) {
  const { t, i18n } = useTranslation();
  const replace = useReplaceCriteria();
  const [items, setItems] = useState<CriterionInput[]>(() => initial.map(toInput));
  const [saved, setSaved] = useState(false);
  const update = (i: number, patch: Partial<CriterionInput>) => {
    setSaved(false);
    setItems((all) => all.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  };
  const move = (i: number, by: number) => setItems((all) => {
    const next = [...all];
    const [c] = next.splice(i, 1);
    next.splice(i + by, 0, c);
    return next;
  });
  const err = replace.error;
  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); replace.mutate({ editionId, body: items }, { onSuccess: () => setSaved(true) }); }}>
      <ErrorAlert error={err} />
      {saved && <p role="status" className="alert alert-success">{t('common.saved')}</p>}
      {items.map((c, i) => (
        <fieldset key={i} className="criterion">
          <legend>{t('rubric.criterionN', { n: i + 1 })} {c.code}</legend>
          <div className="grid-3">
            <Field label={t('rubric.code')} name={`[${i}].code`} error={err}>
              {(p) => <input {...p} value={c.code} onChange={(e) => update(i, { code: e.target.value.toUpperCase() })} pattern="[A-Z][A-Z0-9_]{0,31}" required />}
            </Field>
            <Field label={t('rubric.weight')} name={`[${i}].weight`} error={err}>
              {(p) => <input {...p} type="number" step="0.5" min={0} max={100} value={c.weight} onChange={(e) => update(i, { weight: Number(e.target.value) })} />}
            </Field>
            <Field label={t('rubric.scale')} name={`[${i}].scaleMax`} error={err} hint={c.gates?.length ? t('rubric.gatesFix', counted(c.gates.length, i18n.language)) : undefined}>
              {(p) => (
                <span className="pair">
                  <input {...p} type="number" aria-label={t('rubric.scaleMin')} value={c.scaleMin} min={0} max={100} disabled={!!c.gates?.length}
                    onChange={(e) => update(i, { scaleMin: Number(e.target.value) })} />
                  <input type="number" aria-label={t('rubric.scaleMax')} value={c.scaleMax} min={1} max={100} disabled={!!c.gates?.length}
                    onChange={(e) => update(i, { scaleMax: Number(e.target.value) })} />
                </span>
              )}
            </Field>
          </div>
          <div className="grid-3">
            {LANGUAGES.map((lang) => (
              <Field key={lang} label={t('rubric.labelIn', { lang: t(`languages.${lang}`) })} name={`[${i}].label.${lang}`} error={err}>
                {(p) => <input {...p} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} value={c.label[lang]} required maxLength={2000}
                  onChange={(e) => update(i, { label: { ...c.label, [lang]: e.target.value } })} />}
              </Field>
            ))}
          </div>
          <div className="button-row">
            <button type="button" className="secondary small" disabled={i === 0} onClick={() => move(i, -1)}>{t('rubric.up')}</button>
            <button type="button" className="secondary small" disabled={i === items.length - 1} onClick={() => move(i, 1)}>{t('rubric.down')}</button>
            <button type="button" className="danger small" onClick={() => setItems((all) => all.filter((_, j) => j !== i))}>{t('common.remove')}</button>
          </div>
        </fieldset>
      ))}
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
