import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from './problem';
import type { FieldError } from './types';

/** The labels of a form's fields by API field name (`title`, `forum.city`), to name a refused field. */
export type FieldLabels = Record<string, string>;

const primary = (language: string | undefined) => (language ?? '').split(/[-_,;\s]/)[0].toLowerCase();

/** Whether the server wrote an error's texts in a language (such as the page's `i18n.language`). */
export function writtenIn(error: ApiError, language: string | undefined): boolean {
  return primary(error.language) !== '' && primary(error.language) === primary(language);
}

/**
 * The server's own words for an error, in the page's language only: the server writes the title,
 * detail and field messages in the language the request asked for (`Accept-Language`), so they are
 * shown when that is still the page's language, and replaced by the client's texts otherwise (the
 * language was changed since, or the server had no translation and answered in English).
 */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  const inPageLanguage = (error: ApiError) => writtenIn(error, i18n.resolvedLanguage ?? i18n.language);

  /** The server's detail of a problem, or null when it is not in the page's language. */
  const detail = (error: unknown): string | null =>
    isApiError(error) && error.problem.detail && inPageLanguage(error) ? error.problem.detail : null;

  /** What is wrong with a field: the server's message, else the client's generic one. */
  const message = (error: unknown, fieldError: FieldError): string =>
    isApiError(error) && inPageLanguage(error) && fieldError.message ? fieldError.message : t('serverErrors.invalid');

  /**
   * The label of a refused field, never its code: the form's own label, else a known field's name,
   * else "a field". `technologies[2]` and `input.siteUrl` are named as `technologies` and `siteUrl`.
   */
  const label = (field: string, labels: FieldLabels = {}): string => {
    const path = field.replace(/\[[^\]]*\]/g, '').replace(/^\.+|\.+$/g, '');
    const last = path.split('.').filter(Boolean).pop() ?? '';
    const candidates = [labels[field], labels[path], labels[last]];
    const known = candidates.find((c) => typeof c === 'string' && c.length > 0);
    if (known) return known;
    for (const key of [`serverErrors.fields.${path.replace(/\./g, '_')}`, `fields.${last}`, `serverErrors.fields.${last}`]) {
      if (path && i18n.exists(key)) return t(key);
    }
    return t('serverErrors.someField');
  };

  return { detail, message, label };
}
