import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ErrorAlert';
import { Pager } from '@/components/Pager';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDateTime, formatNumber, localized } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/reference';
import { useScreening, type ScreeningState } from '../api/list-screening';
import { ScreeningForm } from './ScreeningForm';

/**
 * The projects to screen, with the progress by region. An administrator filters by region; a
 * coordinator (`region` given) sees its own region only. Screening is possible while the call is open.
 */
export function ScreeningQueue({ editionId, region: fixedRegion, canScreen }: { editionId: number; region?: string; canScreen: boolean }) {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  const [region, setRegion] = useState('');
  const [state, setState] = useState<ScreeningState | ''>('');
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const queue = useScreening(editionId, { region: fixedRegion ? undefined : region || undefined, state: state || undefined, page });
  const regionName = (code?: string) => {
    const r = regions.data?.find((x) => x.code === code);
    return r ? localized(r.name, i18n.language) : code ?? '—';
  };
  return (
    <section aria-labelledby="screening-queue">
      <h2 id="screening-queue">{t('screening.queue')}</h2>
      <div className="inline-form">
        {!fixedRegion && (
          <>
            <label htmlFor="screening-region">{t('fields.regionCode')}</label>
            <select id="screening-region" value={region} onChange={(e) => { setRegion(e.target.value); setPage(0); }}>
              <option value="">{t('common.all')}</option>
              {regions.data?.map((r) => <option key={r.code} value={r.code}>{localized(r.name, i18n.language)}</option>)}
            </select>
          </>
        )}
        <label htmlFor="screening-state">{t('screening.state')}</label>
        <select id="screening-state" value={state} onChange={(e) => { setState(e.target.value as ScreeningState | ''); setPage(0); }}>
          <option value="">{t('common.all')}</option>
          {(['PENDING', 'ELIGIBLE', 'INELIGIBLE'] as const).map((s) => <option key={s} value={s}>{t(`screening.states.${s}`)}</option>)}
        </select>
      </div>
      <QueryState query={queue}>
        {() => {
          const q = queue.data!;
          const pages = Math.max(1, Math.ceil(q.total / q.size));
          if (q.checklist.length === 0) return <p className="alert alert-info">{t('screening.noChecklist')}</p>;
          return (
            <>
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption>{t('screening.progress')}</caption>
                  <thead><tr><th scope="col">{t('fields.regionCode')}</th><th scope="col">{t('screening.total')}</th><th scope="col">{t('screening.screened')}</th><th scope="col">{t('screening.outcomes.ELIGIBLE')}</th><th scope="col">{t('screening.outcomes.INELIGIBLE')}</th></tr></thead>
                  <tbody>
                    {q.progress.map((p) => (
                      <tr key={p.regionCode ?? 'none'}>
                        <th scope="row">{regionName(p.regionCode)}</th>
                        <td>{formatNumber(p.total, i18n.language)}</td><td>{formatNumber(p.screened, i18n.language)}</td>
                        <td>{formatNumber(p.eligible, i18n.language)}</td><td>{formatNumber(p.ineligible, i18n.language)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p>{t('screening.count', { count: q.total, n: formatNumber(q.total, i18n.language) })}</p>
              <ul className="card-list">
                {q.items.map((entry) => (
                  <li key={entry.submissionId} className="card">
                    <h3>{entry.title} <StatusBadge kind="submission" value={entry.status} /></h3>
                    <p>{entry.authorName}{entry.schoolName ? ` — ${entry.schoolName}` : ''} — {regionName(entry.regionCode)}</p>
                    <p>{t('screening.attachments', { count: entry.attachmentCount, n: formatNumber(entry.attachmentCount, i18n.language) })}
                      {entry.submittedAt ? ` — ${t('screening.submittedAt', { date: formatDateTime(entry.submittedAt, i18n.language) })}` : ''}</p>
                    <p>
                      {entry.screening
                        ? t('screening.screenedLine', { outcome: t(`screening.outcomes.${entry.screening.outcome}`), who: entry.screening.screenedBy ?? '', date: formatDateTime(entry.screening.screenedAt, i18n.language) })
                        : t('screening.states.PENDING')}
                    </p>
                    {entry.screening?.reason && <p>{t('screening.reasonLine', { reason: entry.screening.reason })}</p>}
                    {canScreen && open !== entry.submissionId && (
                      <button type="button" className="secondary" onClick={() => setOpen(entry.submissionId)}
                        aria-label={t('screening.screenFor', { title: entry.title })}>
                        {entry.screening ? t('screening.rescreen') : t('screening.screen')}
                      </button>
                    )}
                    {open === entry.submissionId && (
                      <ScreeningForm editionId={editionId} entry={entry} checklist={q.checklist} onDone={() => setOpen(null)} />
                    )}
                  </li>
                ))}
              </ul>
              <Pager page={page} pages={pages} onPage={setPage} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
