import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Dialog } from '@/components/Dialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api/problem';
import { sessionStore, useSession } from '@/lib/auth/session';
import { useAcceptPrivacyNotice } from '../api/accept-privacy-notice';
import { useMyConsent } from '../api/get-my-consent';
import { usePrivacyNotice } from '../api/get-privacy-notice';
import { PrivacyNoticeText } from './PrivacyNoticeText';

/**
 * On every page, while the signed-in person has not accepted the current privacy notice (never, or
 * an older version), a dialog shows the notice and nothing else can be done but accept it or log out.
 */
export function PrivacyConsentGate() {
  const session = useSession();
  const me = useMyConsent(session !== null);
  // The answer of /api/me is fresher than the session's copy (a notice published since the login).
  useEffect(() => {
    const current = sessionStore.get();
    if (me.data && current && current.account.id === me.data.id
      && (current.account.privacyConsentRequired !== me.data.privacyConsentRequired
        || current.account.privacyNoticeVersion !== me.data.privacyNoticeVersion)) {
      sessionStore.updateAccount(me.data);
    }
  }, [me.data]);
  if (!session?.account.privacyConsentRequired) return null;
  return <ConsentDialog accepted={session.account.privacyNoticeVersion} />;
}

function ConsentDialog({ accepted }: { accepted?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notice = usePrivacyNotice();
  const accept = useAcceptPrivacyNotice();
  const logout = () => {
    sessionStore.set(null);
    qc.removeQueries({ queryKey: ['me'] });
    void navigate('/');
  };
  const outdated = isApiError(accept.error) && accept.error.status === 409;
  return (
    // Blocking: Escape does not close it; the only ways out are accepting and logging out.
    <Dialog title={t('privacy.dialogTitle')} onClose={() => undefined}>
      {notice.data ? (
        <>
          <p className="lead">{t(accepted === undefined ? 'privacy.dialogNew' : 'privacy.dialogUpdated', { version: notice.data.version })}</p>
          <PrivacyNoticeText notice={notice.data} headingLevel={3} />
        </>
      ) : (
        <p role="status">{t('privacy.loading')}</p>
      )}
      <ErrorAlert error={notice.error} />
      {outdated ? <p role="alert" className="alert alert-error">{t('privacy.outdated')}</p> : <ErrorAlert error={accept.error} />}
      <div className="button-row consent-actions">
        <button type="button" disabled={!notice.data || accept.isPending}
          onClick={() => notice.data && accept.mutate(notice.data.version)}>
          {t('privacy.acceptButton')}
        </button>
        <button type="button" className="secondary" onClick={logout}>{t('privacy.logout')}</button>
      </div>
    </Dialog>
  );
}
