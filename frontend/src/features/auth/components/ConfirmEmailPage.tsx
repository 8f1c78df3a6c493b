import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/ErrorAlert';
import { useConfirmEmail } from '../api/confirm-email';

/** The page of the link mailed at registration: confirms the address, signs the teacher in, and opens their profile. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmEmail();
  const sent = useRef(false);
  useEffect(() => {
    // Once, even when React runs effects twice: the link works a single time.
    if (!token || sent.current) return;
    sent.current = true;
    confirm.mutate({ token }, { onSuccess: () => void navigate('/profile?welcome=1', { replace: true }) });
  }, [token, confirm, navigate]);
  return (
    <section className="narrow">
      <h1>{t('confirmEmail.title')}</h1>
      {!token && <p role="alert" className="alert alert-error">{t('confirmEmail.invalid')}</p>}
      {confirm.isPending && <Loading />}
      {confirm.isError && (
        <>
          <ErrorAlert error={confirm.error} />
          <p>{t('confirmEmail.invalid')} <Link to="/register">{t('nav.register')}</Link></p>
        </>
      )}
    </section>
  );
}
