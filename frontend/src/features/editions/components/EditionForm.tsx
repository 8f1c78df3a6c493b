import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { TranslatedField, type TextByLang } from '@/components/TranslatedField';
import type { Lang } from '@/config';
import { fromLocalInput, toLocalInput } from '@/lib/i18n/format';
import { moroccoYear } from '@/lib/time/morocco';
import type { Edition, EditionInput } from '@/lib/api/types';

/** The edition's texts typed in three languages; French is required where the field is. */
const TEXTS = ['title', 'theme', 'rules', 'ceremonyVenue', 'forumName'] as const;
type TextName = (typeof TEXTS)[number];
type EditionTexts = NonNullable<NonNullable<EditionInput['translations']>['ar']>;

type Form = Record<'number' | 'year' | 'submissionsOpenAt' | 'submissionsCloseAt' | 'evaluationCloseAt'
  | 'ceremonyDate' | 'laureateCount' | 'jurorsPerProject' | 'evidenceRetentionMonths' | 'forumCity' | 'forumYear' | 'forumStartsOn' | 'forumEndsOn', string>
  & { blindReview: boolean; sameRegionConflict: boolean } & Record<TextName, TextByLang>;

/** The stored values (`texts`): the served ones are in the reader's language, not the French ones edited here. */
function textsOf(e: Edition | undefined, name: TextName): TextByLang {
  const value = (lang: Lang) => e?.texts?.[lang]?.[name] ?? '';
  return { fr: value('fr'), ar: value('ar'), en: value('en') };
}

function toForm(e?: Edition): Form {
  const year = moroccoYear(Date.now());
  return {
    number: String(e?.number ?? ''), year: String(e?.year ?? year),
    title: textsOf(e, 'title'), theme: textsOf(e, 'theme'), rules: textsOf(e, 'rules'), ceremonyVenue: textsOf(e, 'ceremonyVenue'), forumName: textsOf(e, 'forumName'),
    submissionsOpenAt: toLocalInput(e?.submissionsOpenAt), submissionsCloseAt: toLocalInput(e?.submissionsCloseAt),
    evaluationCloseAt: toLocalInput(e?.evaluationCloseAt), ceremonyDate: e?.ceremonyDate ?? '',
    laureateCount: String(e?.laureateCount ?? 12), jurorsPerProject: String(e?.jurorsPerProject ?? 2),
    evidenceRetentionMonths: String(e?.evidenceRetentionMonths ?? 24),
    forumCity: e?.forum?.city ?? '', forumYear: e?.forum ? String(e.forum.year) : '',
    forumStartsOn: e?.forum?.startsOn ?? '', forumEndsOn: e?.forum?.endsOn ?? '',
    blindReview: e?.blindReview ?? false, sameRegionConflict: e?.sameRegionConflict ?? false,
  };
}

function toInput(f: Form, version?: number): EditionInput {
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  const forum = !!(f.forumName.fr.trim() && f.forumCity && f.forumYear);
  // The Arabic and English texts; a blank one is left out (the pages then show the French one, marked).
  const translation = (lang: 'ar' | 'en'): EditionTexts => Object.fromEntries(
    TEXTS.filter((k) => f[k][lang].trim() && (k !== 'forumName' || forum)).map((k) => [k, f[k][lang].trim()]),
  );
  return {
    number: Number(f.number), year: Number(f.year), title: f.title.fr.trim(), theme: orNull(f.theme.fr), rules: orNull(f.rules.fr),
    submissionsOpenAt: f.submissionsOpenAt ? fromLocalInput(f.submissionsOpenAt) : '',
    submissionsCloseAt: f.submissionsCloseAt ? fromLocalInput(f.submissionsCloseAt) : '',
    evaluationCloseAt: f.evaluationCloseAt ? fromLocalInput(f.evaluationCloseAt) : '',
    ceremonyDate: orNull(f.ceremonyDate), ceremonyVenue: orNull(f.ceremonyVenue.fr),
    laureateCount: Number(f.laureateCount), jurorsPerProject: Number(f.jurorsPerProject),
    evidenceRetentionMonths: Number(f.evidenceRetentionMonths),
    blindReview: f.blindReview, sameRegionConflict: f.sameRegionConflict,
    ...(forum ? { forum: { name: f.forumName.fr.trim(), city: f.forumCity, year: Number(f.forumYear), startsOn: orNull(f.forumStartsOn), endsOn: orNull(f.forumEndsOn) } } : {}),
    translations: { ar: translation('ar'), en: translation('en') },
    ...(version !== undefined ? { version } : {}),
  };
}

export function EditionForm({ edition, onSubmit, pending, error }: {
  edition?: Edition; onSubmit: (input: EditionInput) => void; pending: boolean; error: unknown;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => toForm(edition));
  const set = (k: keyof Form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm({ ...form, [k]: e.target.type === 'checkbox' ? (e.target as HTMLInputElement).checked : e.target.value });
  const texts = (k: TextName, label: string, maxLength: number, extra: { required?: boolean; multiline?: boolean; apiName?: string } = {}) => {
    const api = extra.apiName ?? k;
    return (
      <TranslatedField label={label} values={form[k]} maxLength={maxLength} required={extra.required} multiline={extra.multiline} rows={6} error={error}
        names={{ fr: api, ar: `translations.ar.${k}`, en: `translations.en.${k}` }}
        onChange={(lang, v) => setForm((f) => ({ ...f, [k]: { ...f[k], [lang]: v } }))} />
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(toInput(form, edition?.version));
  };
  // From the evaluation on, its deadline only moves later, with "Prolonger l’évaluation" (which mails the jurors).
  const evaluationLocked = !!edition && edition.status !== 'DRAFT' && edition.status !== 'OPEN';
  const input = (k: keyof Form, type = 'text', extra: Record<string, unknown> = {}, apiName: string = k, hint?: string) => (
    <Field label={t(`edition.${k}`)} name={apiName} error={error} hint={hint}>
      {(p) => <input {...p} type={type} value={form[k] as string} onChange={set(k)} {...extra} />}
    </Field>
  );
  return (
    <form onSubmit={submit} className="card">
      <ErrorAlert error={error} />
      <div className="grid-2">
        {input('number', 'number', { min: 1, required: true })}
        {input('year', 'number', { min: 2000, max: 2100, required: true })}
      </div>
      <fieldset>
        <legend>{t('content.edition.texts')}</legend>
        <p className="hint">{t('content.sideBySide')}</p>
        {texts('title', t('edition.title'), 200, { required: true })}
        {texts('theme', t('edition.theme'), 500)}
        {texts('rules', t('edition.rules'), 20000, { multiline: true })}
        {texts('ceremonyVenue', t('edition.ceremonyVenue'), 200)}
      </fieldset>
      <p className="hint">{t('edition.timesHint')}</p>
      <div className="grid-3">
        {input('submissionsOpenAt', 'datetime-local', { required: true })}
        {input('submissionsCloseAt', 'datetime-local', { required: true })}
        {input('evaluationCloseAt', 'datetime-local', { required: true, readOnly: evaluationLocked }, 'evaluationCloseAt',
          evaluationLocked ? t('lifecycle.extend.formHint') : undefined)}
      </div>
      <div className="grid-2">
        {input('ceremonyDate', 'date')}
        {input('laureateCount', 'number', { min: 1, max: 100, required: true })}
        {input('jurorsPerProject', 'number', { min: 1, max: 10, required: true })}
        {input('evidenceRetentionMonths', 'number', { min: 1, max: 120, required: true }, 'evidenceRetentionMonths',
          t('edition.evidenceRetentionHint'))}
      </div>
      {texts('forumName', t('content.edition.forumName'), 200, { apiName: 'forum.name' })}
      <div className="grid-2">
        {input('forumCity', 'text', { maxLength: 100 }, 'forum.city')}
        {input('forumYear', 'number', {}, 'forum.year')}
      </div>
      <div className="grid-2">
        {input('forumStartsOn', 'date', {}, 'forum.startsOn')}
        {input('forumEndsOn', 'date', { min: form.forumStartsOn || undefined }, 'forum.endsOn')}
      </div>
      <div className="checks">
        <input id="blindReview" type="checkbox" checked={form.blindReview} onChange={set('blindReview')} />
        <label htmlFor="blindReview">{t('edition.blindReview')}</label>
      </div>
      <div className="checks">
        <input id="sameRegionConflict" type="checkbox" checked={form.sameRegionConflict} onChange={set('sameRegionConflict')} />
        <label htmlFor="sameRegionConflict">{t('edition.sameRegionConflict')}</label>
      </div>
      <button type="submit" disabled={pending}>{t('common.save')}</button>
    </form>
  );
}
