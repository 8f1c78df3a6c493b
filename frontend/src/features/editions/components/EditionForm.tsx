import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { fromLocalInput, toLocalInput } from '@/lib/i18n/format';
import { moroccoYear } from '@/lib/time/morocco';
import type { Edition, EditionInput } from '@/lib/api/types';

type Form = Record<'number' | 'year' | 'title' | 'theme' | 'rules' | 'submissionsOpenAt' | 'submissionsCloseAt' | 'evaluationCloseAt'
  | 'ceremonyDate' | 'ceremonyVenue' | 'laureateCount' | 'jurorsPerProject' | 'evidenceRetentionMonths' | 'forumName' | 'forumCity' | 'forumYear' | 'forumStartsOn' | 'forumEndsOn', string>
  & { blindReview: boolean; sameRegionConflict: boolean };

function toForm(e?: Edition): Form {
  const year = moroccoYear(Date.now());
  return {
    number: String(e?.number ?? ''), year: String(e?.year ?? year), title: e?.title ?? '', theme: e?.theme ?? '', rules: e?.rules ?? '',
    submissionsOpenAt: toLocalInput(e?.submissionsOpenAt), submissionsCloseAt: toLocalInput(e?.submissionsCloseAt),
    evaluationCloseAt: toLocalInput(e?.evaluationCloseAt), ceremonyDate: e?.ceremonyDate ?? '', ceremonyVenue: e?.ceremonyVenue ?? '',
    laureateCount: String(e?.laureateCount ?? 12), jurorsPerProject: String(e?.jurorsPerProject ?? 2),
    evidenceRetentionMonths: String(e?.evidenceRetentionMonths ?? 24),
    forumName: e?.forum?.name ?? '', forumCity: e?.forum?.city ?? '', forumYear: e?.forum ? String(e.forum.year) : '',
    forumStartsOn: e?.forum?.startsOn ?? '', forumEndsOn: e?.forum?.endsOn ?? '',
    blindReview: e?.blindReview ?? false, sameRegionConflict: e?.sameRegionConflict ?? false,
  };
}

function toInput(f: Form, version?: number): EditionInput {
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  return {
    number: Number(f.number), year: Number(f.year), title: f.title.trim(), theme: orNull(f.theme), rules: orNull(f.rules),
    submissionsOpenAt: f.submissionsOpenAt ? fromLocalInput(f.submissionsOpenAt) : '',
    submissionsCloseAt: f.submissionsCloseAt ? fromLocalInput(f.submissionsCloseAt) : '',
    evaluationCloseAt: f.evaluationCloseAt ? fromLocalInput(f.evaluationCloseAt) : '',
    ceremonyDate: orNull(f.ceremonyDate), ceremonyVenue: orNull(f.ceremonyVenue),
    laureateCount: Number(f.laureateCount), jurorsPerProject: Number(f.jurorsPerProject),
    evidenceRetentionMonths: Number(f.evidenceRetentionMonths),
    blindReview: f.blindReview, sameRegionConflict: f.sameRegionConflict,
    ...(f.forumName && f.forumCity && f.forumYear ? { forum: { name: f.forumName, city: f.forumCity, year: Number(f.forumYear), startsOn: orNull(f.forumStartsOn), endsOn: orNull(f.forumEndsOn) } } : {}),
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
      {input('title', 'text', { required: true, maxLength: 200 })}
      {input('theme', 'text', { maxLength: 500 })}
      <Field label={t('edition.rules')} name="rules" error={error}>
        {(p) => <textarea {...p} rows={6} value={form.rules} onChange={set('rules')} maxLength={20000} />}
      </Field>
      <p className="hint">{t('edition.timesHint')}</p>
      <div className="grid-3">
        {input('submissionsOpenAt', 'datetime-local', { required: true })}
        {input('submissionsCloseAt', 'datetime-local', { required: true })}
        {input('evaluationCloseAt', 'datetime-local', { required: true, readOnly: evaluationLocked }, 'evaluationCloseAt',
          evaluationLocked ? t('lifecycle.extend.formHint') : undefined)}
      </div>
      <div className="grid-2">
        {input('ceremonyDate', 'date')}
        {input('ceremonyVenue', 'text', { maxLength: 200 })}
        {input('laureateCount', 'number', { min: 1, max: 100, required: true })}
        {input('jurorsPerProject', 'number', { min: 1, max: 10, required: true })}
        {input('evidenceRetentionMonths', 'number', { min: 1, max: 120, required: true }, 'evidenceRetentionMonths',
          t('edition.evidenceRetentionHint'))}
      </div>
      <div className="grid-3">
        {input('forumName', 'text', {}, 'forum.name')}
        {input('forumCity', 'text', {}, 'forum.city')}
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
