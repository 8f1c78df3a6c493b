import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ErrorAlert';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { useAudit, type AuditFilters } from '../api/list-audit';
import { useEditions } from '../api/list-editions';
import { Pager } from '@/components/Pager';

const ENTITY_TYPES = ['ACCOUNT', 'EDITION', 'SUBMISSION', 'SCREENING', 'ASSIGNMENT', 'EVALUATION', 'AWARD', 'CERTIFICATE', 'OUTBOX_MESSAGE'] as const;
type EntityType = (typeof ENTITY_TYPES)[number];
/** The actions the platform writes today; the field accepts any other. */
const ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'TRANSITION', 'RUBRIC', 'STATUS', 'ATTACH', 'DETACH', 'SAVE', 'SUBMIT', 'REOPEN',
  'MODERATE', 'CONFLICT', 'PROPOSE', 'PUBLISH', 'REVOKE', 'REISSUE', 'PASSWORD_RESET', 'PASSWORD_SET', 'PASSWORD_CHANGE', 'RETRY'];
const PAGE_SIZE = 25;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The audit log for administrators: who changed what, filtered by edition, actor, action, object and days. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const editions = useEditions();
  const [editionId, setEditionId] = useState('');
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [entityType, setEntityType] = useState<EntityType | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const code = action.trim().toUpperCase();
  const filters: AuditFilters = {
    editionId: editionId ? Number(editionId) : undefined,
    actor: actor.trim() || undefined,
    action: /^[A-Z_]{1,40}$/.test(code) ? code : undefined,
    entityType: entityType || undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    size: PAGE_SIZE,
  };
  const entries = useAudit(filters);
  const editionLabel = new Map((editions.data ?? []).map((e) => [e.id, t('audit.editionLabel', { number: e.number, year: e.year })]));
  const change = (set: (value: string) => void) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    set(e.target.value);
    setPage(0);
  };
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="hint">{t('audit.help')}</p>
      <form className="inline-form" aria-label={t('audit.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-edition">{t('audit.edition')}</label>
          <select id="audit-edition" value={editionId} onChange={change(setEditionId)}>
            <option value="">{t('common.all')}</option>
            {editions.data?.map((e) => <option key={e.id} value={e.id}>{t('audit.editionLabel', { number: e.number, year: e.year })}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t('audit.actor')}</label>
          <input id="audit-actor" type="search" value={actor} onChange={change(setActor)} maxLength={254} />
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <input id="audit-action" type="search" list="audit-actions" value={action} onChange={change(setAction)} maxLength={40} />
          <datalist id="audit-actions">{ACTIONS.map((a) => <option key={a} value={a} />)}</datalist>
        </div>
        <div className="field">
          <label htmlFor="audit-type">{t('audit.entityType')}</label>
          <select id="audit-type" value={entityType} onChange={change((v) => setEntityType(v as EntityType | ''))}>
            <option value="">{t('common.all')}</option>
            {ENTITY_TYPES.map((type) => <option key={type} value={type}>{t(`audit.entityTypes.${type}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('audit.from')}</label>
          <input id="audit-from" type="date" value={from} onChange={change(setFrom)} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('audit.to')}</label>
          <input id="audit-to" type="date" value={to} min={from || undefined} onChange={change(setTo)} />
        </div>
      </form>
      <QueryState query={entries}>
        {() => {
          const p = entries.data!;
          const pages = Math.max(1, Math.ceil(p.total / p.size));
          return (
            <>
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption>{t('audit.count', { count: p.total, n: formatNumber(p.total, i18n.language) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('audit.at')}</th><th scope="col">{t('audit.who')}</th><th scope="col">{t('audit.action')}</th>
                      <th scope="col">{t('audit.entity')}</th><th scope="col">{t('audit.edition')}</th><th scope="col">{t('audit.details')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.items.map((entry) => (
                      <tr key={entry.id}>
                        <th scope="row">{formatDateTime(entry.at, i18n.language)}</th>
                        <td>{entry.actorEmail ?? t('audit.system')}</td>
                        <td><code>{entry.action}</code></td>
                        <td>{t('audit.entityOf', { type: t(`audit.entityTypes.${entry.entityType}`, { defaultValue: entry.entityType }), id: entry.entityId })}</td>
                        <td>{entry.editionId === undefined ? '—' : editionLabel.get(entry.editionId) ?? entry.editionId}</td>
                        <td>
                          {(entry.before !== undefined || entry.after !== undefined) && (
                            <details>
                              <summary>{t('audit.show')}</summary>
                              {entry.before !== undefined && <><h3 className="hint">{t('audit.before')}</h3><pre dir="ltr">{json(entry.before)}</pre></>}
                              {entry.after !== undefined && <><h3 className="hint">{t('audit.after')}</h3><pre dir="ltr">{json(entry.after)}</pre></>}
                            </details>
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
