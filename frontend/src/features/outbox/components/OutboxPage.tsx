import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { components } from '@/lib/api/schema';
import { useOutbox, type OutboxFilters } from '../api/list-outbox';
import { useEditions } from '../api/list-editions';
import { useRetryMessage } from '../api/retry-message';
import { Pager } from '@/components/Pager';

type Status = components['schemas']['OutboxStatus'];
type Kind = components['schemas']['MailKind'];
const STATUSES: Status[] = ['PENDING', 'SENT', 'FAILED'];
const KINDS: Kind[] = ['ACCOUNT_CREATED', 'ACCOUNT_INVITATION', 'EMAIL_CONFIRMATION', 'REGISTRATION_ATTEMPT', 'PASSWORD_RESET',
  'SUBMISSION_RECEIVED', 'SUBMISSION_WITHDRAWN', 'CALL_CLOSING_REMINDER', 'JURY_ASSIGNED', 'EVALUATION_REMINDER', 'RESULTS_PUBLISHED'];
const PAGE_SIZE = 25;

/** The emails of the platform for administrators: their delivery, never their content; a failed one can be sent again. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const editions = useEditions();
  const retry = useRetryMessage();
  const [status, setStatus] = useState<Status | ''>('');
  const [editionId, setEditionId] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [recipient, setRecipient] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const filters: OutboxFilters = {
    status: status || undefined,
    editionId: editionId ? Number(editionId) : undefined,
    kind: kind || undefined,
    recipient: recipient.trim() || undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    size: PAGE_SIZE,
  };
  const messages = useOutbox(filters);
  const change = (set: (value: string) => void) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    set(e.target.value);
    setPage(0);
  };
  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <p className="hint">{t('outbox.help')}</p>
      <form className="inline-form" aria-label={t('outbox.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="outbox-status">{t('outbox.status')}</label>
          <select id="outbox-status" value={status} onChange={change((v) => setStatus(v as Status | ''))}>
            <option value="">{t('common.all')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`outbox.statuses.${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="outbox-edition">{t('outbox.edition')}</label>
          <select id="outbox-edition" value={editionId} onChange={change(setEditionId)}>
            <option value="">{t('common.all')}</option>
            {editions.data?.map((e) => <option key={e.id} value={e.id}>{t('outbox.editionLabel', { number: e.number, year: e.year })}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="outbox-kind">{t('outbox.kind')}</label>
          <select id="outbox-kind" value={kind} onChange={change((v) => setKind(v as Kind | ''))}>
            <option value="">{t('common.all')}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t(`outbox.kinds.${k}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="outbox-recipient">{t('outbox.recipient')}</label>
          <input id="outbox-recipient" type="search" value={recipient} onChange={change(setRecipient)} maxLength={254} />
        </div>
        <div className="field">
          <label htmlFor="outbox-from">{t('outbox.from')}</label>
          <input id="outbox-from" type="date" value={from} onChange={change(setFrom)} />
        </div>
        <div className="field">
          <label htmlFor="outbox-to">{t('outbox.to')}</label>
          <input id="outbox-to" type="date" value={to} min={from || undefined} onChange={change(setTo)} />
        </div>
      </form>
      <ErrorAlert error={retry.error} />
      {retry.data && <p role="status" className="alert alert-success">{t('outbox.retried', { recipient: retry.data.recipient })}</p>}
      <QueryState query={messages}>
        {() => {
          const p = messages.data!;
          const pages = Math.max(1, Math.ceil(p.total / p.size));
          return (
            <>
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption>{t('outbox.count', { count: p.total, n: formatNumber(p.total, i18n.language) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('outbox.recipientColumn')}</th><th scope="col">{t('outbox.kind')}</th><th scope="col">{t('outbox.subject')}</th>
                      <th scope="col">{t('outbox.status')}</th><th scope="col">{t('outbox.attempts')}</th><th scope="col">{t('outbox.lastError')}</th>
                      <th scope="col">{t('outbox.createdAt')}</th><th scope="col">{t('outbox.sentAt')}</th><th scope="col">{t('common.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.items.map((m) => (
                      <tr key={m.id}>
                        <th scope="row">{m.recipient}</th>
                        <td>{t(`outbox.kinds.${m.kind}`)}</td>
                        <td dir="auto">{m.subject}</td>
                        <td>
                          <span className={`badge badge-${m.status.toLowerCase()}`}>{t(`outbox.statuses.${m.status}`)}</span>
                          {m.nextAttemptAt && <span className="hint"> {t('outbox.nextAttempt', { date: formatDateTime(m.nextAttemptAt, i18n.language) })}</span>}
                        </td>
                        <td>{formatNumber(m.attempts, i18n.language)}</td>
                        <td dir="auto">{m.lastError ?? '—'}</td>
                        <td>{formatDateTime(m.createdAt, i18n.language)}</td>
                        <td>{formatDateTime(m.sentAt, i18n.language)}</td>
                        <td>
                          {m.status === 'FAILED' && (
                            <button type="button" className="small" disabled={retry.isPending} onClick={() => retry.mutate(m.id)}>{t('outbox.retry')}</button>
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
    </>
  );
}
