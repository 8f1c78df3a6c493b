import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Field } from '@/components/Field';
import { useLogin } from '../api/login';
import { AuthErrorAlert } from './AuthErrorAlert';

const HOME_OF = { TEACHER: '/teacher', JURY: '/jury', COORDINATOR: '/coordinator', ADMIN: '/admin' } as const;

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email, password }, { onSuccess: (account) => void navigate(params.get('next') ?? HOME_OF[account.role]) });
  };
  return (
    <section className="narrow">
      <h1>{t('auth.loginTitle')}</h1>
      {params.get('registered') && <p role="status" className="alert alert-success">{t('auth.registered')}</p>}
      <AuthErrorAlert error={login.error} />
      <form onSubmit={submit}>
        <Field label={t('fields.email')} name="email" error={login.error}>
          {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
        </Field>
        <Field label={t('fields.password')} name="password" error={login.error}>
          {(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        <button type="submit" disabled={login.isPending}>{t('auth.login')}</button>
      </form>
      <p><Link to="/forgot-password">{t('password.forgotLink')}</Link></p>
      <p>{t('auth.noAccount')} <Link to="/register">{t('nav.register')}</Link></p>
    </section>
  );
}
