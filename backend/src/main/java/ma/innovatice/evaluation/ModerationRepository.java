package ma.innovatice.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.submission.Submission;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The moderations of feedback, and the reads of the screen where administrators review evaluations (one statement each). */
@ApplicationScoped
public class ModerationRepository implements PanacheRepository<EvaluationModeration> {

    public Map<Long, EvaluationModeration> ofEvaluations(Collection<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return Map.of();
        }
        return find("evaluationId in ?1", evaluationIds).list().stream()
                .collect(Collectors.toMap(m -> m.evaluationId, Function.identity()));
    }

    /** The projects of an edition that are in the competition, by title, one page of them with their authors. */
    public List<Submission> projects(long editionId, int page, int size) {
        return getEntityManager().createQuery("select s from Submission s join fetch s.author where s.edition.id = :edition "
                        + "and s.status in :statuses order by s.title, s.id", Submission.class)
                .setParameter("edition", editionId).setParameter("statuses", EvaluationDtos.IN_COMPETITION)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countProjects(long editionId) {
        return getEntityManager().createQuery("select count(s) from Submission s where s.edition.id = :edition "
                        + "and s.status in :statuses", Long.class)
                .setParameter("edition", editionId).setParameter("statuses", EvaluationDtos.IN_COMPETITION)
                .getSingleResult();
    }

    /** The assignments of several projects with their jurors, by project then juror. */
    public List<Assignment> panels(Collection<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select a from Assignment a join fetch a.juror where a.submission.id in :ids "
                        + "order by a.submission.id, a.juror.id", Assignment.class)
                .setParameter("ids", submissionIds).getResultList();
    }
}
