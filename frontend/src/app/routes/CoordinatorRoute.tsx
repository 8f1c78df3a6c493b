import { CoordinatorDashboardPanel } from '@/features/coordinator/components/CoordinatorDashboardPanel';
import { ScreeningQueue } from '@/features/screening/components/ScreeningQueue';
import { RegionJurors } from '@/features/accounts/components/RegionJurors';

/** The regional coordinator's space: its region's figures, the screening queue of its region, its jurors. */
export function CoordinatorRoute() {
  return (
    <CoordinatorDashboardPanel>
      {(d) => (
        <>
          {d.edition?.screeningEnabled && (
            <ScreeningQueue editionId={d.edition.id} region={d.regionCode} canScreen={d.edition.status === 'OPEN'} />
          )}
          <RegionJurors />
        </>
      )}
    </CoordinatorDashboardPanel>
  );
}
