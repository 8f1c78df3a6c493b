import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ErrorAlert';
import { counted, formatNumber, localized } from '@/lib/i18n/format';
import type { CalibrationAgreement, MedianDeviation } from '@/lib/api/types';
import { useCalibrationReport } from '../api/get-calibration-report';

/**
 * The calibration report: ICC(2,1) and ICC(2,k) on the weighted score and on each criterion, over the
 * jurors who scored every sample, then each juror's signed deviation from the panel median.
 */
export function CalibrationReportSection({ editionId }: { editionId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const report = useCalibrationReport(editionId);
  const n = (v: number) => formatNumber(v, lang);
  const three = (v: number | undefined) => formatNumber(v, lang, 3);
  const icc = (a: CalibrationAgreement, value: number | undefined) => value !== undefined ? three(value)
    : t('calibration.report.notComputable', { reason: t(`calibration.report.reasons.${a.reason ?? 'TOO_FEW_JURORS'}`) });
  /** A deviation with its sign always shown: "+0,333", "−1,667", "0,000". */
  const signed = (d: MedianDeviation) => (d.signed > 0 ? '+' : '') + three(d.signed);
  return (
    <section aria-labelledby="calibration-report-title">
      <h3 id="calibration-report-title">{t('calibration.report.title')}</h3>
      <p>{t('calibration.report.explain')}</p>
      <QueryState query={report}>
        {() => {
          const r = report.data!;
          const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
          return (
            <>
              <p>{t('calibration.report.basis', { ...counted(r.complete.length, lang), samples: n(r.samples.length) })}</p>
              {r.missing.length > 0 && (
                <div className="alert alert-warning">
                  <p>{t('calibration.report.missing')}</p>
                  <ul>
                    {r.missing.map((m) => (
                      <li key={m.juror.id}>{t('calibration.report.missingLine', { name: name(m.juror), scored: n(m.scored), total: n(r.samples.length) })}</li>
                    ))}
                  </ul>
                </div>
              )}
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <caption>{t('calibration.report.agreement')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('calibration.report.score')}</th>
                      <th scope="col">{t('calibration.report.icc21')}</th>
                      <th scope="col">{t('calibration.report.icc2k')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      <th scope="row">{t('calibration.report.total')}</th>
                      <td>{icc(r.total, r.total.icc21)}</td>
                      <td>{icc(r.total, r.total.icc2k)}</td>
                    </tr>
                    {r.criteria.map((c) => (
                      <tr key={c.code}>
                        <th scope="row">{localized(c.label, lang)}</th>
                        <td>{icc(c.agreement, c.agreement.icc21)}</td>
                        <td>{icc(c.agreement, c.agreement.icc2k)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h4>{t('calibration.report.deviations')}</h4>
              <p className="hint">{t('calibration.report.deviationsExplain')}</p>
              {r.deviations.length === 0 ? <p>{t('calibration.report.noDeviations')}</p> : (
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption className="sr-only">{t('calibration.report.deviations')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('calibration.juror')}</th>
                        <th scope="col">{t('calibration.report.total')}</th>
                        {r.criteria.map((c) => <th key={c.code} scope="col">{localized(c.label, lang)}</th>)}
                      </tr>
                    </thead>
                    <tbody>
                      {r.deviations.map((d) => (
                        <tr key={d.juror.id}>
                          <th scope="row">{name(d.juror)}</th>
                          <td>{signed(d.total)}</td>
                          {d.criteria.map((c) => <td key={c.code}>{signed(c.deviation)}</td>)}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
