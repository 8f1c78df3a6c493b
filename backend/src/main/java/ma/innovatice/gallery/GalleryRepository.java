package ma.innovatice.gallery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import ma.innovatice.account.Language;
import ma.innovatice.award.AwardKind;
import ma.innovatice.award.ServedCitation;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.edition.Edition;
import ma.innovatice.common.db.StringListConverter;
import ma.innovatice.gallery.GalleryDtos.GalleryCandidateFile;
import ma.innovatice.gallery.GalleryDtos.GalleryFile;
import ma.innovatice.gallery.GalleryDtos.GalleryFilter;
import ma.innovatice.gallery.GalleryDtos.GalleryItem;
import ma.innovatice.gallery.GalleryDtos.GalleryProject;
import ma.innovatice.gallery.GalleryDtos.Preview;
import ma.innovatice.gallery.GalleryDtos.PublicFile;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gallery's SQL. Every public read repeats the whole rule, so that nothing leaves it by another
 * path: a consent row, an award, an edition PUBLISHED or ARCHIVED, an author not erased and a project
 * not anonymised; a file also needs to be selected, EVIDENCE and declared as showing no pupil.
 */
@ApplicationScoped
public class GalleryRepository {

    /** The tables of a project in the gallery (aliases g, s, a, e, t). */
    private static final String PROJECT_TABLES = "FROM gallery_entry g JOIN submission s ON s.id = g.submission_id "
            + "JOIN award a ON a.submission_id = s.id JOIN edition e ON e.id = s.edition_id "
            + "JOIN account t ON t.id = s.author_id ";

    /** What keeps a consented project public: a published edition, an author not erased, a project not anonymised. */
    private static final String PROJECT_RULE = "WHERE e.status IN ('PUBLISHED', 'ARCHIVED') AND t.erased_at IS NULL "
            + "AND s.anonymised_at IS NULL ";

    /** The projects in the public gallery. */
    static final String PUBLIC_PROJECTS = PROJECT_TABLES + PROJECT_RULE;

    /** The files of a project that the public may read (aliases f, x; {@code s} is the project). */
    static final String PUBLIC_FILES = "FROM gallery_file f JOIN attachment x ON x.id = f.attachment_id "
            + "AND x.submission_id = f.submission_id WHERE f.submission_id = s.id AND x.purpose = 'EVIDENCE' "
            + "AND x.shows_pupils = FALSE ";

    private static final String FILTER = "AND (:edition IS NULL OR e.id = :edition) "
            + "AND (:region IS NULL OR s.region_code = :region) AND (:level IS NULL OR s.school_level = :level) "
            + "AND (:discipline IS NULL OR s.discipline = :discipline) "
            + "AND (:pattern IS NULL OR s.title LIKE :pattern OR s.summary LIKE :pattern) ";

    /** Most disciplines listed for the filter. */
    static final int MAX_DISCIPLINES = 200;

    private static final StringListConverter LISTS = new StringListConverter();

    private final EntityManager entityManager;

    GalleryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page, by edition (newest first) then award rank: two statements whatever the page. */
    @SuppressWarnings("unchecked")
    List<GalleryItem> page(GalleryFilter filter, int offset, int limit) {
        Query query = entityManager.createNativeQuery("SELECT s.id, e.id, e.number, e.year, a.kind, a.award_rank, "
                        + "s.title, s.summary, s.region_code, s.school_level, s.discipline, s.technologies, "
                        + "CONCAT(t.first_name, ' ', t.last_name), "
                        + "(SELECT COUNT(*) " + PUBLIC_FILES + "), "
                        + "(SELECT x.id " + PUBLIC_FILES + "AND x.content_type IN ('image/png', 'image/jpeg') "
                        + "ORDER BY f.position LIMIT 1) "
                        + PUBLIC_PROJECTS + FILTER + "ORDER BY e.year DESC, e.number DESC, a.award_rank, s.id")
                .setFirstResult(offset).setMaxResults(limit);
        bind(query, filter);
        List<Object[]> rows = query.getResultList();
        List<GalleryItem> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            items.add(new GalleryItem(num(r[0]), num(r[1]), (int) num(r[2]), (int) num(r[3]),
                    AwardKind.valueOf((String) r[4]), (int) num(r[5]), (String) r[6], (String) r[7], (String) r[8],
                    (String) r[9], (String) r[10], LISTS.convertToEntityAttribute((String) r[11]), (String) r[12],
                    (int) num(r[13]), r[14] == null ? null : num(r[14])));
        }
        return items;
    }

    long count(GalleryFilter filter) {
        Query query = entityManager.createNativeQuery("SELECT COUNT(*) " + PUBLIC_PROJECTS + FILTER);
        bind(query, filter);
        return num(query.getSingleResult());
    }

    /** The disciplines of the whole gallery, for the filter. */
    @SuppressWarnings("unchecked")
    List<String> disciplines() {
        return entityManager.createNativeQuery("SELECT DISTINCT s.discipline " + PUBLIC_PROJECTS
                        + "AND s.discipline IS NOT NULL AND s.discipline <> '' ORDER BY s.discipline")
                .setMaxResults(MAX_DISCIPLINES).getResultList();
    }

    @SuppressWarnings("unchecked")
    Optional<GalleryProject> project(long submissionId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT s.id, e.id, e.number, e.year, e.title, a.kind, "
                        + "a.award_rank, a.citation, s.title, s.summary, s.region_code, s.school_level, s.discipline, "
                        + "s.technologies, CONCAT(t.first_name, ' ', t.last_name), e.title_ar, e.title_en, "
                        + "a.citation_ar, a.citation_en " + PUBLIC_PROJECTS + "AND s.id = :id")
                .setParameter("id", submissionId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        List<Object[]> fileRows = entityManager.createNativeQuery("SELECT x.id, x.filename, x.content_type, x.size_bytes "
                        + "FROM submission s JOIN gallery_file f ON f.submission_id = s.id JOIN attachment x "
                        + "ON x.id = f.attachment_id AND x.submission_id = f.submission_id WHERE s.id = :id "
                        + "AND x.purpose = 'EVIDENCE' AND x.shows_pupils = FALSE ORDER BY f.position")
                .setParameter("id", submissionId).getResultList();
        List<GalleryFile> files = new ArrayList<>(fileRows.size());
        for (Object[] f : fileRows) {
            files.add(new GalleryFile(num(f[0]), (String) f[1], (String) f[2], num(f[3]), Preview.of((String) f[2])));
        }
        Language language = RequestLanguage.current();
        String editionTitle = Edition.inLanguage(language, (String) r[4], (String) r[15], (String) r[16]);
        ServedCitation citation = ServedCitation.of(language, (String) r[7], (String) r[17], (String) r[18]);
        return Optional.of(new GalleryProject(num(r[0]), num(r[1]), (int) num(r[2]), (int) num(r[3]), editionTitle,
                AwardKind.valueOf((String) r[5]), (int) num(r[6]), citation.text(), citation.language(),
                (String) r[8], (String) r[9],
                (String) r[10], (String) r[11], (String) r[12], LISTS.convertToEntityAttribute((String) r[13]),
                (String) r[14], files));
    }

    /** A file the public may read now, or nothing. */
    @SuppressWarnings("unchecked")
    Optional<PublicFile> publicFile(long submissionId, long attachmentId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT x.id, x.filename, x.content_type, x.size_bytes, "
                        + "x.sha256 " + PROJECT_TABLES + "JOIN gallery_file f ON f.submission_id = s.id "
                        + "JOIN attachment x ON x.id = f.attachment_id AND x.submission_id = s.id " + PROJECT_RULE
                        + "AND s.id = :id AND x.id = :file AND x.purpose = 'EVIDENCE' AND x.shows_pupils = FALSE")
                .setParameter("id", submissionId).setParameter("file", attachmentId).getResultList();
        return rows.stream().findFirst().map(r -> new PublicFile(num(r[0]), (String) r[1], (String) r[2], num(r[3]),
                (String) r[4]));
    }

    /** The consent instant of a project, if it has one. */
    @SuppressWarnings("unchecked")
    Optional<Instant> consentedAt(long submissionId) {
        List<Object> rows = entityManager.createNativeQuery("SELECT consented_at FROM gallery_entry WHERE submission_id = ?1")
                .setParameter(1, submissionId).getResultList();
        return rows.stream().findFirst().map(GalleryRepository::instant);
    }

    /** The award kind of a project, if it has one. */
    @SuppressWarnings("unchecked")
    Optional<AwardKind> awardOf(long submissionId) {
        List<String> rows = entityManager.createNativeQuery("SELECT kind FROM award WHERE submission_id = ?1")
                .setParameter(1, submissionId).getResultList();
        return rows.stream().findFirst().map(AwardKind::valueOf);
    }

    /** What a project's evidence may be in the gallery as: purpose, the author's word on pupils. */
    record OwnFile(long id, String filename, String contentType, long sizeBytes, String purpose, Boolean showsPupils,
                   boolean selected) {
    }

    /** Every file of the project (evidence and authorisations), with whether it is selected, in upload order. */
    @SuppressWarnings("unchecked")
    List<OwnFile> filesOf(long submissionId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT x.id, x.filename, x.content_type, x.size_bytes, "
                        + "x.purpose, x.shows_pupils, f.attachment_id IS NOT NULL FROM attachment x "
                        + "LEFT JOIN gallery_file f ON f.attachment_id = x.id AND f.submission_id = x.submission_id "
                        + "WHERE x.submission_id = ?1 ORDER BY x.created_at, x.id")
                .setParameter(1, submissionId).getResultList();
        List<OwnFile> files = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            files.add(new OwnFile(num(r[0]), (String) r[1], (String) r[2], num(r[3]), (String) r[4], bool(r[5]),
                    Boolean.TRUE.equals(bool(r[6]))));
        }
        return files;
    }

    /** The consent, created or renewed (the row is locked until the transaction ends), with exactly these files. */
    void replace(long submissionId, Instant now, List<Long> attachmentIds) {
        entityManager.createNativeQuery("INSERT INTO gallery_entry (submission_id, consented_at) VALUES (?1, ?2) "
                        + "ON DUPLICATE KEY UPDATE consented_at = consented_at")
                .setParameter(1, submissionId).setParameter(2, now).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM gallery_file WHERE submission_id = ?1")
                .setParameter(1, submissionId).executeUpdate();
        for (int i = 0; i < attachmentIds.size(); i++) {
            entityManager.createNativeQuery("INSERT INTO gallery_file (submission_id, attachment_id, position) "
                            + "VALUES (?1, ?2, ?3)")
                    .setParameter(1, submissionId).setParameter(2, attachmentIds.get(i)).setParameter(3, i).executeUpdate();
        }
        if (!attachmentIds.isEmpty()) {
            // The author's statement, recorded on each file she chose: it shows no pupil.
            entityManager.createNativeQuery("UPDATE attachment SET shows_pupils = FALSE WHERE submission_id = ?1 "
                            + "AND id IN (?2)")
                    .setParameter(1, submissionId).setParameter(2, attachmentIds).executeUpdate();
        }
    }

    /** Removes the consent and the selection; true when there was a consent. */
    boolean remove(long submissionId) {
        return entityManager.createNativeQuery("DELETE FROM gallery_entry WHERE submission_id = ?1")
                .setParameter(1, submissionId).executeUpdate() > 0;
    }

    /** Binds a filter; the text is matched as a substring, its LIKE wildcards taken literally. */
    private static void bind(Query query, GalleryFilter filter) {
        Map<String, Object> values = new HashMap<>();
        values.put("edition", filter.editionId());
        values.put("region", filter.region());
        values.put("level", filter.level());
        values.put("discipline", filter.discipline());
        values.put("pattern", filter.text() == null ? null : "%" + likeEscaped(filter.text()) + "%");
        values.forEach(query::setParameter);
    }

    /** {@code \}, {@code %} and {@code _} escaped with MariaDB's default LIKE escape, the backslash. */
    static String likeEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Boolean bool(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
