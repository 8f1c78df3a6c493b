import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import type { Account, MeUpdate, SchoolLevelCode } from '@/lib/api/types';
import { useMe } from '../api/get-me';
import { useUpdateMe } from '../api/update-me';
import { useChangePassword } from '../api/change-password';
import { AuthErrorAlert } from './AuthErrorAlert';
import { PasswordField } from './PasswordField';
import { RegionSelect, SchoolLevelSelect } from './ProfileSelects';

function ProfileForm({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const update = useUpdateMe();
  const [form, setForm] = useState({
    firstName: account.firstName, lastName: account.lastName, regionCode: account.regionCode ?? '',
    schoolName: account.schoolName ?? '', schoolLevel: account.schoolLevel ?? '', discipline: account.discipline ?? '', phone: account.phone ?? '',
  });
  const [reminders, setReminders] = useState(account.remindersEnabled);
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [form, reminders]);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: MeUpdate = {
      firstName: form.firstName, lastName: form.lastName, schoolName: form.schoolName, discipline: form.discipline, phone: form.phone,
      preferredLanguage: lang as MeUpdate['preferredLanguage'], remindersEnabled: reminders,
    };
    if (form.regionCode) body.regionCode = form.regionCode;
    if (form.schoolLevel) body.schoolLevel = form.schoolLevel as SchoolLevelCode;
    update.mutate(body, { onSuccess: () => setSaved(true) });
  };
  const teacher = account.role === 'TEACHER';
  return (
    <form onSubmit={submit}>
      <ErrorAlert error={update.error} />
      {saved && <p role="status" className="alert alert-success">{t('common.saved')}</p>}
      <p>{t('fields.email')} : <strong>{account.email}</strong></p>
      <Field label={t('fields.firstName')} name="firstName" error={update.error}>
        {(p) => <input {...p} value={form.firstName} onChange={set('firstName')} required />}
      </Field>
      <Field label={t('fields.lastName')} name="lastName" error={update.error}>
        {(p) => <input {...p} value={form.lastName} onChange={set('lastName')} required />}
      </Field>
      {teacher && (
        <>
          <Field label={t('fields.regionCode')} name="regionCode" error={update.error}>
            {(p) => <RegionSelect {...p} value={form.regionCode} onChange={set('regionCode')} />}
          </Field>
          <Field label={t('fields.schoolName')} name="schoolName" error={update.error}>
            {(p) => <input {...p} value={form.schoolName} onChange={set('schoolName')} maxLength={200} />}
          </Field>
          <Field label={t('fields.schoolLevel')} name="schoolLevel" error={update.error}>
            {(p) => <SchoolLevelSelect {...p} value={form.schoolLevel} onChange={set('schoolLevel')} />}
          </Field>
          <Field label={t('fields.discipline')} name="discipline" error={update.error}>
            {(p) => <input {...p} value={form.discipline} onChange={set('discipline')} maxLength={100} />}
          </Field>
          <Field label={t('fields.phone')} name="phone" error={update.error}>
            {(p) => <input {...p} type="tel" autoComplete="tel" value={form.phone} onChange={set('phone')} />}
          </Field>
        </>
      )}
      <div className="checks">
        <input id="reminders" type="checkbox" checked={reminders} onChange={(e) => setReminders(e.target.checked)} />
        <label htmlFor="reminders">{t('profile.reminders')}</label>
      </div>
      <button type="submit" disabled={update.isPending}>{t('common.save')}</button>
    </form>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(form, { onSuccess: () => setForm({ currentPassword: '', newPassword: '' }) });
  };
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => {
    change.reset();
    setForm({ ...form, [k]: e.target.value });
  };
  return (
    <form onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">{t('password.changeTitle')}</h2>
      <AuthErrorAlert error={change.error} />
      {change.isSuccess && <p role="status" className="alert alert-success">{t('password.changed')}</p>}
      <Field label={t('password.current')} name="currentPassword" error={change.error}>
        {(p) => <input {...p} type="password" autoComplete="current-password" value={form.currentPassword} onChange={set('currentPassword')} required maxLength={200} />}
      </Field>
      <PasswordField label={t('password.new')} name="newPassword" error={change.error} value={form.newPassword}
        onChange={(newPassword) => setForm({ ...form, newPassword })} />
      <button type="submit" disabled={change.isPending}>{t('password.change')}</button>
    </form>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  return (
    <section className="narrow">
      <h1>{t('profile.title')}</h1>
      {params.get('welcome') && <p role="status" className="alert alert-success">{t('profile.welcome')}</p>}
      <QueryState query={me}>{() => <ProfileForm account={me.data!} />}</QueryState>
      <PasswordForm />
      <p><Link to="/my-data">{t('profile.myData')}</Link></p>
    </section>
  );
}
