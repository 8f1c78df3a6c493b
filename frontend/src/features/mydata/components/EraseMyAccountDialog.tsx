import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/Dialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import type { Account } from '@/lib/api/types';
import { useEraseMe, type ErasureReport } from '../api/erase-me';

/**
 * The last step before the erasure, which cannot be undone: what goes and what stays, then the
 * current password and the confirmation word typed by hand. The button stays off until both are there.
 */
export function EraseMyAccountDialog({ account, onClose, onErased }: {
  account: Account; onClose: () => void; onErased: (report: ErasureReport) => void;
}) {
  const { t } = useTranslation();
  const erase = useEraseMe();
  const [password, setPassword] = useState('');
  const [typed, setTyped] = useState('');
  const word = t('myData.confirmWord');
  const confirmed = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
  const teacher = account.role === 'TEACHER';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!confirmed || !password) return;
    erase.mutate(password, { onSuccess: onErased });
  };
  return (
    <Dialog title={t('myData.dialogTitle')} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{t('myData.dialogIntro')}</p>
        <h3>{t('myData.erasedHeading')}</h3>
        <ul>
          <li>{t('myData.erasedAccount')}</li>
          {teacher && <li>{t('myData.erasedUnpublished')}</li>}
          {teacher && <li>{t('myData.erasedFiles')}</li>}
          <li>{t('myData.erasedEmails')}</li>
        </ul>
        <h3>{t('myData.keptHeading')}</h3>
        <ul>
          {teacher && <li>{t('myData.keptPublished')}</li>}
          {account.role === 'JURY' && <li>{t('myData.keptEvaluations')}</li>}
          <li>{t('myData.keptAudit')}</li>
        </ul>
        <ErrorAlert error={erase.error} />
        <Field label={t('myData.password')} name="currentPassword" error={erase.error}>
          {(p) => <input {...p} type="password" autoComplete="current-password" value={password} maxLength={200}
            onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        <Field label={t('myData.typeWord', { word })} hint={t('myData.typeWordHint', { word })}>
          {(p) => <input {...p} dir="auto" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} required />}
        </Field>
        <div className="button-row">
          <button type="submit" className="danger" disabled={!confirmed || !password || erase.isPending}>
            {t('myData.confirmErase')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>{t('myData.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
