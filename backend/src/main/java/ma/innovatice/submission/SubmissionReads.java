package ma.innovatice.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ma.innovatice.account.Account;
import ma.innovatice.common.db.StringListConverter;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.submission.SubmissionDtos.ScreeningOutcome;
import ma.innovatice.submission.SubmissionDtos.SubmissionView;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A submission as its author or an administrator reads it, in two statements on the connection as it
 * is (no transaction): the project with its edition, its author's name and its screening, then its
 * files. The entity path read the whole author (password hash included) and the edition inside a
 * transaction of its own, then the files and the screening: six round trips for one read (issue 22).
 * The values are put into detached entities only to share {@link SubmissionView#of} with the writes.
 */
@ApplicationScoped
public class SubmissionReads {

    private static final String PROJECT = "SELECT s.id, s.title, s.summary, s.description, s.discipline, s.school_level, "
            + "s.region_code, s.school_name, s.co_authors, s.technologies, s.pupils_count, s.video_url, s.site_url, "
            + "s.status, s.submitted_at, s.evidence_shows_pupils, s.parental_authorisations_held, s.created_at, "
            + "s.updated_at, s.version, e.id, e.number, e.year, e.title, e.title_ar, e.title_en, e.status, "
            + "e.submissions_open_at, e.submissions_close_at, a.id, a.first_name, a.last_name, a.email, "
            + "sc.outcome, sc.reason, sc.screened_at FROM submission s JOIN edition e ON e.id = s.edition_id "
            + "JOIN account a ON a.id = s.author_id LEFT JOIN screening sc ON sc.submission_id = s.id WHERE s.id = ?";
    private static final String FILES = "SELECT id, filename, content_type, size_bytes, sha256, purpose, created_at "
            + "FROM attachment WHERE submission_id = ? ORDER BY id";

    private static final StringListConverter LISTS = new StringListConverter();

    private final EntityManager entityManager;

    SubmissionReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The submission; with {@code authorId}, only if she is its author (another teacher finds nothing). */
    public Optional<SubmissionView> read(long id, Long authorId, Instant now) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Read found = project(connection, id, authorId);
            if (found == null) {
                return Optional.empty();
            }
            return Optional.of(SubmissionView.of(found.submission(), files(connection, id), now, found.screening()));
        });
    }

    private record Read(Submission submission, ScreeningOutcome screening) {
    }

    private static Read project(Connection connection, long id, Long authorId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(authorId == null ? PROJECT
                : PROJECT + " AND s.author_id = ?")) {
            statement.setLong(1, id);
            if (authorId != null) {
                statement.setLong(2, authorId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Submission s = new Submission();
                s.id = rs.getLong(1);
                s.title = rs.getString(2);
                s.summary = rs.getString(3);
                s.description = rs.getString(4);
                s.discipline = rs.getString(5);
                s.schoolLevel = rs.getString(6);
                s.regionCode = rs.getString(7);
                s.schoolName = rs.getString(8);
                s.coAuthors = LISTS.convertToEntityAttribute(rs.getString(9));
                s.technologies = LISTS.convertToEntityAttribute(rs.getString(10));
                int pupils = rs.getInt(11);
                s.pupilsCount = rs.wasNull() ? null : pupils;
                s.videoUrl = rs.getString(12);
                s.siteUrl = rs.getString(13);
                s.status = SubmissionStatus.valueOf(rs.getString(14));
                s.submittedAt = instant(rs, 15);
                boolean shows = rs.getBoolean(16);
                s.evidenceShowsPupils = rs.wasNull() ? null : shows;
                s.parentalAuthorisationsHeld = rs.getBoolean(17);
                s.createdAt = instant(rs, 18);
                s.updatedAt = instant(rs, 19);
                s.version = rs.getLong(20);
                Edition e = new Edition();
                e.id = rs.getLong(21);
                e.number = rs.getInt(22);
                e.year = rs.getInt(23);
                e.title = rs.getString(24);
                e.titleAr = rs.getString(25);
                e.titleEn = rs.getString(26);
                e.status = EditionStatus.valueOf(rs.getString(27));
                e.submissionsOpenAt = instant(rs, 28);
                e.submissionsCloseAt = instant(rs, 29);
                s.edition = e;
                Account a = new Account();
                a.id = rs.getLong(30);
                a.firstName = rs.getString(31);
                a.lastName = rs.getString(32);
                a.email = rs.getString(33);
                s.author = a;
                String outcome = rs.getString(34);
                ScreeningOutcome screening = outcome == null ? null
                        : new ScreeningOutcome(outcome, rs.getString(35), instant(rs, 36));
                return new Read(s, screening);
            }
        }
    }

    private static List<Attachment> files(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FILES)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                List<Attachment> files = new ArrayList<>();
                while (rs.next()) {
                    Attachment f = new Attachment();
                    f.id = rs.getLong(1);
                    f.filename = rs.getString(2);
                    f.contentType = rs.getString(3);
                    f.sizeBytes = rs.getLong(4);
                    f.sha256 = rs.getString(5);
                    f.purpose = rs.getString(6);
                    f.createdAt = instant(rs, 7);
                    files.add(f);
                }
                return files;
            }
        }
    }

    /** DATETIME columns hold UTC (quarkus.hibernate-orm.jdbc.timezone). */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
