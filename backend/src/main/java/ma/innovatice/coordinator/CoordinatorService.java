package ma.innovatice.coordinator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.account.Account;
import ma.innovatice.common.security.Actor;
import ma.innovatice.coordinator.CoordinatorDashboard.CurrentEdition;
import ma.innovatice.coordinator.CoordinatorDashboard.Jurors;
import ma.innovatice.coordinator.CoordinatorDashboard.Projects;
import ma.innovatice.edition.EditionRepository;
import ma.innovatice.reference.ReferenceData;
import ma.innovatice.screening.ScreeningDtos.RegionProgress;
import ma.innovatice.screening.ScreeningRepository;

import java.util.List;

/** The regional coordinator's dashboard, read in a few aggregate queries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoordinatorService {

    private final EntityManager entityManager;
    private final EditionRepository editions;
    private final ScreeningRepository screening;
    private final ReferenceData reference;

    CoordinatorService(EntityManager entityManager, EditionRepository editions, ScreeningRepository screening,
                       ReferenceData reference) {
        this.entityManager = entityManager;
        this.editions = editions;
        this.screening = screening;
        this.reference = reference;
    }

    public CoordinatorDashboard dashboard(Actor coordinator) {
        String region = entityManager.find(Account.class, coordinator.accountId()).regionCode;
        Object[] jurors = (Object[]) entityManager.createNativeQuery("SELECT COUNT(*), "
                        + "COALESCE(SUM(CASE WHEN enabled THEN 1 ELSE 0 END), 0) FROM account WHERE role = 'JURY' "
                        + "AND region_code = ?1").setParameter(1, region).getSingleResult();
        CurrentEdition edition = null;
        Projects projects = new Projects(0, 0, 0, 0, 0);
        var current = editions.current();
        if (current.isPresent()) {
            var e = current.get();
            edition = new CurrentEdition(e.id, e.number, e.year, e.title(RequestLanguage.current()), e.status,
                    screening.checklistSize(e.id) > 0);
            List<RegionProgress> progress = screening.progress(e.id, region);
            if (!progress.isEmpty()) {
                RegionProgress p = progress.get(0);
                projects = new Projects(p.total(), p.screened(), p.total() - p.screened(), p.eligible(), p.ineligible());
            }
        }
        return new CoordinatorDashboard(region, reference.region(region).map(ReferenceData.RegionView::academy).orElse(null),
                edition, projects, new Jurors(((Number) jurors[0]).longValue(), ((Number) jurors[1]).longValue()));
    }
}
