import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '@/components/Field';
import type { Lang } from '@/config';
import type { SchoolLevelCode } from '@/lib/api/types';
import { useRegister } from '../api/register';
import { AuthErrorAlert } from './AuthErrorAlert';
import { PasswordField } from './PasswordField';
import { RegionSelect, SchoolLevelSelect } from './ProfileSelects';

/** The privacy notice's consent, given by the app (another feature): the version accepted, or null. */
export type ConsentField = { version: number | null; onChange: (version: number | null) => void; error?: unknown };

/**
 * A teacher registers; the answer is the same whether or not the address already has an account, so
 * the page always says to check the mailbox (the link there confirms the address and signs in).
 * Registering accepts the privacy notice (`consent`: its summary and a required checkbox).
 */
export function RegisterPage({ consent }: { consent: (field: ConsentField) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const register = useRegister();
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', password: '', regionCode: '', schoolName: '', schoolLevel: '', discipline: '',
  });
  const [privacyNoticeVersion, setPrivacyNoticeVersion] = useState<number | null>(null);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (privacyNoticeVersion === null) return;
    const { discipline, regionCode, schoolLevel, ...rest } = form;
    register.mutate({
      ...rest, regionCode, schoolLevel: schoolLevel as SchoolLevelCode, preferredLanguage: i18n.language as Lang,
      privacyNoticeVersion, ...(discipline.trim() ? { discipline } : {}),
    });
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
      <AuthErrorAlert error={register.error} />
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
        <fieldset>
          <legend>{t('auth.schoolLegend')}</legend>
          <p className="hint">{t('auth.schoolIntro')}</p>
          <Field label={t('fields.regionCode')} name="regionCode" error={register.error}>
            {(p) => <RegionSelect {...p} value={form.regionCode} onChange={set('regionCode')} required />}
          </Field>
          <Field label={t('fields.schoolName')} name="schoolName" error={register.error}>
            {(p) => <input {...p} autoComplete="organization" value={form.schoolName} onChange={set('schoolName')} required maxLength={200} />}
          </Field>
          <Field label={t('fields.schoolLevel')} name="schoolLevel" error={register.error}>
            {(p) => <SchoolLevelSelect {...p} value={form.schoolLevel} onChange={set('schoolLevel')} required />}
          </Field>
          <Field label={t('fields.discipline')} name="discipline" error={register.error} hint={t('auth.optional')}>
            {(p) => <input {...p} value={form.discipline} onChange={set('discipline')} maxLength={100} />}
          </Field>
        </fieldset>
        {consent({ version: privacyNoticeVersion, onChange: setPrivacyNoticeVersion, error: register.error })}
        <button type="submit" disabled={register.isPending}>{t('auth.createAccount')}</button>
      </form>
      <p>{t('auth.haveAccount')} <Link to="/login">{t('nav.login')}</Link></p>
    </section>
  );
}
