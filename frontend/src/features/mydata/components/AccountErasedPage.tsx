import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { sessionStore } from '@/lib/auth/session';
import { formatNumber } from '@/lib/i18n/format';
import type { ErasureReport } from '../api/erase-me';

/** Where an erased account lands: the session ends here, and the page says what was done. */
export function AccountErasedPage() {
  const { t, i18n } = useTranslation();
  const report = useLocation().state as ErasureReport | null;
  useEffect(() => {
    // Only after an erasure (the page carries its report): a visit by address signs nobody out.
    if (report) sessionStore.set(null);
  }, [report]);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <>
      <h1>{t('myData.erasedTitle')}</h1>
      <div role="status" className="alert alert-success">
        <p>{t('myData.erasedDone')}</p>
      </div>
      {report && (
        <ul>
          <li>{t('myData.reportDeleted', { count: report.projectsDeleted, n: n(report.projectsDeleted) })}</li>
          <li>{t('myData.reportAnonymised', { count: report.projectsAnonymised, n: n(report.projectsAnonymised) })}</li>
          <li>{t('myData.reportFiles', { count: report.filesErased, n: n(report.filesErased) })}</li>
          <li>{t('myData.reportEmails', { count: report.emailsErased, n: n(report.emailsErased) })}</li>
        </ul>
      )}
      <p><Link to="/">{t('myData.home')}</Link></p>
    </>
  );
}
