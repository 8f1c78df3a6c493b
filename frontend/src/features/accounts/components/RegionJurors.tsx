import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { formatNumber } from '@/lib/i18n/format';
import type { AccountCreation } from '@/lib/api/types';
import { useAccounts } from '../api/list-accounts';
import { useCreateAccount } from '../api/create-account';
import { useSetAccountEnabled } from '../api/update-account';

/** A regional coordinator's jurors: the server keeps the list and the new jurors to the coordinator's region. */
export function RegionJurors() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const jurors = useAccounts('JURY', '', page);
  const toggle = useSetAccountEnabled();
  const create = useCreateAccount();
  const empty = { email: '', firstName: '', lastName: '', schoolName: '' };
  const [form, setForm] = useState(empty);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: AccountCreation = { email: form.email, firstName: form.firstName, lastName: form.lastName, role: 'JURY' };
    if (form.schoolName) body.schoolName = form.schoolName;
    create.mutate(body, { onSuccess: () => setForm(empty) });
  };
  return (
    <section aria-labelledby="region-jurors">
      <h2 id="region-jurors">{t('coordinator.jurorsTitle')}</h2>
      <form className="card" onSubmit={submit} aria-labelledby="create-juror">
        <h3 id="create-juror">{t('coordinator.createJuror')}</h3>
        <ErrorAlert error={create.error} />
        {create.isSuccess && <p role="status" className="alert alert-success">{t('accounts.created', { email: create.data.email })}</p>}
        <div className="grid-2">
          <Field label={t('fields.firstName')} name="firstName" error={create.error}>{(p) => <input {...p} value={form.firstName} onChange={set('firstName')} required />}</Field>
          <Field label={t('fields.lastName')} name="lastName" error={create.error}>{(p) => <input {...p} value={form.lastName} onChange={set('lastName')} required />}</Field>
          <Field label={t('fields.email')} name="email" error={create.error}>{(p) => <input {...p} type="email" value={form.email} onChange={set('email')} required />}</Field>
          <Field label={t('fields.schoolName')} name="schoolName" error={create.error}>{(p) => <input {...p} value={form.schoolName} onChange={set('schoolName')} />}</Field>
        </div>
        <button type="submit" disabled={create.isPending}>{t('accounts.createButton')}</button>
      </form>
      <ErrorAlert error={toggle.error} />
      <QueryState query={jurors}>
        {() => {
          const p = jurors.data!;
          return (
            <>
              <p>{t('accounts.count', { count: p.total, n: formatNumber(p.total, i18n.language) })}</p>
              <ul className="card-list">
                {p.items.map((a) => (
                  <li key={a.id} className="card">
                    <p><strong>{a.firstName} {a.lastName}</strong> — {a.email}{a.schoolName ? ` — ${a.schoolName}` : ''}</p>
                    <p>
                      {a.enabled ? t('accounts.enabled') : t('accounts.disabled')}{' '}
                      <button type="button" className="secondary small" onClick={() => toggle.mutate({ accountId: a.id, enabled: !a.enabled })}
                        aria-label={t(a.enabled ? 'accounts.disableFor' : 'accounts.enableFor', { email: a.email })}>
                        {a.enabled ? t('accounts.disable') : t('accounts.enable')}
                      </button>
                    </p>
                  </li>
                ))}
              </ul>
              <Pager page={page} pages={Math.max(1, Math.ceil(p.total / p.size))} onPage={setPage} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
