package ma.innovatice.reference;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ma.innovatice.common.i18n.LocalizedText;

import java.util.List;

/** The reference lists, read from the tables the first migration fills. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    public record RegionView(String code, LocalizedText name, LocalizedText academy) {
    }

    public record SchoolLevelView(String code, LocalizedText label) {
    }

    public List<RegionView> regions() {
        return Panache.getEntityManager().createQuery("from Region order by code", Region.class).getResultList()
                .stream()
                .map(r -> new RegionView(r.code, new LocalizedText(r.nameFr, r.nameAr, r.nameEn),
                        new LocalizedText(r.academyFr, r.academyAr, r.academyEn)))
                .toList();
    }

    public List<SchoolLevelView> schoolLevels() {
        return Panache.getEntityManager().createQuery("from SchoolLevel order by position", SchoolLevel.class)
                .getResultList().stream()
                .map(l -> new SchoolLevelView(l.code, new LocalizedText(l.labelFr, l.labelAr, l.labelEn)))
                .toList();
    }
}
