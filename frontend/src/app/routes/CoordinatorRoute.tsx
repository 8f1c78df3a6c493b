import { useParams } from 'react-router';
import { CoordinatorDashboardPanel } from '@/features/coordinator/components/CoordinatorDashboardPanel';
import { COORDINATOR_TABS, RegionalJudging, type CoordinatorTab } from './RegionalJudging';
import { ScreeningQueue } from '@/features/screening/components/ScreeningQueue';
import { RegionJurors } from '@/features/accounts/components/RegionJurors';
import { NotFound } from './NotFound';

/**
 * The regional coordinator's space: its region's figures, the screening queue of its region, its jurors;
 * then the judging of its region in the edition's regional round (assignments, ranking, qualified projects).
 */
export function CoordinatorRoute() {
  const params = useParams();
  const tab = (params.tab ?? 'region') as CoordinatorTab;
  if (!COORDINATOR_TABS.includes(tab) || params.tab === 'region') return <NotFound />;
  return (
    <CoordinatorDashboardPanel>
      {(d) => {
        const region = (
          <>
            {d.edition?.screeningEnabled && (
              <ScreeningQueue editionId={d.edition.id} region={d.regionCode} canScreen={d.edition.status === 'OPEN'} />
            )}
            <RegionJurors />
          </>
        );
        return d.edition && d.edition.status !== 'DRAFT'
          ? <RegionalJudging editionId={d.edition.id} status={d.edition.status} tab={tab}>{region}</RegionalJudging>
          : region;
      }}
    </CoordinatorDashboardPanel>
  );
}
