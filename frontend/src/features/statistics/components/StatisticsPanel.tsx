import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { BarChart } from '@/components/BarChart';
import { formatNumber, localized } from '@/lib/i18n/format';
import { useRegions, useSchoolLevels } from '@/lib/reference/reference';
import type { ScoreBin } from '@/lib/api/types';
import { useEditionStatistics } from '../api/get-edition-statistics';
import { exportSubmissions } from '../api/export-submissions';

export function StatisticsPanel({ editionId }: { editionId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const stats = useEditionStatistics(editionId);
  const regions = useRegions();
  const levels = useSchoolLevels();
  const [exportError, setExportError] = useState<unknown>(null);
  const bins = (list: ScoreBin[]) => list.map((b) => ({ label: `${formatNumber(b.from, lang)}–${formatNumber(b.to, lang)}`, value: b.count }));
  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">{t('stats.title')}</h2>
      <p>
        <button type="button" className="secondary" onClick={() => exportSubmissions(editionId, 'semicolon').catch(setExportError)}>{t('stats.exportSubmissions')}</button>
      </p>
      <ErrorAlert error={exportError} />
      <QueryState query={stats}>
        {() => {
          const s = stats.data!;
          return (
            <>
              <dl className="facts">
                <dt>{t('stats.submissions')}</dt><dd>{formatNumber(s.submissions, lang)}</dd>
                <dt>{t('stats.assignments')}</dt><dd>{formatNumber(s.assignments, lang)}</dd>
                <dt>{t('stats.evaluations')}</dt><dd>{formatNumber(s.submittedEvaluations, lang)}</dd>
              </dl>
              <div className="charts">
                <BarChart title={t('stats.byStatus')} bars={s.byStatus.map((c) => ({ label: t(`status.submission.${c.code}`), value: c.count }))} />
                <BarChart title={t('stats.byRegion')} bars={s.byRegion.map((c) => ({ label: localized(regions.data?.find((r) => r.code === c.code)?.name, lang) || c.code, value: c.count }))} />
                <BarChart title={t('stats.byLevel')} bars={s.byLevel.map((c) => ({ label: localized(levels.data?.find((l) => l.code === c.code)?.label, lang) || c.code, value: c.count }))} />
                <BarChart title={t('stats.byDiscipline')} bars={s.byDiscipline.map((c) => ({ label: c.code, value: c.count }))} />
                <BarChart title={t('stats.rawDistribution')} bars={bins(s.rawScoreDistribution)} />
                <BarChart title={t('stats.evaluationDistribution')} bars={bins(s.evaluationScoreDistribution)} />
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
