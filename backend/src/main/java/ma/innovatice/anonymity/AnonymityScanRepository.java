package ma.innovatice.anonymity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The stored scans (table anonymity_scan), read and written in SQL. */
@ApplicationScoped
public class AnonymityScanRepository {

    /** A stored scan: what it was made for, when, and its result as JSON. */
    record Row(long submissionVersion, String evidenceKey, String termsKey, Instant scannedAt, String report) {
    }

    /** A line of the administrators' list. */
    record Line(long submissionId, String title, String status, String regionCode, int findingsCount, String kinds,
                int uncheckedFiles, Instant scannedAt, String report, boolean assigned) {
    }

    /** The projects the administrators' list shows: submitted, not yet judged. */
    static final String LISTED = "s.edition_id = ?1 AND s.status IN ('SUBMITTED', 'UNDER_REVIEW')";

    /** SHA-256 of the project's evidence file ids, in order, joined by commas (as {@link AnonymityService} computes it). */
    private static final String EVIDENCE_KEY = "SHA2(COALESCE((SELECT GROUP_CONCAT(a.id ORDER BY a.id SEPARATOR ',') "
            + "FROM attachment a WHERE a.submission_id = s.id AND a.purpose = 'EVIDENCE'), ''), 256)";

    private static final String STALE = "(sc.submission_id IS NULL OR sc.submission_version <> s.version "
            + "OR sc.evidence_key <> " + EVIDENCE_KEY + ")";

    private final EntityManager entityManager;

    AnonymityScanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    Optional<Row> find(long submissionId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT submission_version, evidence_key, terms_key, "
                + "scanned_at, report FROM anonymity_scan WHERE submission_id = ?1").setParameter(1, submissionId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                instant(r[3]), (String) r[4]));
    }

    /** Forgets the scans of these projects (their excerpts quote the author). */
    int forget(java.util.Collection<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery("DELETE FROM anonymity_scan WHERE submission_id IN (?1)")
                .setParameter(1, submissionIds).executeUpdate();
    }

    void save(long submissionId, long version, String evidenceKey, String termsKey, Instant scannedAt, int findings,
              int unchecked, String kinds, String report) {
        writing(entityManager.createNativeQuery("INSERT INTO anonymity_scan (submission_id, submission_version, "
                        + "evidence_key, terms_key, scanned_at, findings_count, unchecked_files, kinds, report) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON DUPLICATE KEY UPDATE "
                        + "submission_version = VALUE(submission_version), evidence_key = VALUE(evidence_key), "
                        + "terms_key = VALUE(terms_key), scanned_at = VALUE(scanned_at), "
                        + "findings_count = VALUE(findings_count), unchecked_files = VALUE(unchecked_files), "
                        + "kinds = VALUE(kinds), report = VALUE(report)"))
                .setParameter(1, submissionId).setParameter(2, version).setParameter(3, evidenceKey)
                .setParameter(4, termsKey).setParameter(5, scannedAt).setParameter(6, findings)
                .setParameter(7, unchecked).setParameter(8, kinds).setParameter(9, report).executeUpdate();
    }

    /** The listed projects of the edition whose scan is missing or older than their content, by id. */
    @SuppressWarnings("unchecked")
    List<Long> stale(long editionId, int limit) {
        List<Number> ids = entityManager.createNativeQuery("SELECT s.id FROM submission s LEFT JOIN anonymity_scan sc "
                        + "ON sc.submission_id = s.id WHERE " + LISTED + " AND " + STALE + " ORDER BY s.id LIMIT ?2")
                .setParameter(1, editionId).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    long countStale(long editionId) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM submission s LEFT JOIN anonymity_scan sc "
                + "ON sc.submission_id = s.id WHERE " + LISTED + " AND " + STALE).setParameter(1, editionId)
                .getSingleResult()).longValue();
    }

    private static final String FLAGGED = " FROM submission s JOIN anonymity_scan sc ON sc.submission_id = s.id WHERE "
            + LISTED + " AND (sc.findings_count > 0 OR sc.unchecked_files > 0)";

    /** A page of the listed projects with findings or unreadable files, by id; whether assigned in the round. */
    @SuppressWarnings("unchecked")
    List<Line> flagged(long editionId, long roundId, int page, int size) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT s.id, s.title, s.status, s.region_code, "
                        + "sc.findings_count, sc.kinds, sc.unchecked_files, sc.scanned_at, sc.report, "
                        + "EXISTS (SELECT 1 FROM assignment a WHERE a.submission_id = s.id AND a.round_id = ?2)"
                        + FLAGGED + " ORDER BY s.id LIMIT ?3 OFFSET ?4")
                .setParameter(1, editionId).setParameter(2, roundId).setParameter(3, size)
                .setParameter(4, (long) page * size).getResultList();
        return rows.stream().map(r -> new Line(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), (String) r[5], ((Number) r[6]).intValue(), instant(r[7]),
                (String) r[8], r[9] instanceof Boolean b ? b : ((Number) r[9]).intValue() != 0)).toList();
    }

    long countFlagged(long editionId) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*)" + FLAGGED).setParameter(1, editionId)
                .getSingleResult()).longValue();
    }

    /** Whether the project has a juror in the round. */
    boolean assigned(long submissionId, long roundId) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM assignment WHERE submission_id = ?1 "
                        + "AND round_id = ?2").setParameter(1, submissionId).setParameter(2, roundId).getSingleResult())
                .longValue() > 0;
    }

    /** A write that drops no cached query result but those of this table (none read it). */
    private static Query writing(Query query) {
        query.unwrap(NativeQuery.class).addSynchronizedQuerySpace("anonymity_scan");
        return query;
    }

    // DATETIME columns hold UTC (quarkus.hibernate-orm.jdbc.timezone); a native query reads them as local date-times.
    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
                : ((java.sql.Timestamp) value).toInstant();
    }
}
