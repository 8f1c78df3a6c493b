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

    /**
     * The evidence of a project, the files jurors read; never the parents' authorisations. Every
     * reader other than the author and the administrators goes through this.
     */
    public List<Attachment> evidenceOf(long submissionId) {
        return list("submission.id = ?1 and purpose = ?2 order by id", submissionId, AttachmentPurpose.EVIDENCE);
    }

    /** The files of one purpose a project holds (each purpose has its own limit). */
    public long countOf(long submissionId, String purpose) {
        return count("submission.id = ?1 and purpose = ?2", submissionId, purpose);
    }

    public Optional<Attachment> findIn(long submissionId, long attachmentId) {
        return find("id = ?1 and submission.id = ?2", attachmentId, submissionId).firstResultOptional();
    }

    /** Evidence counts of several submissions in one statement (the authorisations are not evidence). */
    public Map<Long, Long> countsOf(List<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a.submission.id, count(a) from Attachment a "
                        + "where a.submission.id in :ids and a.purpose = :purpose group by a.submission.id", Object[].class)
                .setParameter("ids", submissionIds).setParameter("purpose", AttachmentPurpose.EVIDENCE).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
