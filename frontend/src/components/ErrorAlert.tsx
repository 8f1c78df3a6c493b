import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { useProblemText, type FieldLabels } from '@/lib/api/problem-text';

/** The message of an error in the user's language: by problem type, else by status. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error)) {
      const bySlug = `problems.${error.slug}`;
      if (error.slug && i18n.exists(bySlug)) return t(bySlug);
      const byStatus = `problems.status${error.status}`;
      if (i18n.exists(byStatus)) return t(byStatus);
    }
    return t('problems.generic');
  };
}

/**
 * An error: the client's sentence for its kind, the server's detail when it is in the page's
 * language, and each refused field by its label (from `labels`, else a known name) with what is
 * wrong with it. Never a field's code, never a sentence in another language.
 */
export function ErrorAlert({ error, labels }: { error: unknown; labels?: FieldLabels }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const text = useProblemText();
  if (!error) return null;
  const lead = message(error);
  const detail = text.detail(error);
  const fields = isApiError(error) && (error.status === 400 || error.status === 422) ? error.fieldErrors : [];
  return (
    <div role="alert" className="alert alert-error">
      <p>{lead}</p>
      {detail && detail !== lead && fields.length === 0 && <p dir="auto">{detail}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map((e, i) => (
            <li key={`${e.field}-${i}`} dir="auto">
              {t('serverErrors.fieldMessage', { field: text.label(e.field, labels), message: text.message(error, e) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('common.loading')}
    </p>
  );
}

/** Loading, error or the content of a query. */
export function QueryState({ query, children }: { query: { isPending: boolean; error: unknown }; children: () => React.ReactNode }) {
  if (query.error) return <ErrorAlert error={query.error} />;
  if (query.isPending) return <Loading />;
  return <>{children()}</>;
}
