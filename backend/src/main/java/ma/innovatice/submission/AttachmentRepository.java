package ma.innovatice.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {

    public List<Attachment> ofSubmission(long submissionId) {
        return list("submission.id = ?1 order by id", submissionId);
    }

    public long countOf(long submissionId) {
        return count("submission.id", submissionId);
    }

    public Optional<Attachment> findIn(long submissionId, long attachmentId) {
        return find("id = ?1 and submission.id = ?2", attachmentId, submissionId).firstResultOptional();
    }

    /** Attachment counts of several submissions in one statement. */
    public Map<Long, Long> countsOf(List<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a.submission.id, count(a) from Attachment a "
                        + "where a.submission.id in :ids group by a.submission.id", Object[].class)
                .setParameter("ids", submissionIds).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
