import { useId, type ReactNode } from 'react';
import { isApiError } from '@/lib/api/problem';
import { useProblemText } from '@/lib/api/problem-text';

type FieldProps = {
  label: string;
  /** The API field name, to show its validation error next to it. */
  name?: string;
  error?: unknown;
  hint?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
};

/** A labelled form control with its hint and the API's error for that field. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  const text = useProblemText();
  const id = useId();
  const fieldError = name && isApiError(error) ? error.fieldError(name) : undefined;
  const describedBy = [hint ? `${id}-hint` : '', fieldError ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': fieldError ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {fieldError && (
        <p id={`${id}-error`} className="field-error">
          {text.message(error, fieldError)}
        </p>
      )}
    </div>
  );
}
