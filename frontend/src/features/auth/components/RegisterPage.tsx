import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import type { Lang } from '@/config';
import { useRegister } from '../api/register';
import { PasswordField } from './PasswordField';

/**
 * A teacher registers; the answer is the same whether or not the address already has an account, so
 * the page always says to check the mailbox (the link there confirms the address and signs in).
 */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const register = useRegister();
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', password: '' });
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    register.mutate({ ...form, preferredLanguage: i18n.language as Lang });
  };
  if (register.isSuccess) {
    return (
      <section className="narrow">
        <h1>{t('auth.checkEmailTitle')}</h1>
        <p role="status" className="alert alert-success">{t('auth.checkEmail', { email: register.data.email })}</p>
        <p>{t('auth.checkEmailHelp')}</p>
        <p><Link to="/login">{t('nav.login')}</Link></p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t('auth.registerTitle')}</h1>
      <p>{t('auth.registerIntro')}</p>
      <ErrorAlert error={register.error} />
      <form onSubmit={submit}>
        <Field label={t('fields.firstName')} name="firstName" error={register.error}>
          {(p) => <input {...p} autoComplete="given-name" value={form.firstName} onChange={set('firstName')} required maxLength={100} />}
        </Field>
        <Field label={t('fields.lastName')} name="lastName" error={register.error}>
          {(p) => <input {...p} autoComplete="family-name" value={form.lastName} onChange={set('lastName')} required maxLength={100} />}
        </Field>
        <Field label={t('fields.email')} name="email" error={register.error} hint={t('auth.emailHint')}>
          {(p) => <input {...p} type="email" autoComplete="email" value={form.email} onChange={set('email')} required maxLength={254} />}
        </Field>
        <PasswordField label={t('fields.password')} name="password" error={register.error} value={form.password}
          onChange={(password) => setForm({ ...form, password })} />
        <button type="submit" disabled={register.isPending}>{t('auth.createAccount')}</button>
      </form>
    </section>
  );
}
