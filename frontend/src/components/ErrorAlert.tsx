import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';

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

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  const missing = isApiError(error) && error.status === 422 ? error.fieldErrors : [];
  return (
    <div role="alert" className="alert alert-error">
      <p>{message(error)}</p>
      {missing.length > 0 && (
        <ul>
          {missing.map((e) => (
            <li key={e.field}>{t(`fields.${e.field}`, { defaultValue: e.field })}</li>
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
