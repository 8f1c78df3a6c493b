import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ErrorAlert';
import { Pager } from '@/components/Pager';
import { formatBytes, formatDateTime, formatNumber } from '@/lib/i18n/format';
import { useEditionRetention } from '../api/list-edition-retention';
import { useRetentionPasses } from '../api/list-retention-passes';

/**
 * The evidence retention, for administrators: per published edition, when the files of its projects
 * without an award will be (or were) erased, and the record of each pass of the job.
 */
export function RetentionPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [page, setPage] = useState(0);
  const editions = useEditionRetention();
  const passes = useRetentionPasses(page);
  const n = (value: number) => formatNumber(value, lang);
  return (
    <>
      <h1>{t('retention.title')}</h1>
      <p>{t('retention.help')}</p>
      <section aria-labelledby="retention-editions">
        <h2 id="retention-editions">{t('retention.editions')}</h2>
        <QueryState query={editions}>
          {() => editions.data!.length === 0 ? <p>{t('retention.noEdition')}</p> : (
            <div className="table-wrap" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('retention.edition')}</th><th scope="col">{t('retention.months')}</th>
                    <th scope="col">{t('retention.publishedAt')}</th><th scope="col">{t('retention.dueAt')}</th>
                    <th scope="col">{t('retention.pending')}</th><th scope="col">{t('retention.erased')}</th>
                    <th scope="col">{t('retention.kept')}</th>
                  </tr>
                </thead>
                <tbody>
                  {editions.data!.map((e) => (
                    <tr key={e.editionId}>
                      <th scope="row"><bdi>{t('retention.editionLabel', { number: e.number, year: e.year })}</bdi> <span dir="auto">{e.title}</span></th>
                      <td>{t('retention.monthsValue', { count: e.evidenceRetentionMonths, n: n(e.evidenceRetentionMonths) })}</td>
                      <td>{formatDateTime(e.publishedAt, lang)}</td>
                      <td>
                        {formatDateTime(e.dueAt, lang)}{' '}
                        <span className="hint">{e.due ? (e.lastErasedAt
                          ? t('retention.wasErased', { date: formatDateTime(e.lastErasedAt, lang) })
                          : t('retention.dueNow')) : t('retention.willBeErased')}</span>
                      </td>
                      <td>{n(e.filesPending)}</td>
                      <td>{n(e.filesErased)}</td>
                      <td>{n(e.filesKept)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="retention-passes">
        <h2 id="retention-passes">{t('retention.passes')}</h2>
        <QueryState query={passes}>
          {() => {
            const p = passes.data!;
            if (p.total === 0) return <p>{t('retention.noPass')}</p>;
            return (
              <>
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption>{t('retention.passCount', { count: p.total, n: n(p.total) })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('retention.startedAt')}</th><th scope="col">{t('retention.finishedAt')}</th>
                        <th scope="col">{t('retention.dueEditions')}</th><th scope="col">{t('retention.files')}</th>
                        <th scope="col">{t('retention.bytes')}</th><th scope="col">{t('retention.errors')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.items.map((pass) => (
                        <tr key={pass.id}>
                          <th scope="row">{formatDateTime(pass.startedAt, lang)}</th>
                          <td>{pass.finishedAt ? formatDateTime(pass.finishedAt, lang) : t('retention.running')}</td>
                          <td>{n(pass.editions)}</td>
                          <td>{n(pass.files)}</td>
                          <td>{formatBytes(pass.bytes, lang)}</td>
                          <td>{n(pass.errors)}{pass.lastError && <> <span className="hint" lang="en" dir="ltr">({pass.lastError})</span></>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pager page={page} pages={Math.max(1, Math.ceil(p.total / p.size))} onPage={setPage} />
              </>
            );
          }}
        </QueryState>
      </section>
    </>
  );
}
