import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import type { Lang } from '@/config';
import { useRegister } from '../api/register';
import { login } from '../api/login';

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const register = useRegister();
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', password: '' });
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    register.mutate(
      { ...form, preferredLanguage: i18n.language as Lang },
      {
        onSuccess: async () => {
          await login({ email: form.email, password: form.password });
          void navigate('/profile?welcome=1');
        },
      },
    );
  };
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
        <Field label={t('fields.email')} name="email" error={register.error}>
          {(p) => <input {...p} type="email" autoComplete="email" value={form.email} onChange={set('email')} required />}
        </Field>
        <Field label={t('fields.password')} name="password" error={register.error} hint={t('auth.passwordHint')}>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={form.password} onChange={set('password')} required minLength={10} maxLength={72} />}
        </Field>
        <button type="submit" disabled={register.isPending}>{t('auth.createAccount')}</button>
      </form>
    </section>
  );
}
