package ma.innovatice.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {

    public Optional<Evaluation> ofAssignment(long assignmentId) {
        return find("select e from Evaluation e left join fetch e.scores where e.assignment.id = ?1", assignmentId)
                .firstResultOptional();
    }

    /** The evaluations of several assignments, with their scores, in one statement. */
    public Map<Long, Evaluation> ofAssignments(List<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        return find("select distinct e from Evaluation e left join fetch e.scores where e.assignment.id in ?1",
                assignmentIds).list().stream().collect(Collectors.toMap(e -> e.assignment.id, Function.identity()));
    }

    public Optional<Evaluation> findWithAssignment(long id) {
        return find("select e from Evaluation e join fetch e.assignment a join fetch a.submission s "
                + "join fetch s.edition left join fetch e.scores where e.id = ?1", id).firstResultOptional();
    }

    /**
     * Submits an evaluation of the given version and computes, in the database, its weighted 0-100
     * score from its scores and its rubric. Answers false when the version was stale.
     */
    public boolean submit(long evaluationId, long version, java.time.Instant now) {
        return getEntityManager().createNativeQuery("UPDATE evaluation e SET status = 'SUBMITTED', submitted_at = ?1, "
                        + "updated_at = ?1, version = version + 1, raw_score = (SELECT 100 * SUM(c.weight * "
                        + "(s.score - c.scale_min) / (c.scale_max - c.scale_min)) / SUM(c.weight) FROM evaluation_score s "
                        + "JOIN criterion c ON c.id = s.criterion_id WHERE s.evaluation_id = e.id) "
                        + "WHERE e.id = ?2 AND e.version = ?3 AND e.status = 'DRAFT'")
                .setParameter(1, now).setParameter(2, evaluationId).setParameter(3, version).executeUpdate() == 1;
    }

    /** Sends a submitted evaluation back to DRAFT, without its score. */
    public boolean reopen(long evaluationId, java.time.Instant now) {
        return getEntityManager().createNativeQuery("UPDATE evaluation SET status = 'DRAFT', submitted_at = NULL, "
                        + "raw_score = NULL, updated_at = ?1, version = version + 1 WHERE id = ?2 AND status = 'SUBMITTED'")
                .setParameter(1, now).setParameter(2, evaluationId).executeUpdate() == 1;
    }
}
