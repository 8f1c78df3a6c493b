import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { usePrivacyNotice } from '../api/get-privacy-notice';
import { PrivacyNoticeText } from './PrivacyNoticeText';

/** The public page of the privacy notice, linked from every page's footer. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const notice = usePrivacyNotice();
  return (
    <section className="narrow">
      <h1>{t('privacy.pageTitle')}</h1>
      <ErrorAlert error={notice.error} />
      {notice.data ? <PrivacyNoticeText notice={notice.data} /> : !notice.error && <p role="status">{t('privacy.loading')}</p>}
    </section>
  );
}
