import { useMemo, useRef, useState } from 'react';
import i18n from 'i18next';
import { isApiError } from '@/lib/api/problem';
import { writtenIn } from '@/lib/api/problem-text';
import type { Submission } from '@/lib/api/types';
import { updateSubmission } from '../api/update-submission';
import {
  PROJECT_FIELDS, missingFields, sameContent, savable, toForm, toInput, validate,
  type ProjectField, type ProjectForm,
} from './projectForm';
import { useAutosave, type SaveOutcome } from './useAutosave';

type Refused = Partial<Record<ProjectField, { value: string; message: string }>>;

/**
 * The fields a validation problem of the server names (`title`, `technologies[2]`, `input.siteUrl`),
 * with the server's message when it is in the page's language (else none: the client says it).
 */
function refusedFields(error: unknown): { field: ProjectField; message: string }[] {
  if (!isApiError(error) || (error.status !== 400 && error.status !== 422)) return [];
  const ownLanguage = writtenIn(error, i18n.resolvedLanguage ?? i18n.language);
  return error.fieldErrors.flatMap((e) => {
    const field = PROJECT_FIELDS.find((f) => new RegExp(`(^|\\.)${f}(\\[|\\.|$)`).test(e.field));
    return field ? [{ field, message: ownLanguage ? e.message : '' }] : [];
  });
}

/**
 * The project being edited: the form, what is wrong with each field, and the autosave. A field
 * with a problem is not sent (it keeps its saved value) so every other change is saved anyway.
 */
export function useProjectForm(submission: Submission, editing: boolean, onSaved: (s: Submission) => void) {
  const [form, setForm] = useState<ProjectForm>(() => toForm(submission));
  const [refused, setRefused] = useState<Refused>({});
  const saved = useRef<ProjectForm>(toForm(submission));
  const version = useRef(submission.version);
  version.current = Math.max(version.current, submission.version);
  const submitted = submission.status === 'SUBMITTED';
  const problems = useMemo(() => validate(form, submitted, refused), [form, submitted, refused]);

  const send = async (f: ProjectForm, known: Refused): Promise<SaveOutcome> => {
    const body = savable(f, saved.current, validate(f, submitted, known));
    if (sameContent(body, saved.current)) return 'unchanged';
    try {
      const result = await updateSubmission({ submissionId: submission.id, body: toInput(body, version.current) });
      saved.current = toForm(result);
      version.current = result.version;
      onSaved(result);
      return 'saved';
    } catch (e) {
      // A value the server refuses for a reason the client does not check: keep it out and save the rest.
      const fresh = refusedFields(e).filter(({ field }) => !known[field] || known[field].value !== f[field]);
      if (fresh.length === 0) throw e;
      const next = { ...known };
      for (const { field, message } of fresh) next[field] = { value: f[field], message };
      setRefused(next);
      return send(f, next);
    }
  };
  const refusedRef = useRef(refused);
  refusedRef.current = refused;
  const autosave = useAutosave(form, (f) => send(f, refusedRef.current), editing);

  const set = (field: ProjectField, value: string) => setForm((f) => ({ ...f, [field]: value }));
  const unsaved = PROJECT_FIELDS.filter((f) => problems[f] && form[f] !== saved.current[f]);
  return { form, set, problems, unsaved, missing: missingFields(form), autosave };
}

export type ProjectFormState = ReturnType<typeof useProjectForm>;
