import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { useProblemText } from '@/lib/api/problem-text';

/** The API's English messages of the password rules, and their keys under `passwordRules` (other languages: the server's own words). */
const RULES: Record<string, string> = {
  'must have at least 10 characters': 'short',
  'must be at most 72 bytes long in UTF-8': 'long',
  'must contain at least one letter and one digit': 'letterAndDigit',
  'is a common password: choose a less predictable one': 'common',
  'must not be made of repeated or consecutive characters': 'trivial',
  'must not contain your email address or your name': 'personal',
  'must differ from the current password': 'same',
};

type PasswordFieldProps = {
  label: string;
  /** The API field name, to show its error next to it. */
  name: string;
  error?: unknown;
  value: string;
  onChange: (value: string) => void;
};

/**
 * A new password, with the rule it must follow and, when the API refuses it, which rule it breaks
 * in the user's language.
 */
export function PasswordField({ label, name, error, value, onChange }: PasswordFieldProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const id = useId();
  const fieldError = isApiError(error) ? error.fieldError(name) : undefined;
  const rule = fieldError ? RULES[fieldError.message] : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id} name={name} type="password" autoComplete="new-password" value={value} required minLength={10} maxLength={72}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={fieldError ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={fieldError ? true : undefined}
      />
      <p id={`${id}-hint`} className="hint">{t('auth.passwordHint')}</p>
      {fieldError && (
        <p id={`${id}-error`} className="field-error">
          {rule ? t(`passwordRules.${rule}`) : text.message(error, fieldError)}
        </p>
      )}
    </div>
  );
}
