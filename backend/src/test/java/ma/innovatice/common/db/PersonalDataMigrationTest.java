package ma.innovatice.common.db;

import io.quarkus.test.junit.QuarkusTest;
import ma.innovatice.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The personal-data migrations (V25 onwards) on a database that already holds people, projects,
 * files, awards and certificates: nothing that existed changes, every account is asked for the
 * privacy notice at its next login (no acceptance is invented), no project is taken as declared, no
 * file as free of pupils, and every edition keeps its evidence for the default 24 months; the gallery,
 * the anonymity scans and the retention reports (V27 to V29) start empty.
 */
@QuarkusTest
class PersonalDataMigrationTest {

    /** The last version before the personal-data work. */
    private static final String BEFORE = "24";

    @Test
    void shouldKeepEveryRowAndAssumeNoConsentNoDeclarationAndNoPupilFreeFile() throws SQLException {
        try (ScratchDatabase db = ScratchDatabase.create("innovatice_v25")) {
            db.migrateTo(BEFORE);
            assertThat(db.version()).isEqualTo(BEFORE);
            insertCompetitionAtV24(db);
            Map<String, List<String>> oldColumns = db.columns();
            Map<String, String> before = db.fingerprint(oldColumns);

            assertThat(db.migrate()).isTrue();

            assertThat(db.fingerprint(oldColumns)).isEqualTo(before);
            // Nobody accepted a notice that did not exist: everyone is asked at the next login.
            assertThat(db.rows("SELECT CONCAT_WS(':', id, IFNULL(privacy_notice_version, '-'), "
                    + "IFNULL(privacy_accepted_at, '-'), IFNULL(erased_at, '-')) FROM account ORDER BY id"))
                    .containsExactly("1:-:-:-", "2:-:-:-", "10:-:-:-", "20:-:-:-");
            // No project is taken as declared, whatever its status, and none is anonymised.
            assertThat(db.rows("SELECT CONCAT_WS(':', id, IFNULL(evidence_shows_pupils, '-'), "
                    + "parental_authorisations_held, IFNULL(anonymised_at, '-')) FROM submission ORDER BY id"))
                    .containsExactly("1:-:0:-", "2:-:0:-", "3:-:0:-", "4:-:0:-");
            // Every file stays evidence, with nobody's word that it shows no pupil, and keeps its bytes.
            assertThat(db.rows("SELECT CONCAT_WS(':', a.id, a.purpose, IFNULL(a.shows_pupils, '-'), "
                    + "(SELECT SUM(LENGTH(c.bytes)) FROM attachment_chunk c WHERE c.attachment_id = a.id)) "
                    + "FROM attachment a ORDER BY a.id")).containsExactly("1:EVIDENCE:-:5", "2:EVIDENCE:-:6", "3:EVIDENCE:-:4");
            assertThat(db.rows("SELECT CONCAT_WS(':', id, evidence_retention_months) FROM edition ORDER BY id"))
                    .containsExactly("1:24", "2:24");

            // Nobody is in the gallery, no project has been scanned, no retention pass has run: each starts empty,
            // whatever the old editions held.
            assertThat(db.rows("SELECT CONCAT_WS(':', (SELECT COUNT(*) FROM gallery_entry), (SELECT COUNT(*) FROM gallery_file), "
                    + "(SELECT COUNT(*) FROM anonymity_scan), (SELECT COUNT(*) FROM retention_pass))"))
                    .containsExactly("0:0:0:0");
            // A consent given on the migrated laureate holds its file, and loses it with the file (retention) or the
            // project.
            db.execute("INSERT INTO gallery_entry (submission_id, consented_at) VALUES (1, NOW(6))",
                    "INSERT INTO gallery_file (submission_id, attachment_id, position) VALUES (1, 1, 0)");
            db.execute("DELETE FROM attachment WHERE id = 1");
            assertThat(db.rows("SELECT CONCAT_WS(':', (SELECT COUNT(*) FROM gallery_entry), (SELECT COUNT(*) FROM gallery_file))"))
                    .containsExactly("1:0");

            // The new checks hold on the migrated rows.
            assertThatThrownBy(() -> db.execute("UPDATE attachment SET purpose = 'PHOTO' WHERE id = 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ck_attachment_purpose");
            assertThatThrownBy(() -> db.execute("UPDATE edition SET evidence_retention_months = 0 WHERE id = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ck_edition_evidence_retention");
            assertThatThrownBy(() -> db.execute("UPDATE submission SET evidence_shows_pupils = FALSE, "
                    + "parental_authorisations_held = TRUE WHERE id = 4"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ck_submission_pupils_declaration");
            db.execute("UPDATE submission SET evidence_shows_pupils = TRUE, parental_authorisations_held = TRUE WHERE id = 4");
            assertThat(db.rows("SELECT CONCAT_WS(':', evidence_shows_pupils, parental_authorisations_held) "
                    + "FROM submission WHERE id = 4")).containsExactly("1:1");
        }
    }

    /**
     * A published edition (a laureate with its award, certificate and a file; a project not retained
     * with a file) and an open one (a submitted project with a file, a draft), two teachers, a juror and
     * an admin, as they stood at V24.
     */
    private static void insertCompetitionAtV24(ScratchDatabase db) throws SQLException {
        db.execute(
                "INSERT INTO account (id, email, password_hash, role, first_name, last_name, region_code, school_name, "
                        + "created_at, updated_at) VALUES "
                        + "(1, 't1@example.ma', 'x', 'TEACHER', 'Amina', 'Alaoui', 'MA-05', 'École A', NOW(6), NOW(6)), "
                        + "(2, 't2@example.ma', 'x', 'TEACHER', 'Brahim', 'Bennani', 'MA-01', 'École B', NOW(6), NOW(6)), "
                        + "(10, 'j1@example.ma', 'x', 'JURY', 'Jalil', 'Un', 'MA-05', NULL, NOW(6), NOW(6)), "
                        + "(20, 'admin@example.ma', 'x', 'ADMIN', 'Admin', 'Istrateur', NULL, NULL, NOW(6), NOW(6))",
                "INSERT INTO edition (id, number, year, title, submissions_open_at, submissions_close_at, "
                        + "evaluation_close_at, laureate_count, jurors_per_project, blind_review, status, created_at, "
                        + "updated_at) VALUES "
                        + "(1, 20, 2024, 'Vingtième édition', '2023-11-01', '2024-02-28', '2024-04-15 18:00:00', 2, 1, "
                        + "TRUE, 'PUBLISHED', NOW(6), NOW(6)), "
                        + "(2, 22, 2026, 'Vingt-deuxième édition', '2026-11-01', '2027-02-28', '2027-04-15 18:00:00', 2, 1, "
                        + "FALSE, 'OPEN', NOW(6), NOW(6))",
                "INSERT INTO submission (id, edition_id, author_id, title, region_code, school_name, status, submitted_at, "
                        + "version, created_at, updated_at) VALUES "
                        + "(1, 1, 1, 'Lauréat', 'MA-05', 'École A', 'LAUREATE', '2024-02-01', 3, NOW(6), NOW(6)), "
                        + "(2, 1, 2, 'Non retenu', 'MA-01', 'École B', 'NOT_RETAINED', '2024-02-02', 3, NOW(6), NOW(6)), "
                        + "(3, 2, 1, 'Déposé', 'MA-05', 'École A', 'SUBMITTED', '2026-12-01', 1, NOW(6), NOW(6)), "
                        + "(4, 2, 2, 'Brouillon', NULL, NULL, 'DRAFT', NULL, 0, NOW(6), NOW(6))",
                "INSERT INTO attachment (id, submission_id, filename, content_type, size_bytes, sha256, uploaded_by, "
                        + "created_at) VALUES "
                        + "(1, 1, 'classe.pdf', 'application/pdf', 5, REPEAT('a', 64), 1, NOW(6)), "
                        + "(2, 2, 'photo.jpg', 'image/jpeg', 6, REPEAT('b', 64), 2, NOW(6)), "
                        + "(3, 3, 'notes.pdf', 'application/pdf', 4, REPEAT('c', 64), 1, NOW(6))",
                "INSERT INTO attachment_chunk (attachment_id, seq, bytes) VALUES "
                        + "(1, 0, 'abcde'), (2, 0, 'abcdef'), (3, 0, 'abcd')",
                "INSERT INTO award (id, edition_id, submission_id, kind, award_rank, citation, created_at, updated_at) "
                        + "VALUES (1, 1, 1, 'LAUREATE', 1, 'Pour son projet', NOW(6), NOW(6))",
                "INSERT INTO certificate (id, code, edition_id, submission_id, kind, issued_at, holder_first_name, "
                        + "holder_last_name, school_name, project_title, edition_number, edition_year, edition_title, "
                        + "place) VALUES (1, 'INNO-" + "0".repeat(23) + "1', 1, 1, 'LAUREATE', '2024-05-25 09:00:00', "
                        + "'Amina', 'Alaoui', 'École A', 'Lauréat', 20, 2024, 'Vingtième édition', 'Rabat')");
    }
}
