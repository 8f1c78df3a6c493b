import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { PasswordField } from './PasswordField';

/** The page of the emailed link: a forgotten password, or the first password of an account an administrator created. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate({ token, password });
  };
  return (
    <section className="narrow">
      <h1>{t('password.resetTitle')}</h1>
      {!token && <p role="alert" className="alert alert-error">{t('problems.invalid-token')}</p>}
      <ErrorAlert error={confirm.error} />
      {confirm.isSuccess ? (
        <p role="status" className="alert alert-success">{t('password.done')} <Link to="/login">{t('nav.login')}</Link></p>
      ) : (
        <form onSubmit={submit}>
          <PasswordField label={t('password.new')} name="password" error={confirm.error} value={password} onChange={setPassword} />
          <button type="submit" disabled={confirm.isPending || !token}>{t('password.set')}</button>
        </form>
      )}
    </section>
  );
}
