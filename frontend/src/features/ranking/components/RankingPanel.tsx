import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { counted, formatNumber, localized } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/reference';
import type { RankingEntry } from '@/lib/api/types';
import { useRanking } from '../api/get-ranking';
import { useSeverity } from '../api/get-severity';
import { exportRanking } from '../api/export-ranking';
import { AgreementSection } from './AgreementSection';

/** A project that needs one more juror: understaffed (a manual assignment), or in disagreement (an extra juror). */
export type JurorNeed = { submissionId: number; title: string; extra: boolean };

/**
 * The ranking, with each understaffed or disputed project flagged. `addJuror`, given while jurors can
 * still be assigned, renders the choice of a juror for the project picked by "Ajouter un juré". `round`
 * is the round shown (absent for an edition's only round); a `regional` round also ranks each project
 * within its region, and can be read region by region (`regionChoice`; a coordinator has one region only).
 */
export function RankingPanel({ editionId, round, regional = false, regionChoice = true, addJuror }: {
  editionId: number; round?: number; regional?: boolean; regionChoice?: boolean; addJuror?: (need: JurorNeed, close: () => void) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ranking = useRanking(editionId, round);
  const severity = useSeverity(editionId, round);
  const regions = useRegions();
  const [region, setRegion] = useState('');
  const [need, setNeed] = useState<JurorNeed | null>(null);
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
        <button type="button" onClick={() => exportRanking(editionId, separator, round).catch(setExportError)}>{t('ranking.export')}</button>
      </div>
      <ErrorAlert error={exportError} />
      <QueryState query={ranking}>
        {() => {
          const r = ranking.data!;
          const rows: RankingEntry[] = regional && region ? r.items.filter((e) => e.regionCode === region) : r.items;
          const codes = [...new Set(r.items.map((e) => e.regionCode).filter((c): c is string => !!c))].sort();
          const regionName = (code?: string) => {
            const found = regions.data?.find((g) => g.code === code);
            return found ? localized(found.name, lang) : code ?? '—';
          };
          return (
            <>
            {regional && regionChoice && (
              <div className="card inline-form">
                <label htmlFor="ranking-region">{t('rounds.ranking.region')}</label>
                <select id="ranking-region" value={region} onChange={(e) => setRegion(e.target.value)}>
                  <option value="">{t('common.all')}</option>
                  {codes.map((c) => <option key={c} value={c}>{regionName(c)}</option>)}
                </select>
              </div>
            )}
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption>{t('ranking.caption', { threshold: formatNumber(r.disagreementThreshold, lang) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ranking.rank')}</th>
                    {regional && <><th scope="col">{t('rounds.ranking.regionRank')}</th><th scope="col">{t('fields.regionCode')}</th></>}
                    <th scope="col">{t('fields.title')}</th><th scope="col">{t('ranking.author')}</th>
                    <th scope="col">{t('ranking.raw')}</th><th scope="col">{t('ranking.normalized')}</th><th scope="col">{t('ranking.evaluations')}</th>
                    <th scope="col">{t('ranking.spread')}</th><th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((e) => (
                    <tr key={e.submissionId} className={e.disagreement || e.understaffed ? 'flagged' : undefined}>
                      <td>{formatNumber(e.rank, lang)}</td>
                      {regional && <><td>{formatNumber(e.regionRank, lang)}</td><td>{regionName(e.regionCode)}</td></>}
                      <th scope="row">{e.title}</th>
                      <td>{e.authorName}</td>
                      <td>{formatNumber(e.rawScore, lang, 1)}</td>
                      <td>{formatNumber(e.normalizedScore, lang, 1)}</td>
                      <td>
                        {formatNumber(e.evaluations, lang)} / {formatNumber(e.assigned, lang)}
                        {e.understaffed && (
                          <strong className="flag"> ⚑ {t('ranking.understaffed', { missing: t('counts.missingEvaluations', counted(e.missingEvaluations, lang)), required: formatNumber(r.jurorsPerProject, lang) })}</strong>
                        )}
                      </td>
                      <td>
                        {formatNumber(e.spread, lang, 1)}
                        {e.disagreement && <strong className="flag"> ⚑ {t('ranking.disagreement')}</strong>}
                      </td>
                      <td>
                        {addJuror && (e.understaffed || e.disagreement) && (
                          <button type="button" className="secondary small"
                            onClick={() => setNeed({ submissionId: e.submissionId, title: e.title, extra: !e.understaffed })}
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
            </>
          );
        }}
      </QueryState>
      {need && addJuror?.(need, () => setNeed(null))}
      <AgreementSection editionId={editionId} round={round} />
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
