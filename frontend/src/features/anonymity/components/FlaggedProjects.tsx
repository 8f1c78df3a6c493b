import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ErrorAlert';
import { Pager } from '@/components/Pager';
import { StatusBadge } from '@/components/StatusBadge';
import { LOCALES, type Lang } from '@/config';
import { counted, isolate } from '@/lib/i18n/format';
import { useFlaggedSubmissions } from '../api/list-flagged-submissions';
import type { RedactableField } from '../api/redact-submission';
import { FindingList } from './FindingList';
import { RedactionEditor } from './RedactionEditor';

const REDACTABLE: RedactableField[] = ['title', 'summary', 'description'];

/**
 * The edition's submitted projects whose author still shows (administrators): their findings, the
 * terms searched for, and a redaction of a text field while no juror is assigned in the current round.
 * Files are never changed by the server: the administrator asks the teacher for a new one.
 */
export function FlaggedProjects({ editionId }: { editionId: number }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<{ id: number; field: RedactableField } | null>(null);
  const [saved, setSaved] = useState(false);
  const query = useFlaggedSubmissions(editionId, page);
  const kindList = new Intl.ListFormat(LOCALES[i18n.language as Lang] ?? LOCALES.fr, { type: 'conjunction' });
  return (
    <section aria-labelledby="anonymity-admin-title">
      <h2 id="anonymity-admin-title">{t('anonymity.adminTitle')}</h2>
      <QueryState query={query}>
        {() => {
          const q = query.data!;
          if (!q.blind) return <p className="alert alert-info">{t('anonymity.notBlind')}</p>;
          const pages = Math.max(1, Math.ceil(q.total / q.size));
          return (
            <>
              <p>{t('anonymity.adminIntro')}</p>
              {saved && <p role="status" className="alert alert-success">{t('anonymity.saved')}</p>}
              {q.pending > 0 && (
                <p className="alert alert-info">
                  {t('anonymity.pending', counted(q.pending, i18n.language))}{' '}
                  <button type="button" className="secondary small" onClick={() => void query.refetch()}>{t('anonymity.refresh')}</button>
                </p>
              )}
              {q.items.length === 0 ? <p className="muted">{t('anonymity.none')}</p> : (
                <>
                  <p>{t('anonymity.count', counted(q.total, i18n.language))}</p>
                  <p className="hint">{t('anonymity.filesNote')}</p>
                  <ul className="card-list">
                    {q.items.map((p) => {
                      const fields = REDACTABLE.filter((f) => p.findings.some((x) => x.field === f));
                      return (
                        <li key={p.submissionId} className="card">
                          <h3 dir="auto">{p.title} <StatusBadge kind="submission" value={p.status} /></h3>
                          <p>{t('anonymity.summary', { ...counted(p.findingsCount, i18n.language), kinds: kindList.format(p.kinds.map((k) => t(`anonymity.kinds.${k}`))) })}</p>
                          {p.uncheckedFiles > 0 && <p>{t('anonymity.unchecked', counted(p.uncheckedFiles, i18n.language))}</p>}
                          <FindingList findings={p.findings} voice="admin" />
                          <p className="hint" dir="auto">{t('anonymity.terms', { terms: p.terms.map((x) => isolate(x.text)).join(' · ') })}</p>
                          {p.assigned ? <p className="alert alert-info">{t('anonymity.assigned')}</p> : (
                            <div className="button-row">
                              {(fields.length > 0 ? fields : REDACTABLE).map((f) => (
                                <button key={f} type="button" className="secondary"
                                  onClick={() => { setSaved(false); setEditing({ id: p.submissionId, field: f }); }}
                                  aria-expanded={editing?.id === p.submissionId && editing.field === f}>
                                  {t('anonymity.redact', { field: t(`fields.${f}`) })}
                                </button>
                              ))}
                            </div>
                          )}
                          {editing?.id === p.submissionId && !p.assigned && (
                            <RedactionEditor key={editing.field} project={p} field={editing.field}
                              onDone={(done) => { setEditing(null); setSaved(done); }} />
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  <Pager page={page} pages={pages} onPage={setPage} />
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
