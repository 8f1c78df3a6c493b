package ma.innovatice.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.submission.Submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The queries of the evidence retention: which editions are due, which files go, and the passes' record. */
@ApplicationScoped
class RetentionRepository {

    /**
     * The instant an edition's results were published: its first move to PUBLISHED in the audit log
     * (EditionService records every transition); for an edition without one (data loaded from
     * outside), its ceremony date, else its evaluation deadline.
     */
    static final String PUBLISHED_AT = "COALESCE((SELECT MIN(l.occurred_at) FROM audit_log l WHERE l.entity_type = 'EDITION' "
            + "AND l.entity_id = e.id AND l.action = 'TRANSITION' AND l.after_state LIKE '%\"status\":\"PUBLISHED\"%'), "
            + "TIMESTAMP(e.ceremony_date), e.evaluation_close_at)";
    /** Files the retention erases: evidence and parents' authorisations of projects without an award. */
    static final String ERASABLE = "a.purpose IN ('EVIDENCE', 'AUTHORISATION') "
            + "AND NOT EXISTS (SELECT 1 FROM award w WHERE w.submission_id = s.id)";

    private final EntityManager entityManager;

    RetentionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Published or archived editions whose publication plus their retention has passed. */
    @SuppressWarnings("unchecked")
    List<Long> dueEditions(Instant now) {
        return ((List<Number>) entityManager.createNativeQuery("SELECT x.id FROM (SELECT e.id, " + PUBLISHED_AT
                        + " AS published_at, e.evidence_retention_months AS months FROM edition e "
                        + "WHERE e.status IN ('PUBLISHED', 'ARCHIVED')) x "
                        + "WHERE DATE_ADD(x.published_at, INTERVAL x.months MONTH) <= ?1 ORDER BY x.id")
                .setParameter(1, now).getResultList()).stream().map(Number::longValue).toList();
    }

    /** Up to {@code limit} erasable files of the editions, locked: id, edition id, size. */
    @SuppressWarnings("unchecked")
    List<Object[]> erasableFiles(List<Long> editions, int limit) {
        return entityManager.createNativeQuery("SELECT a.id, s.edition_id, a.size_bytes FROM attachment a "
                        + "JOIN submission s ON s.id = a.submission_id WHERE s.edition_id IN (?1) AND " + ERASABLE
                        + " ORDER BY a.id LIMIT ?2 FOR UPDATE")
                .setParameter(1, editions).setParameter(2, limit).getResultList();
    }

    /** Deletes the files (their chunks go with them, by the foreign key). */
    int deleteFiles(List<Long> ids) {
        // The evidence counts kept on the projects' rows (V32) go down in the same transaction.
        QueryCache.writing(entityManager.createNativeQuery("UPDATE submission s JOIN (SELECT submission_id, COUNT(*) AS n "
                        + "FROM attachment WHERE id IN (?1) AND purpose = 'EVIDENCE' GROUP BY submission_id) d "
                        + "ON d.submission_id = s.id SET s.attachment_count = s.attachment_count - d.n")
                .setParameter(1, ids), Submission.class).executeUpdate();
        return QueryCache.writing(entityManager.createNativeQuery("DELETE FROM attachment WHERE id IN (?1)")
                .setParameter(1, ids)).executeUpdate();
    }

    long startPass(Instant now) {
        QueryCache.writing(entityManager.createNativeQuery("INSERT INTO retention_pass (started_at) VALUES (?1)")
                .setParameter(1, now)).executeUpdate();
        return ((Number) entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    void countErased(long pass, long edition, int files, long bytes, Instant now) {
        QueryCache.writing(entityManager.createNativeQuery("INSERT INTO retention_pass_edition (pass_id, edition_id, "
                        + "files, bytes, erased_at) VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE "
                        + "files = files + VALUES(files), bytes = bytes + VALUES(bytes), erased_at = VALUES(erased_at)")
                .setParameter(1, pass).setParameter(2, edition).setParameter(3, files).setParameter(4, bytes)
                .setParameter(5, now)).executeUpdate();
        QueryCache.writing(entityManager.createNativeQuery("UPDATE retention_pass SET files = files + ?2, "
                        + "bytes = bytes + ?3 WHERE id = ?1")
                .setParameter(1, pass).setParameter(2, files).setParameter(3, bytes)).executeUpdate();
    }

    void failed(long pass, String error) {
        QueryCache.writing(entityManager.createNativeQuery("UPDATE retention_pass SET errors = errors + 1, "
                        + "last_error = COALESCE(last_error, ?2) WHERE id = ?1")
                .setParameter(1, pass).setParameter(2, error)).executeUpdate();
    }

    void finish(long pass, int editions, Instant now) {
        QueryCache.writing(entityManager.createNativeQuery("UPDATE retention_pass SET editions = ?2, finished_at = ?3 "
                        + "WHERE id = ?1")
                .setParameter(1, pass).setParameter(2, editions).setParameter(3, now)).executeUpdate();
    }

    /** What the pass erased per edition: edition id, files, bytes. */
    @SuppressWarnings("unchecked")
    List<Object[]> erasedBy(long pass) {
        return entityManager.createNativeQuery("SELECT edition_id, files, bytes FROM retention_pass_edition "
                + "WHERE pass_id = ?1 ORDER BY edition_id").setParameter(1, pass).getResultList();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> passes(int page, int size) {
        return entityManager.createNativeQuery("SELECT id, started_at, finished_at, editions, files, bytes, errors, "
                        + "last_error FROM retention_pass ORDER BY started_at DESC, id DESC LIMIT ?1 OFFSET ?2")
                .setParameter(1, size).setParameter(2, (long) page * size).getResultList();
    }

    long countPasses() {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM retention_pass").getSingleResult())
                .longValue();
    }

    /** Per published or archived edition (newest first, at most 200), its retention and its files. */
    @SuppressWarnings("unchecked")
    List<Object[]> editions() {
        return entityManager.createNativeQuery("SELECT e.id, e.number, e.year, e.title, e.status, "
                + "e.evidence_retention_months, " + PUBLISHED_AT + ", "
                + "(SELECT COUNT(*) FROM attachment a JOIN submission s ON s.id = a.submission_id WHERE s.edition_id = e.id "
                + "AND NOT (" + ERASABLE + ")), "
                + "(SELECT COUNT(*) FROM attachment a JOIN submission s ON s.id = a.submission_id WHERE s.edition_id = e.id "
                + "AND " + ERASABLE + "), "
                + "(SELECT COALESCE(SUM(r.files), 0) FROM retention_pass_edition r WHERE r.edition_id = e.id), "
                + "(SELECT MAX(r.erased_at) FROM retention_pass_edition r WHERE r.edition_id = e.id) "
                + "FROM edition e WHERE e.status IN ('PUBLISHED', 'ARCHIVED') ORDER BY e.number DESC LIMIT 200")
                .getResultList();
    }

    /** A DATETIME read back: UTC, as the application stores it. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Not a date-time: " + value.getClass().getSimpleName());
    }
}
