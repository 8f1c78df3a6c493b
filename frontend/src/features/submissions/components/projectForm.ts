import type { Submission, SubmissionInput } from '@/lib/api/types';

/** The project form as the teacher types it: text everywhere, lists one item a line. */
export type ProjectForm = {
  title: string; summary: string; description: string; discipline: string; schoolLevel: string; regionCode: string;
  schoolName: string; coAuthors: string; technologies: string; pupilsCount: string; videoUrl: string; siteUrl: string;
  /** The pupils declaration: '' (not answered yet), 'true' or 'false'. */
  evidenceShowsPupils: string;
  /** 'true' once the author certifies the parents' authorisations are held (only when pupils are shown). */
  parentalAuthorisationsHeld: string;
};
export type ProjectField = keyof ProjectForm;

export const PROJECT_FIELDS: ProjectField[] = [
  'title', 'summary', 'description', 'discipline', 'schoolLevel', 'regionCode', 'schoolName', 'pupilsCount',
  'technologies', 'coAuthors', 'videoUrl', 'siteUrl', 'evidenceShowsPupils', 'parentalAuthorisationsHeld',
];

/**
 * The limits of `SubmissionInput` in openapi.yaml, the one place they are decided
 * (projectForm.test.ts checks that these copies still match it).
 */
export const LIMITS = {
  title: { minLength: 3, maxLength: 200 },
  summary: { maxLength: 1000 },
  description: { maxLength: 20000 },
  discipline: { maxLength: 100 },
  schoolName: { maxLength: 200 },
  videoUrl: { maxLength: 500 },
  siteUrl: { maxLength: 500 },
  pupilsCount: { minimum: 1, maximum: 100000 },
  coAuthors: { maxItems: 10, maxLength: 150 },
  technologies: { maxItems: 20, maxLength: 100 },
} as const;

export const URL_PATTERN = /^https?:\/\/\S+$/;

/** The fields that submitting requires, in the order of `Submission.missingForSubmission` on the server. */
export const REQUIRED_TO_SUBMIT: ProjectField[] = [
  'title', 'summary', 'description', 'discipline', 'schoolLevel', 'regionCode', 'schoolName', 'technologies', 'pupilsCount',
  'evidenceShowsPupils', 'parentalAuthorisationsHeld',
];

/** Why a field's value cannot be saved. */
export type FieldProblem =
  | { kind: 'tooShort'; min: number }
  | { kind: 'tooLong'; max: number }
  | { kind: 'pupils'; min: number; max: number }
  | { kind: 'url' }
  | { kind: 'tooManyItems'; max: number }
  | { kind: 'itemTooLong'; max: number }
  | { kind: 'required' }
  | { kind: 'refused'; message: string };

export type FieldProblems = Partial<Record<ProjectField, FieldProblem>>;

export const lines = (text: string) => text.split(/[\n,;]/).map((s) => s.trim()).filter(Boolean);

export function toForm(s: Submission): ProjectForm {
  return {
    title: s.title, summary: s.summary ?? '', description: s.description ?? '', discipline: s.discipline ?? '',
    schoolLevel: s.schoolLevel ?? '', regionCode: s.regionCode ?? '', schoolName: s.schoolName ?? '',
    coAuthors: s.coAuthors.join('\n'), technologies: s.technologies.join('\n'), pupilsCount: s.pupilsCount ? String(s.pupilsCount) : '',
    videoUrl: s.videoUrl ?? '', siteUrl: s.siteUrl ?? '',
    evidenceShowsPupils: s.evidenceShowsPupils === undefined ? '' : s.evidenceShowsPupils ? 'true' : 'false',
    parentalAuthorisationsHeld: s.evidenceShowsPupils && s.parentalAuthorisationsHeld ? 'true' : '',
  };
}

export function toInput(f: ProjectForm, version: number): SubmissionInput {
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  return {
    title: f.title.trim(), summary: orNull(f.summary), description: orNull(f.description), discipline: orNull(f.discipline),
    schoolLevel: (orNull(f.schoolLevel) as SubmissionInput['schoolLevel']) ?? null, regionCode: orNull(f.regionCode),
    schoolName: orNull(f.schoolName), coAuthors: lines(f.coAuthors), technologies: lines(f.technologies),
    pupilsCount: f.pupilsCount.trim() ? Number(f.pupilsCount.trim()) : null, videoUrl: orNull(f.videoUrl), siteUrl: orNull(f.siteUrl),
    // Not answered yet: null leaves the declaration as it is (nothing declared).
    evidenceShowsPupils: f.evidenceShowsPupils === '' ? null : f.evidenceShowsPupils === 'true',
    parentalAuthorisationsHeld: f.evidenceShowsPupils === '' ? null : f.evidenceShowsPupils === 'true' && f.parentalAuthorisationsHeld === 'true',
    version,
  };
}

/** Whether two forms would save the same content. */
export function sameContent(a: ProjectForm, b: ProjectForm): boolean {
  return JSON.stringify(toInput(a, 0)) === JSON.stringify(toInput(b, 0));
}

/** What the contract finds wrong with one field's value, if anything. */
export function fieldProblem(field: ProjectField, value: string): FieldProblem | undefined {
  const text = value.trim();
  switch (field) {
    case 'title':
      if (text.length < LIMITS.title.minLength) return { kind: 'tooShort', min: LIMITS.title.minLength };
      break;
    case 'pupilsCount': {
      const { minimum, maximum } = LIMITS.pupilsCount;
      if (text && !(/^\d+$/.test(text) && Number(text) >= minimum && Number(text) <= maximum)) return { kind: 'pupils', min: minimum, max: maximum };
      return undefined;
    }
    case 'coAuthors':
    case 'technologies': {
      const items = lines(value);
      const limit = LIMITS[field];
      if (items.length > limit.maxItems) return { kind: 'tooManyItems', max: limit.maxItems };
      if (items.some((item) => item.length > limit.maxLength)) return { kind: 'itemTooLong', max: limit.maxLength };
      return undefined;
    }
    default:
      break;
  }
  const max = maxLengthOf(field);
  if (max !== undefined && value.length > max) return { kind: 'tooLong', max };
  if ((field === 'videoUrl' || field === 'siteUrl') && text && !URL_PATTERN.test(text)) return { kind: 'url' };
  return undefined;
}

/** The contract's maximum length of a text field, shown as a live counter. */
export function maxLengthOf(field: ProjectField): number | undefined {
  const limit = (LIMITS as Record<string, { maxLength?: number; maxItems?: number }>)[field];
  return limit && limit.maxItems === undefined ? limit.maxLength : undefined;
}

/**
 * What is wrong with each field, as the contract checks it; a SUBMITTED project must also keep
 * every field that submitting requires. `refused` holds the values the server refused for a
 * reason the client does not know: they stay refused until the teacher changes them.
 */
export function validate(form: ProjectForm, submitted: boolean, refused: Partial<Record<ProjectField, { value: string; message: string }>> = {}): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of PROJECT_FIELDS) {
    const problem = fieldProblem(field, form[field])
      ?? (submitted && REQUIRED_TO_SUBMIT.includes(field) && isBlank(form, field) ? { kind: 'required' as const } : undefined)
      ?? (refused[field] && refused[field].value === form[field] ? { kind: 'refused' as const, message: refused[field].message } : undefined);
    if (problem) problems[field] = problem;
  }
  return problems;
}

function isBlank(form: ProjectForm, field: ProjectField): boolean {
  switch (field) {
    case 'technologies': return lines(form.technologies).length === 0;
    // Needed only when the evidence shows pupils (the same rule as the server's).
    case 'parentalAuthorisationsHeld': return form.evidenceShowsPupils === 'true' && form.parentalAuthorisationsHeld !== 'true';
    default: return !form[field].trim();
  }
}

/** The fields submitting still needs, from what the form holds now (the same rule as the server's). */
export function missingFields(form: ProjectForm): ProjectField[] {
  return REQUIRED_TO_SUBMIT.filter((field) => isBlank(form, field));
}

/** The form to save: every field with a problem keeps its last saved value, so the others are saved anyway. */
export function savable(form: ProjectForm, saved: ProjectForm, problems: FieldProblems): ProjectForm {
  const out = { ...form };
  for (const field of Object.keys(problems) as ProjectField[]) out[field] = saved[field];
  // A submitted project cannot show pupils without the authorisations: the two answers are saved together.
  if (problems.parentalAuthorisationsHeld) out.evidenceShowsPupils = saved.evidenceShowsPupils;
  return out;
}
