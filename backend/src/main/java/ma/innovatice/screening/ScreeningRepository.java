package ma.innovatice.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ma.innovatice.screening.ScreeningDtos.ChecklistItem;
import ma.innovatice.screening.ScreeningDtos.QueueEntry;
import ma.innovatice.screening.ScreeningDtos.RegionProgress;
import ma.innovatice.screening.ScreeningDtos.ScreeningView;
import ma.innovatice.screening.ScreeningDtos.State;
import ma.innovatice.submission.SubmissionStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checklists and the screening queue, read in SQL: the projects screened are those of the
 * edition that were submitted (not drafts nor withdrawn), with their screening if any.
 */
@ApplicationScoped
public class ScreeningRepository {

    private static final String SCREENED_PROJECTS = "FROM submission s LEFT JOIN screening g ON g.submission_id = s.id "
            + "WHERE s.edition_id = :edition AND s.status NOT IN ('DRAFT', 'WITHDRAWN')";

    private final EntityManager entityManager;

    ScreeningRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public List<ChecklistItem> checklist(long editionId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT label_fr, label_ar, label_en FROM screening_item "
                + "WHERE edition_id = :edition ORDER BY position").setParameter("edition", editionId).getResultList();
        return rows.stream().map(r -> new ChecklistItem((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    public int checklistSize(long editionId) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM screening_item WHERE edition_id = :edition")
                .setParameter("edition", editionId).getSingleResult()).intValue();
    }

    void replaceChecklist(long editionId, List<ChecklistItem> items) {
        entityManager.createNativeQuery("DELETE FROM screening_item WHERE edition_id = :edition").setParameter("edition", editionId)
                .executeUpdate();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            entityManager.createNativeQuery("INSERT INTO screening_item (edition_id, position, label_fr, label_ar, label_en) "
                            + "VALUES (:edition, :position, :fr, :ar, :en)")
                    .setParameter("edition", editionId).setParameter("position", i + 1).setParameter("fr", item.fr().trim())
                    .setParameter("ar", blankToNull(item.ar())).setParameter("en", blankToNull(item.en())).executeUpdate();
        }
    }

    /** The SUBMITTED projects of the edition without a screening, by region (null: the project has none). */
    @SuppressWarnings("unchecked")
    public List<Object[]> unscreenedByRegion(long editionId) {
        return entityManager.createNativeQuery("SELECT s.region_code, COUNT(*) FROM submission s LEFT JOIN screening g "
                        + "ON g.submission_id = s.id WHERE s.edition_id = :edition AND s.status = 'SUBMITTED' "
                        + "AND g.submission_id IS NULL GROUP BY s.region_code ORDER BY s.region_code")
                .setParameter("edition", editionId).getResultList();
    }

    private static String filter(String region, State state) {
        StringBuilder where = new StringBuilder();
        if (region != null) {
            where.append(" AND s.region_code = :region");
        }
        if (state != null) {
            where.append(switch (state) {
                case PENDING -> " AND g.submission_id IS NULL";
                case ELIGIBLE -> " AND g.outcome = 'ELIGIBLE'";
                case INELIGIBLE -> " AND g.outcome = 'INELIGIBLE'";
            });
        }
        return where.toString();
    }

    List<QueueEntry> queue(long editionId, String region, State state, int page, int size) {
        return entries(editionId, region, state, null, page, size);
    }

    Optional<QueueEntry> entry(long editionId, long submissionId) {
        return entries(editionId, null, null, submissionId, 0, 1).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<QueueEntry> entries(long editionId, String region, State state, Long submissionId, int page, int size) {
        var query = entityManager.createNativeQuery("SELECT s.id, s.title, CONCAT(a.first_name, ' ', a.last_name), "
                + "s.school_name, s.region_code, s.status, (SELECT COUNT(*) FROM attachment f WHERE f.submission_id = s.id AND f.purpose = 'EVIDENCE'), "
                + "s.submitted_at, g.outcome, g.answers, g.reason, CONCAT(b.first_name, ' ', b.last_name), g.screened_at, "
                + "g.version " + SCREENED_PROJECTS.replace("WHERE", "JOIN account a ON a.id = s.author_id "
                + "LEFT JOIN account b ON b.id = g.screened_by WHERE") + filter(region, state)
                + (submissionId == null ? "" : " AND s.id = :id") + " ORDER BY (g.submission_id IS NOT NULL), s.submitted_at, s.id")
                .setParameter("edition", editionId);
        if (region != null) {
            query.setParameter("region", region);
        }
        if (submissionId != null) {
            query.setParameter("id", submissionId);
        }
        List<Object[]> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<QueueEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            ScreeningView screening = r[8] == null ? null : new ScreeningView(Screening.Outcome.valueOf((String) r[8]),
                    answers((String) r[9]), (String) r[10], (String) r[11], instant(r[12]), ((Number) r[13]).longValue());
            entries.add(new QueueEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], SubmissionStatus.valueOf((String) r[5]), ((Number) r[6]).longValue(), instant(r[7]),
                    screening));
        }
        return entries;
    }

    long count(long editionId, String region, State state) {
        var query = entityManager.createNativeQuery("SELECT COUNT(*) " + SCREENED_PROJECTS + filter(region, state))
                .setParameter("edition", editionId);
        if (region != null) {
            query.setParameter("region", region);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<RegionProgress> progress(long editionId, String region) {
        var query = entityManager.createNativeQuery("SELECT s.region_code, COUNT(*), COUNT(g.submission_id), "
                + "SUM(CASE WHEN g.outcome = 'ELIGIBLE' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN g.outcome = 'INELIGIBLE' THEN 1 ELSE 0 END) " + SCREENED_PROJECTS + filter(region, null)
                + " GROUP BY s.region_code ORDER BY s.region_code").setParameter("edition", editionId);
        if (region != null) {
            query.setParameter("region", region);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RegionProgress((String) r[0], num(r[1]), num(r[2]), num(r[3]), num(r[4])))
                .toList();
    }

    static List<Boolean> answers(String encoded) {
        List<Boolean> answers = new ArrayList<>();
        for (char c : encoded.toCharArray()) {
            answers.add(c == 'Y');
        }
        return answers;
    }

    static String encode(List<Boolean> answers) {
        StringBuilder encoded = new StringBuilder();
        answers.forEach(a -> encoded.append(Boolean.TRUE.equals(a) ? 'Y' : 'N'));
        return encoded.toString();
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not an instant: " + value.getClass());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
