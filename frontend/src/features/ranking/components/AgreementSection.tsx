import { useTranslation } from 'react-i18next';
import { LocalizedContent } from '@/components/ContentText';
import { QueryState } from '@/components/ErrorAlert';
import { counted, formatNumber } from '@/lib/i18n/format';
import type { components } from '@/lib/api/schema';
import { useAgreement } from '../api/get-agreement';

type Agreement = components['schemas']['Agreement'];

/** Krippendorff's thresholds, as the server reads them (AgreementReading). */
const RELIABLE_FROM = 0.8;
const TENTATIVE_FROM = 0.667;
/** Below this many compared projects the server marks an interval rough (RankingAgreement.ROUGH_BELOW). */
const ROUGH_BELOW = 20;

/** How far the jurors agree: Krippendorff's alpha on the weighted score, then per criterion. */
export function AgreementSection({ editionId, round }: { editionId: number; round?: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const agreement = useAgreement(editionId, round);
  const alpha = (value: number | undefined) => formatNumber(value, lang, 3);
  const thresholds = { reliable: alpha(RELIABLE_FROM), tentative: alpha(TENTATIVE_FROM) };
  const reading = (a: Agreement) => a.reading === 'NOT_COMPUTABLE'
    ? t('ranking.agreement.notComputable', { reason: t(`ranking.agreement.reasons.${a.reason ?? 'TOO_FEW_PAIRABLE_VALUES'}`) })
    : `${t(`ranking.agreement.readings.${a.reading}`)} (${t(`ranking.agreement.ranges.${a.reading}`, thresholds)})`;
  const interval = (a: Agreement) => a.interval.lower !== undefined && a.interval.upper !== undefined
    ? t('ranking.agreement.range', { lower: alpha(a.interval.lower), upper: alpha(a.interval.upper) })
    : t('ranking.agreement.notComputable', { reason: t(`ranking.agreement.reasons.${a.interval.reason ?? 'TOO_FEW_PAIRABLE_VALUES'}`) });
  return (
    <section aria-labelledby="agreement-title">
      <h3 id="agreement-title">{t('ranking.agreement.title')}</h3>
      <p>{t('ranking.agreement.explain', thresholds)}</p>
      <QueryState query={agreement}>
        {() => {
          const { overall, criteria } = agreement.data!;
          return (
            <>
              <dl className="card">
                <dt>{t('ranking.agreement.overall')}</dt>
                <dd><strong>{overall.alpha === undefined ? '—' : alpha(overall.alpha)}</strong></dd>
                <dt>{t('ranking.agreement.interval')}</dt>
                <dd>{interval(overall)}</dd>
                <dt>{t('ranking.agreement.reading')}</dt>
                <dd>{reading(overall)}</dd>
                <dt>{t('ranking.agreement.used')}</dt>
                <dd>{t('ranking.agreement.usedValue', { projects: t('ranking.agreement.usedProjects', counted(overall.projects, lang)), scores: t('counts.scores', counted(overall.scores, lang)) })}</dd>
              </dl>
              {overall.roughInterval && <p className="alert alert-info">{t('ranking.agreement.rough', counted(ROUGH_BELOW, lang))}</p>}
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption>{t('ranking.agreement.byCriterion')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('ranking.agreement.criterion')}</th><th scope="col">{t('ranking.agreement.alpha')}</th>
                      <th scope="col">{t('ranking.agreement.interval')}</th><th scope="col">{t('ranking.agreement.reading')}</th>
                      <th scope="col">{t('ranking.agreement.projects')}</th><th scope="col">{t('ranking.agreement.scores')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {criteria.map((c) => (
                      <tr key={c.code}>
                        <th scope="row"><LocalizedContent value={c.label} /></th>
                        <td>{c.agreement.alpha === undefined ? '—' : alpha(c.agreement.alpha)}</td>
                        <td>{interval(c.agreement)}</td>
                        <td>{reading(c.agreement)}</td>
                        <td>{formatNumber(c.agreement.projects, lang)}</td>
                        <td>{formatNumber(c.agreement.scores, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
