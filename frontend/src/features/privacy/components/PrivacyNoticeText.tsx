import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PrivacyNotice } from '@/lib/api/types';
import { counted, isolate } from '@/lib/i18n/format';

/**
 * The whole notice (law 09-08) in the reader's language, with the facts the operator configured:
 * controller, contact, CNDP declaration (or that it is pending) and retention periods.
 */
export function PrivacyNoticeText({ notice, headingLevel = 2 }: { notice: PrivacyNotice; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="privacy-notice">
      <p>{t('privacy.intro')}</p>
      <p className="muted small">{t('privacy.version', { version: notice.version })}</p>
      <H>{t('privacy.controllerTitle')}</H>
      <p>{t('privacy.controller', { controller: isolate(notice.controller) })}</p>
      <p>{notice.cndpDeclaration ? t('privacy.cndp', { number: isolate(notice.cndpDeclaration) }) : t('privacy.cndpPending')}</p>
      <H>{t('privacy.purposesTitle')}</H>
      <ul>
        <li>{t('privacy.purposes.contest')}</li>
        <li>{t('privacy.purposes.contact')}</li>
        <li>{t('privacy.purposes.results')}</li>
        <li>{t('privacy.purposes.statistics')}</li>
      </ul>
      <H>{t('privacy.dataTitle')}</H>
      <p>{t('privacy.data')}</p>
      <H>{t('privacy.recipientsTitle')}</H>
      <ul>
        <li>{t('privacy.recipients.organisers')}</li>
        <li>{t('privacy.recipients.jurors')}</li>
        <li>{t('privacy.recipients.public')}</li>
      </ul>
      <H>{t('privacy.pupilsTitle')}</H>
      <p>{t('privacy.pupils')}</p>
      <H>{t('privacy.retentionTitle')}</H>
      <ul>
        <li>{t('privacy.retention.evidence', counted(notice.evidenceRetentionMonths, i18n.language))}</li>
        <li>{t('privacy.retention.emails', counted(notice.emailRetentionDays, i18n.language))}</li>
        <li>{t('privacy.retention.account')}</li>
      </ul>
      <H>{t('privacy.rightsTitle')}</H>
      <p>{t('privacy.rights')}</p>
      <H>{t('privacy.exerciseTitle')}</H>
      <p>
        {t('privacy.exercise')}{' '}
        <a href={`mailto:${notice.contactEmail}`} dir="ltr">{notice.contactEmail}</a>
      </p>
      <p><Link to="/my-data">{t('privacy.myDataLink')}</Link></p>
      <p>{t('privacy.complaint')}</p>
    </div>
  );
}
