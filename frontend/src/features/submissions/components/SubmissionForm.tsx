import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime, localized } from '@/lib/i18n/format';
import { useRegions, useSchoolLevels } from '@/lib/reference/reference';
import type { Submission, SubmissionInput } from '@/lib/api/types';
import { updateSubmission } from '../api/update-submission';
import { useAutosave } from './useAutosave';

type Form = {
  title: string; summary: string; description: string; discipline: string; schoolLevel: string; regionCode: string;
  schoolName: string; coAuthors: string; technologies: string; pupilsCount: string; videoUrl: string; siteUrl: string;
};

const lines = (text: string) => text.split(/[\n,;]/).map((s) => s.trim()).filter(Boolean);

function toForm(s: Submission): Form {
  return {
    title: s.title, summary: s.summary ?? '', description: s.description ?? '', discipline: s.discipline ?? '',
    schoolLevel: s.schoolLevel ?? '', regionCode: s.regionCode ?? '', schoolName: s.schoolName ?? '',
    coAuthors: s.coAuthors.join('\n'), technologies: s.technologies.join('\n'), pupilsCount: s.pupilsCount ? String(s.pupilsCount) : '',
    videoUrl: s.videoUrl ?? '', siteUrl: s.siteUrl ?? '',
  };
}

function toInput(f: Form, version: number): SubmissionInput {
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  return {
    title: f.title.trim(), summary: orNull(f.summary), description: orNull(f.description), discipline: orNull(f.discipline),
    schoolLevel: (orNull(f.schoolLevel) as SubmissionInput['schoolLevel']) ?? null, regionCode: orNull(f.regionCode),
    schoolName: orNull(f.schoolName), coAuthors: lines(f.coAuthors), technologies: lines(f.technologies),
    pupilsCount: f.pupilsCount ? Number(f.pupilsCount) : null, videoUrl: orNull(f.videoUrl), siteUrl: orNull(f.siteUrl), version,
  };
}

/** The project's content; every change is saved a moment later (autosave). */
export function SubmissionForm({ submission, onSaved, flushRef }: {
  submission: Submission;
  onSaved: (s: Submission) => void;
  flushRef: React.MutableRefObject<(() => Promise<boolean>) | null>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regions = useRegions();
  const levels = useSchoolLevels();
  const [form, setForm] = useState<Form>(() => toForm(submission));
  const version = useRef(submission.version);
  const editable = submission.editable;
  useEffect(() => {
    version.current = submission.version;
  }, [submission.version]);
  const autosave = useAutosave(
    form,
    async (f) => {
      const saved = await updateSubmission({ submissionId: submission.id, body: toInput(f, version.current) });
      version.current = saved.version;
      onSaved(saved);
    },
    editable && form.title.trim().length >= 3,
  );
  flushRef.current = autosave.flush;
  const set = (k: keyof Form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const status = useMemo(() => {
    switch (autosave.state) {
      case 'pending': return t('autosave.pending');
      case 'saving': return t('autosave.saving');
      case 'saved': return t('autosave.saved', { time: autosave.savedAt ? formatDateTime(autosave.savedAt.toISOString(), lang) : '' });
      case 'error': return t('autosave.error');
      default: return editable ? t('autosave.idle') : '';
    }
  }, [autosave.state, autosave.savedAt, editable, lang, t]);
  const err = autosave.error;
  const text = (k: keyof Form, opts: { max?: number; area?: boolean; hint?: string; type?: string } = {}) => (
    <Field label={t(`fields.${k}`)} name={k} error={err} hint={opts.hint}>
      {(p) => opts.area
        ? <textarea {...p} value={form[k]} onChange={set(k)} maxLength={opts.max} rows={k === 'description' ? 8 : 3} readOnly={!editable} />
        : <input {...p} type={opts.type ?? 'text'} value={form[k]} onChange={set(k)} maxLength={opts.max} readOnly={!editable} />}
    </Field>
  );
  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); void autosave.flush(); }} aria-labelledby="content-title">
      <div className="form-head">
        <h2 id="content-title">{t('submission.content')}</h2>
        <p role="status" className="autosave">{status}</p>
      </div>
      {autosave.state === 'error' && <ErrorAlert error={err} />}
      {text('title', { max: 200 })}
      {text('summary', { max: 1000, area: true })}
      {text('description', { max: 20000, area: true })}
      <div className="grid-2">
        {text('discipline', { max: 100 })}
        <Field label={t('fields.schoolLevel')} name="schoolLevel" error={err}>
          {(p) => (
            <select {...p} value={form.schoolLevel} onChange={set('schoolLevel')} disabled={!editable}>
              <option value="">{t('common.choose')}</option>
              {levels.data?.map((l) => <option key={l.code} value={l.code}>{localized(l.label, lang)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('fields.regionCode')} name="regionCode" error={err}>
          {(p) => (
            <select {...p} value={form.regionCode} onChange={set('regionCode')} disabled={!editable}>
              <option value="">{t('common.choose')}</option>
              {regions.data?.map((r) => <option key={r.code} value={r.code}>{localized(r.name, lang)}</option>)}
            </select>
          )}
        </Field>
        {text('schoolName', { max: 200 })}
        {text('pupilsCount', { type: 'number' })}
      </div>
      {text('technologies', { area: true, hint: t('submission.onePerLine') })}
      {text('coAuthors', { area: true, hint: t('submission.onePerLine') })}
      <div className="grid-2">
        {text('videoUrl', { type: 'url', max: 500 })}
        {text('siteUrl', { type: 'url', max: 500 })}
      </div>
      {editable && <button type="submit" className="secondary">{t('common.saveNow')}</button>}
    </form>
  );
}
