import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Lang } from '@/config';
import { counted, formatNumber } from '@/lib/i18n/format';
import type { FieldProblem, ProjectField } from './projectForm';

type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };

/** The sentence that says what is wrong with a field. */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (problem: FieldProblem): ReactNode => {
    switch (problem.kind) {
      case 'tooShort': return t('submission.problem.tooShort', counted(problem.min, i18n.language));
      case 'tooLong': return t('submission.problem.tooLong', counted(problem.max, i18n.language));
      case 'pupils': return t('submission.problem.pupils', { min: n(problem.min), max: n(problem.max) });
      case 'url': return t('submission.problem.url');
      case 'tooManyItems': return t('submission.problem.tooManyItems', { max: n(problem.max) });
      case 'itemTooLong': return t('submission.problem.itemTooLong', counted(problem.max, i18n.language));
      case 'required': return t('submission.problem.required');
      case 'refused': return problem.message ? `${t('submission.problem.refused')} ${problem.message}` : t('serverErrors.invalid');
    }
  };
}

/** Field labels as a list in the reader's language ("Titre du projet et Résumé"). */
export function useFieldList() {
  const { t, i18n } = useTranslation();
  const format = new Intl.ListFormat(LOCALES[i18n.language as Lang] ?? LOCALES.fr, { type: 'conjunction' });
  return (fields: ProjectField[]) => format.format(fields.map((f) => t(`fields.${f}`)));
}

/**
 * A labelled control with its hint, a live character counter when the contract bounds its length
 * (the text is never cut: beyond the limit it is an error), and what is wrong with its value.
 */
export function FormRow({ label, hint, length, max, problem, children }: {
  label: string;
  hint?: string;
  /** The current length, shown against `max` while the field can be edited. */
  length?: number;
  max?: number;
  problem?: FieldProblem;
  children: (props: ControlProps) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const id = useId();
  const hasCounter = length !== undefined && max !== undefined;
  const describedBy = [problem ? `${id}-error` : '', hint ? `${id}-hint` : '', hasCounter ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined;
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined })}
      {hasCounter && (
        <p id={`${id}-count`} className={length > max ? 'field-error' : 'hint'}>
          <span aria-hidden="true">{t('submission.counter', { n: n(length), max: n(max) })}</span>
          <span className="sr-only">{t('submission.counterLong', { ...counted(length, i18n.language), max: n(max) })}</span>
        </p>
      )}
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {problem && <p id={`${id}-error`} className="field-error">{problemText(problem)}</p>}
    </div>
  );
}
