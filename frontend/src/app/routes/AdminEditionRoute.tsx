import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { StatusBadge } from '@/components/StatusBadge';
import { useEdition } from '@/features/editions/api/get-edition';
import { EditionDetails } from '@/features/editions/components/EditionDetailsPage';
import { NextStep } from '@/features/editions/components/Lifecycle';
import { AssignmentPanel } from '@/features/assignment/components/AssignmentPanel';
import { CalibrationPanel } from '@/features/calibration/components/CalibrationPanel';
import { JurorChooser } from '@/features/assignment/components/JurorChooser';
import { RankingPanel } from '@/features/ranking/components/RankingPanel';
import { AwardsPanel } from '@/features/awards/components/AwardsPanel';
import { PresentationSchedule } from '@/features/finalists/components/PresentationSchedule';
import { LastRoundMinutes } from '@/features/finalists/components/Minutes';
import { DelegationPanel } from '@/features/finalists/components/Delegation';
import { StatisticsPanel } from '@/features/statistics/components/StatisticsPanel';
import { ModerationPanel } from '@/features/moderation/components/ModerationPanel';

const TABS = ['details', 'calibration', 'assignment', 'evaluations', 'ranking', 'presentations', 'awards', 'statistics'] as const;
const JUDGING = ['EVALUATION', 'DELIBERATION', 'PUBLISHED', 'ARCHIVED'];

/** One edition in the administration: its details, lifecycle and rubric, then each step of the judging. */
export function AdminEditionRoute() {
  const { t } = useTranslation();
  const params = useParams();
  const editionId = Number(params.editionId);
  const tab = (params.tab ?? 'details') as (typeof TABS)[number];
  const edition = useEdition(editionId);
  return (
    <QueryState query={edition}>
      {() => {
        const e = edition.data!;
        return (
          <>
            <p><NavLink to="/admin" end>{t('admin.back')}</NavLink></p>
            <h1>{e.title} <StatusBadge kind="edition" value={e.status} /></h1>
            <nav aria-label={t('admin.sections')}>
              <ul className="tabs">
                {TABS.map((name) => (
                  <li key={name}>
                    <NavLink to={`/admin/editions/${e.id}${name === 'details' ? '' : `/${name}`}`} end>{t(`admin.tabs.${name}`)}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            {tab === 'details' && <EditionDetails edition={e} />}
            {tab === 'calibration' && <CalibrationPanel editionId={e.id} status={e.status} />}
            {tab === 'assignment' && <AssignmentPanel editionId={e.id} status={e.status} />}
            {tab === 'evaluations' && <ModerationPanel editionId={e.id} status={e.status} />}
            {tab === 'ranking' && (JUDGING.includes(e.status) ? (
              <RankingPanel editionId={e.id} addJuror={e.status === 'EVALUATION'
                ? (need, close) => <JurorChooser key={need.submissionId} editionId={e.id} {...need} onClose={close} />
                : undefined} />
            ) : <p className="alert alert-info">{t('ranking.notYet')}</p>)}
            {tab === 'presentations' && <PresentationSchedule editionId={e.id} />}
            {tab === 'awards' && (
              <>
                <AwardsPanel editionId={e.id} status={e.status} publishStep={<NextStep edition={e} />} />
                {JUDGING.includes(e.status) && <LastRoundMinutes editionId={e.id} />}
                {JUDGING.includes(e.status) && <DelegationPanel editionId={e.id} />}
              </>
            )}
            {tab === 'statistics' && <StatisticsPanel editionId={e.id} />}
          </>
        );
      }}
    </QueryState>
  );
}
