import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { formatNumber, localized } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/reference';
import type { AccountCreation } from '@/lib/api/types';
import { useAccounts } from '../api/list-accounts';
import { useCreateAccount } from '../api/create-account';
import { useSetAccountEnabled } from '../api/update-account';
import { Pager } from '@/components/Pager';
import { useSession } from '@/lib/auth/session';
import type { Account } from '@/lib/api/types';
import { EraseAccountDialog } from './EraseAccountDialog';

type Role = 'TEACHER' | 'JURY' | 'COORDINATOR' | 'ADMIN';

function CreateAccount() {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  const create = useCreateAccount();
  const empty = { email: '', password: '', firstName: '', lastName: '', role: 'JURY' as AccountCreation['role'], regionCode: '', schoolName: '' };
  const [form, setForm] = useState(empty);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: AccountCreation = { email: form.email, firstName: form.firstName, lastName: form.lastName, role: form.role };
    if (form.password) body.password = form.password;
    if (form.regionCode) body.regionCode = form.regionCode;
    if (form.schoolName) body.schoolName = form.schoolName;
    create.mutate(body, { onSuccess: () => setForm(empty) });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-account">
      <h2 id="create-account">{t('accounts.create')}</h2>
      <ErrorAlert error={create.error} />
      {create.isSuccess && <p role="status" className="alert alert-success">{t('accounts.created', { email: create.data.email })}</p>}
      <div className="grid-2">
        <Field label={t('fields.firstName')} name="firstName" error={create.error}>{(p) => <input {...p} value={form.firstName} onChange={set('firstName')} required />}</Field>
        <Field label={t('fields.lastName')} name="lastName" error={create.error}>{(p) => <input {...p} value={form.lastName} onChange={set('lastName')} required />}</Field>
        <Field label={t('fields.email')} name="email" error={create.error}>{(p) => <input {...p} type="email" value={form.email} onChange={set('email')} required />}</Field>
        <Field label={t('fields.password')} name="password" error={create.error} hint={t('accounts.passwordHint')}>{(p) => <input {...p} type="password" autoComplete="new-password" value={form.password} onChange={set('password')} minLength={10} />}</Field>
        <Field label={t('accounts.role')} name="role" error={create.error}>
          {(p) => (
            <select {...p} value={form.role} onChange={set('role')}>
              <option value="JURY">{t('roles.JURY')}</option>
              <option value="COORDINATOR">{t('roles.COORDINATOR')}</option>
              <option value="ADMIN">{t('roles.ADMIN')}</option>
            </select>
          )}
        </Field>
        <Field label={t('fields.regionCode')} name="regionCode" error={create.error}
          hint={form.role === 'COORDINATOR' ? t('accounts.coordinatorRegionHint') : undefined}>
          {(p) => (
            <select {...p} value={form.regionCode} onChange={set('regionCode')} required={form.role === 'COORDINATOR'}>
              <option value="">{t('common.choose')}</option>
              {regions.data?.map((r) => <option key={r.code} value={r.code}>{localized(r.name, i18n.language)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('fields.schoolName')} name="schoolName" error={create.error}>{(p) => <input {...p} value={form.schoolName} onChange={set('schoolName')} />}</Field>
      </div>
      <button type="submit" disabled={create.isPending}>{t('accounts.createButton')}</button>
    </form>
  );
}

export function AccountsPage() {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<Role | ''>('JURY');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const accounts = useAccounts(role || undefined, q, page);
  const toggle = useSetAccountEnabled();
  const session = useSession();
  const [erasing, setErasing] = useState<Account | null>(null);
  return (
    <>
      <h1>{t('accounts.title')}</h1>
      <CreateAccount />
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t('accounts.list')}</h2>
        <div className="inline-form">
          <label htmlFor="role-filter">{t('accounts.role')}</label>
          <select id="role-filter" value={role} onChange={(e) => { setRole(e.target.value as Role | ''); setPage(0); }}>
            <option value="">{t('common.all')}</option>
            {(['TEACHER', 'JURY', 'COORDINATOR', 'ADMIN'] as const).map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
          </select>
          <label htmlFor="account-search">{t('common.search')}</label>
          <input id="account-search" type="search" value={q} onChange={(e) => { setQ(e.target.value); setPage(0); }} />
        </div>
        <ErrorAlert error={toggle.error} />
        <QueryState query={accounts}>
          {() => {
            const p = accounts.data!;
            const pages = Math.max(1, Math.ceil(p.total / p.size));
            return (
              <>
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption>{t('accounts.count', { count: p.total, n: formatNumber(p.total, i18n.language) })}</caption>
                    <thead><tr><th scope="col">{t('fields.email')}</th><th scope="col">{t('accounts.name')}</th><th scope="col">{t('accounts.role')}</th><th scope="col">{t('accounts.state')}</th></tr></thead>
                    <tbody>
                      {p.items.map((a) => (
                        <tr key={a.id}>
                          <th scope="row">{a.email}</th>
                          <td>{a.firstName} {a.lastName}</td>
                          <td>{t(`roles.${a.role}`)}</td>
                          <td>
                            {a.erasedAt ? t('accounts.erased') : (
                              <>
                                <button type="button" className="secondary small" onClick={() => toggle.mutate({ accountId: a.id, enabled: !a.enabled })}
                                  aria-label={t(a.enabled ? 'accounts.disableFor' : 'accounts.enableFor', { email: a.email })}>
                                  {a.enabled ? t('accounts.disable') : t('accounts.enable')}
                                </button>{' '}
                                {a.enabled ? t('accounts.enabled') : t('accounts.disabled')}
                                {a.id !== session?.account.id && (
                                  <>
                                    {' '}
                                    <button type="button" className="secondary small" onClick={() => setErasing(a)}
                                      aria-label={t('accounts.eraseFor', { email: a.email })}>
                                      {t('accounts.erase')}
                                    </button>
                                  </>
                                )}
                              </>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pager page={page} pages={pages} onPage={setPage} />
              </>
            );
          }}
        </QueryState>
      </section>
      {erasing && <EraseAccountDialog account={erasing} onClose={() => setErasing(null)} />}
    </>
  );
}
