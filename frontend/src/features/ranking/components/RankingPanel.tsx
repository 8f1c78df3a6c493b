import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { formatNumber } from '@/lib/i18n/format';
import { useRanking } from '../api/get-ranking';
import { useSeverity } from '../api/get-severity';
import { useAddExtraJuror } from '../api/add-extra-juror';
import { exportRanking } from '../api/export-ranking';
import { AgreementSection } from './AgreementSection';

export function RankingPanel({ editionId }: { editionId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ranking = useRanking(editionId);
  const severity = useSeverity(editionId);
  const extra = useAddExtraJuror();
  const [exportError, setExportError] = useState<unknown>(null);
  const [separator, setSeparator] = useState<'comma' | 'semicolon'>('semicolon');
  return (
    <section aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t('ranking.title')}</h2>
      <div className="card inline-form">
        <label htmlFor="csv-separator">{t('ranking.separator')}</label>
        <select id="csv-separator" value={separator} onChange={(e) => setSeparator(e.target.value as 'comma' | 'semicolon')}>
          <option value="semicolon">{t('ranking.semicolon')}</option>
          <option value="comma">{t('ranking.comma')}</option>
        </select>
        <button type="button" onClick={() => exportRanking(editionId, separator).catch(setExportError)}>{t('ranking.export')}</button>
      </div>
      <ErrorAlert error={exportError ?? extra.error} />
      {extra.isSuccess && <p role="status" className="alert alert-success">{t('ranking.extraAdded', { name: `${extra.data.juror.firstName} ${extra.data.juror.lastName}` })}</p>}
      <QueryState query={ranking}>
        {() => {
          const r = ranking.data!;
          return (
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption>{t('ranking.caption', { threshold: formatNumber(r.disagreementThreshold, lang) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ranking.rank')}</th><th scope="col">{t('fields.title')}</th><th scope="col">{t('ranking.author')}</th>
                    <th scope="col">{t('ranking.raw')}</th><th scope="col">{t('ranking.normalized')}</th><th scope="col">{t('ranking.evaluations')}</th>
                    <th scope="col">{t('ranking.spread')}</th><th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {r.items.map((e) => (
                    <tr key={e.submissionId} className={e.disagreement ? 'flagged' : undefined}>
                      <td>{formatNumber(e.rank, lang)}</td>
                      <th scope="row">{e.title}</th>
                      <td>{e.authorName}</td>
                      <td>{formatNumber(e.rawScore, lang, 1)}</td>
                      <td>{formatNumber(e.normalizedScore, lang, 1)}</td>
                      <td>{formatNumber(e.evaluations, lang)} / {formatNumber(e.assigned, lang)}</td>
                      <td>
                        {formatNumber(e.spread, lang, 1)}
                        {e.disagreement && <strong className="flag"> ⚑ {t('ranking.disagreement')}</strong>}
                      </td>
                      <td>
                        {e.disagreement && (
                          <button type="button" className="secondary small" disabled={extra.isPending}
                            onClick={() => extra.mutate({ editionId, submissionId: e.submissionId })}
                            aria-label={t('ranking.addJurorFor', { title: e.title })}>
                            {t('ranking.addJuror')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
      <AgreementSection editionId={editionId} />
      <h3>{t('ranking.severity')}</h3>
      <QueryState query={severity}>
        {() => (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption>{t('ranking.severityCaption')}</caption>
              <thead><tr><th scope="col">{t('assignment.juror')}</th><th scope="col">{t('ranking.evaluations')}</th><th scope="col">{t('ranking.mean')}</th><th scope="col">{t('ranking.stdDev')}</th><th scope="col">{t('ranking.deviation')}</th><th scope="col">{t('ranking.tendency')}</th></tr></thead>
              <tbody>
                {severity.data!.map((s) => (
                  <tr key={s.juror.id}>
                    <th scope="row">{s.juror.firstName} {s.juror.lastName}</th>
                    <td>{formatNumber(s.evaluations, lang)}</td><td>{formatNumber(s.meanScore, lang, 1)}</td><td>{formatNumber(s.stdDev, lang, 1)}</td>
                    <td>{formatNumber(s.deviation, lang, 1)}</td><td>{t(`ranking.tendencies.${s.tendency}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
