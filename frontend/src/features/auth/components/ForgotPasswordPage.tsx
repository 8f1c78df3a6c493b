import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate(email);
  };
  return (
    <section className="narrow">
      <h1>{t('password.forgotTitle')}</h1>
      <p>{t('password.forgotIntro')}</p>
      <ErrorAlert error={request.error} />
      {request.isSuccess ? (
        <p role="status" className="alert alert-success">{t('password.sent')}</p>
      ) : (
        <form onSubmit={submit}>
          <Field label={t('fields.email')} name="email" error={request.error}>
            {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
          </Field>
          <button type="submit" disabled={request.isPending}>{t('password.send')}</button>
        </form>
      )}
    </section>
  );
}
