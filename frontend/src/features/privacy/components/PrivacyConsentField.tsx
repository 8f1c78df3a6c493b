import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api/problem';
import { usePrivacyNotice } from '../api/get-privacy-notice';
import { isolate } from '@/lib/i18n/format';

/**
 * The registration's consent: the notice's summary, a link to the whole notice, and the required
 * checkbox. Ticking it accepts the version shown (`onChange(version)`); unticking withdraws it (`null`).
 */
export function PrivacyConsentField({ version, onChange, error }: {
  version: number | null;
  onChange: (version: number | null) => void;
  /** The registration's answer, for the error of `privacyNoticeVersion`. */
  error?: unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  const notice = usePrivacyNotice();
  const fieldError = isApiError(error) ? error.fieldError('privacyNoticeVersion') : undefined;
  const current = notice.data?.version;
  // Refused as not the current version: the notice changed since it was read; read it again.
  const { refetch } = notice;
  useEffect(() => {
    if (fieldError) void refetch();
  }, [fieldError, refetch]);
  return (
    <fieldset className="privacy-consent">
      <legend>{t('privacy.summaryTitle')}</legend>
      {notice.data ? (
        <p>{t('privacy.summary', { controller: isolate(notice.data.controller) })}</p>
      ) : (
        <p role="status" className="muted">{t('privacy.loading')}</p>
      )}
      <p><Link to="/privacy" target="_blank" rel="noopener">{t('privacy.readFull')}</Link></p>
      <label className="checkbox">
        <input id={id} type="checkbox" required disabled={current === undefined}
          checked={current !== undefined && version === current}
          aria-describedby={fieldError ? `${id}-error` : `${id}-hint`} aria-invalid={fieldError ? true : undefined}
          onChange={(e) => onChange(e.target.checked && current !== undefined ? current : null)} />
        <span>{t('privacy.accept', { version: current ?? '' })}</span>
      </label>
      <p id={`${id}-hint`} className="hint">{t('privacy.acceptRequired')}</p>
      {fieldError && (
        <p id={`${id}-error`} className="field-error">
          {t('privacy.outdated')}
        </p>
      )}
    </fieldset>
  );
}
