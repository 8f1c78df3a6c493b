import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LOCALES, type Lang } from '@/config';
import { isApiError } from '@/lib/api/problem';

/** The wait a 429 problem asks for (its `retryAfter`, the `Retry-After` of the answer), in seconds. */
function retryAfterSeconds(error: unknown): number | null {
  if (!isApiError(error) || error.status !== 429) return null;
  const seconds = Number(error.problem.retryAfter);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** A wait in whole minutes (rounded up), with the unit spelled out the way the language says it. */
function minutes(seconds: number, lang: string): string {
  return new Intl.NumberFormat(LOCALES[lang as Lang] ?? LOCALES.fr, { style: 'unit', unit: 'minute', unitDisplay: 'long' })
    .format(Math.ceil(seconds / 60));
}

/** The error of a sign-in form; after too many attempts, it says how long to wait before trying again. */
export function AuthErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const wait = retryAfterSeconds(error);
  if (wait === null) return <ErrorAlert error={error} />;
  return (
    <div role="alert" className="alert alert-error">
      <p>{t('auth.tryAgainIn', { wait: minutes(wait, i18n.language) })}</p>
    </div>
  );
}
