package ma.innovatice.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.common.i18n.LocalizedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference lists, read once from the tables the first migration fills (they change only by
 * migration) and then served from memory: every check and label costs no query.
 */
@ApplicationScoped
public class ReferenceData {

    public record RegionView(String code, LocalizedText name, LocalizedText academy) {
    }

    public record SchoolLevelView(String code, LocalizedText label) {
    }

    private final EntityManager entityManager;
    private volatile Map<String, RegionView> regions;
    private volatile Map<String, SchoolLevelView> levels;

    ReferenceData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<RegionView> regions() {
        return List.copyOf(regionMap().values());
    }

    public List<SchoolLevelView> schoolLevels() {
        return List.copyOf(levelMap().values());
    }

    public Optional<RegionView> region(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(regionMap().get(code));
    }

    public boolean isSchoolLevel(String code) {
        return code != null && levelMap().containsKey(code);
    }

    private Map<String, RegionView> regionMap() {
        if (regions == null) {
            load();
        }
        return regions;
    }

    private Map<String, SchoolLevelView> levelMap() {
        if (levels == null) {
            load();
        }
        return levels;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    synchronized void load() {
        Map<String, RegionView> regionsByCode = new LinkedHashMap<>();
        for (Region r : entityManager.createQuery("from Region order by code", Region.class).getResultList()) {
            regionsByCode.put(r.code, new RegionView(r.code, new LocalizedText(r.nameFr, r.nameAr, r.nameEn),
                    new LocalizedText(r.academyFr, r.academyAr, r.academyEn)));
        }
        Map<String, SchoolLevelView> levelsByCode = new LinkedHashMap<>();
        for (SchoolLevel l : entityManager.createQuery("from SchoolLevel order by position", SchoolLevel.class)
                .getResultList()) {
            levelsByCode.put(l.code, new SchoolLevelView(l.code, new LocalizedText(l.labelFr, l.labelAr, l.labelEn)));
        }
        levels = java.util.Collections.unmodifiableMap(levelsByCode);
        regions = java.util.Collections.unmodifiableMap(regionsByCode);
    }
}
