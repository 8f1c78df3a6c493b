package ma.innovatice.award;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AwardRepository implements PanacheRepository<Award> {

    private static final String WITH_PROJECT = "select a from Award a join fetch a.submission s join fetch s.author ";

    public List<Award> ofEdition(long editionId) {
        return find(WITH_PROJECT + "where a.editionId = ?1 order by a.rank", editionId).list();
    }

    public Optional<Award> findWithProject(long id) {
        return find(WITH_PROJECT + "where a.id = ?1", id).firstResultOptional();
    }

    public Optional<Award> ofSubmission(long submissionId) {
        return find("submission.id", submissionId).firstResultOptional();
    }

    public boolean rankTaken(long editionId, int rank, Long exceptId) {
        return count("editionId = ?1 and rank = ?2 and id <> ?3", editionId, rank, exceptId == null ? -1L : exceptId) > 0;
    }

    public boolean winnerExists(long editionId, Long exceptId) {
        return count("editionId = ?1 and kind = ?2 and id <> ?3", editionId, AwardKind.WINNER,
                exceptId == null ? -1L : exceptId) > 0;
    }
}
