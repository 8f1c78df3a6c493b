import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/Dialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import type { Account } from '@/lib/api/types';
import { useEraseAccount } from '../api/erase-account';

/** An administrator carries out someone's erasure request: what it does, and the reason (kept in the audit log). */
export function EraseAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const erase = useEraseAccount();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    erase.mutate({ accountId: account.id, reason: reason.trim() }, { onSuccess: onClose });
  };
  return (
    <Dialog title={t('accounts.erase')} onClose={onClose}>
      <form onSubmit={submit}>
        <p><strong dir="ltr" style={{ overflowWrap: 'anywhere' }}>{account.email}</strong> ({account.firstName} {account.lastName})</p>
        <p>{t('accounts.eraseHelp')}</p>
        <ErrorAlert error={erase.error} />
        <Field label={t('accounts.eraseReason')} name="reason" error={erase.error} hint={t('accounts.eraseReasonHint')}>
          {(p) => <textarea {...p} dir="auto" rows={3} minLength={3} maxLength={1000} value={reason}
            onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        <div className="button-row">
          <button type="submit" className="danger" disabled={reason.trim().length < 3 || erase.isPending}>{t('accounts.eraseConfirm')}</button>
          <button type="button" className="secondary" onClick={onClose}>{t('accounts.eraseCancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
