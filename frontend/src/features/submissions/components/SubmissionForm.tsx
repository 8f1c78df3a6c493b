import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime, localized } from '@/lib/i18n/format';
import { useRegions, useSchoolLevels } from '@/lib/reference/reference';
import { maxLengthOf, type ProjectField } from './projectForm';
import type { ProjectFormState } from './useProjectForm';
import { FormRow, useFieldList } from './FormRow';
import { PupilsDeclaration } from './PupilsDeclaration';

/**
 * The project's content. While `editing`, every change is saved a moment later (autosave); a field
 * whose value cannot be saved says why, and the others are saved anyway.
 */
export function SubmissionForm({ state, editing, focusOnEdit = false }: {
  state: ProjectFormState;
  editing: boolean;
  /** Moves the focus to the title when editing starts (after "Modifier mon projet"). */
  focusOnEdit?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regions = useRegions();
  const levels = useSchoolLevels();
  const fieldList = useFieldList();
  const { form, set, problems, unsaved, autosave } = state;
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing && focusOnEdit) title.current?.focus();
  }, [editing, focusOnEdit]);

  const savedTime = autosave.savedAt ? formatDateTime(autosave.savedAt.toISOString(), lang) : '';
  const status = (() => {
    if (!editing) return '';
    switch (autosave.state) {
      case 'pending': return t('autosave.pending');
      case 'saving': return t('autosave.saving');
      case 'error': return t('autosave.error');
      default:
        if (unsaved.length > 0) {
          const fields = fieldList(unsaved);
          return autosave.savedAt ? t('autosave.savedExcept', { time: savedTime, fields }) : t('autosave.notSaved', { fields });
        }
        return autosave.state === 'saved' ? t('autosave.saved', { time: savedTime }) : t('autosave.idle');
    }
  })();
  const row = (k: ProjectField, opts: { area?: boolean; hint?: string; type?: string; inputMode?: 'numeric' } = {}) => {
    const max = maxLengthOf(k);
    return (
      <FormRow label={t(`fields.${k}`)} hint={opts.hint} problem={editing ? problems[k] : undefined}
        length={editing && max !== undefined ? form[k].length : undefined} max={max}>
        {(p) => opts.area
          ? <textarea {...p} value={form[k]} onChange={(e) => set(k, e.target.value)} rows={k === 'description' ? 8 : 3} readOnly={!editing} />
          : <input {...p} ref={k === 'title' ? title : undefined} type={opts.type ?? 'text'} inputMode={opts.inputMode} value={form[k]}
              onChange={(e) => set(k, e.target.value)} readOnly={!editing} />}
      </FormRow>
    );
  };
  const select = (k: 'schoolLevel' | 'regionCode', options: { code: string; label: string }[]) => (
    <FormRow label={t(`fields.${k}`)} problem={editing ? problems[k] : undefined}>
      {(p) => (
        <select {...p} value={form[k]} onChange={(e) => set(k, e.target.value)} disabled={!editing}>
          <option value="">{t('common.choose')}</option>
          {options.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
        </select>
      )}
    </FormRow>
  );
  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); void autosave.flush(); }} aria-labelledby="content-title" noValidate>
      <div className="form-head">
        <h2 id="content-title">{t('submission.content')}</h2>
        <p role="status" className="autosave">{status}</p>
      </div>
      {editing && autosave.state === 'error' && <ErrorAlert error={autosave.error} />}
      {row('title')}
      {row('summary', { area: true })}
      {row('description', { area: true })}
      <div className="grid-2">
        {row('discipline')}
        {select('schoolLevel', (levels.data ?? []).map((l) => ({ code: l.code, label: localized(l.label, lang) })))}
        {select('regionCode', (regions.data ?? []).map((r) => ({ code: r.code, label: localized(r.name, lang) })))}
        {row('schoolName')}
        {row('pupilsCount', { inputMode: 'numeric' })}
      </div>
      {row('technologies', { area: true, hint: t('submission.onePerLine') })}
      {row('coAuthors', { area: true, hint: t('submission.onePerLine') })}
      <div className="grid-2">
        {row('videoUrl', { type: 'url' })}
        {row('siteUrl', { type: 'url' })}
      </div>
      <PupilsDeclaration state={state} editing={editing} />
      {editing && <button type="submit" className="secondary">{t('common.saveNow')}</button>}
    </form>
  );
}
