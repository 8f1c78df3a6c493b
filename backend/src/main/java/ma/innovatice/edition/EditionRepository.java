package ma.innovatice.edition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EditionRepository implements PanacheRepository<Edition> {

    public List<Edition> listVisible(boolean includeDrafts, EditionStatus status) {
        Sort newestFirst = Sort.descending("number");
        if (status != null) {
            if (status == EditionStatus.DRAFT && !includeDrafts) {
                return List.of();
            }
            return list("status", newestFirst, status);
        }
        return includeDrafts ? listAll(newestFirst) : list("status <> ?1", newestFirst, EditionStatus.DRAFT);
    }

    public Optional<Edition> findVisible(long id, boolean includeDrafts) {
        return findByIdOptional(id).filter(edition -> includeDrafts || edition.status != EditionStatus.DRAFT);
    }

    /** Reads the edition with a row lock, so concurrent lifecycle moves and edits are serialised. */
    public Optional<Edition> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The current call: the OPEN edition (at most one, V15), else the most recent edition that is not a draft. */
    public Optional<Edition> current() {
        Optional<Edition> open = openEdition(null);
        if (open.isPresent()) {
            return open;
        }
        return find("status <> ?1", Sort.descending("number"), EditionStatus.DRAFT).firstResultOptional();
    }

    /** The edition that is OPEN, other than {@code exceptId} (null for any). */
    public Optional<Edition> openEdition(Long exceptId) {
        return exceptId == null ? find("status", EditionStatus.OPEN).firstResultOptional()
                : find("status = ?1 and id <> ?2", EditionStatus.OPEN, exceptId).firstResultOptional();
    }

    public boolean numberTaken(int number, Long exceptId) {
        return exceptId == null ? count("number", number) > 0 : count("number = ?1 and id <> ?2", number, exceptId) > 0;
    }
}
