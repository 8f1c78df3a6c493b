package ma.innovatice.round;

import io.quarkus.test.junit.QuarkusTest;
import ma.innovatice.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V22 (judging rounds) on a database that already holds competitions: every edition becomes a single
 * national round carrying its settings, its projects in competition, its assignments and its
 * evaluations, and a published edition keeps its results and certificates untouched.
 *
 * <p>What catches a broken backfill of V22:
 * <ul>
 *   <li>a missing {@code UPDATE assignment ... SET a.round_id} or {@code UPDATE evaluation ... SET e.round_id}:
 *   the migration itself fails (the column becomes NOT NULL and gets a foreign key), so
 *   {@code flyway(...).migrate()} throws; an UPDATE that picks the wrong round fails
 *   {@code assignmentRounds}/{@code evaluationRounds} below;</li>
 *   <li>a missing or partial {@code INSERT INTO judging_round ... FROM edition}: the round per edition
 *   assertion (and then the migration, at the NOT NULL round_id);</li>
 *   <li>a wrong status CASE or settings not copied: the round rows assertion;</li>
 *   <li>a missing {@code INSERT INTO round_entry}: the entries assertion (which also refuses the entry of
 *   a SUBMITTED, DRAFT or WITHDRAWN project).</li>
 * </ul>
 */
@QuarkusTest
class RoundsMigrationTest {

    /** The last version before judging rounds. */
    private static final String BEFORE_ROUNDS = "21";

    @Test
    void shouldTurnEveryEditionIntoOneNationalRoundKeepingResultsAndCertificates() throws SQLException {
        try (ScratchDatabase db = ScratchDatabase.create("innovatice_v22")) {
            db.migrateTo(BEFORE_ROUNDS);
            assertThat(db.version()).isEqualTo(BEFORE_ROUNDS);
            insertCompetitionsAtV21(db);

            Map<String, List<String>> oldColumns = db.columns();
            Map<String, String> before = db.fingerprint(oldColumns);
            List<String> certificatesBefore = db.rows("SELECT CONCAT_WS(':', id, code, submission_id, kind, "
                    + "IFNULL(revoked_at, '-'), IFNULL(replaced_by, '-')) FROM certificate ORDER BY id");

            // A missing UPDATE of assignment.round_id or evaluation.round_id in V22 fails right here.
            assertThat(db.migrate()).isTrue();

            // Nothing that existed changed: same rows, same values in every column that existed before V22.
            Map<String, String> after = db.fingerprint(oldColumns);
            assertThat(after).isEqualTo(before);
            assertThat(db.rows("SELECT CONCAT_WS(':', id, code, submission_id, kind, IFNULL(revoked_at, '-'), "
                    + "IFNULL(replaced_by, '-')) FROM certificate ORDER BY id")).isEqualTo(certificatesBefore)
                    .hasSize(4);
            assertThat(db.rows("SELECT CONCAT_WS(':', id, status) FROM submission ORDER BY id")).containsExactly(
                    "1:WINNER", "2:LAUREATE", "3:NOT_RETAINED", "4:DRAFT", "5:WITHDRAWN",
                    "6:UNDER_REVIEW", "7:UNDER_REVIEW", "8:DRAFT", "9:SUBMITTED", "10:DRAFT");
            assertThat(db.rows("SELECT CONCAT_WS(':', submission_id, kind, award_rank) FROM award ORDER BY award_rank"))
                    .containsExactly("1:WINNER:1", "2:LAUREATE:2");

            // Exactly one round per edition: the national one, first, on the CLD21 rubric.
            assertThat(db.rows("SELECT CONCAT(e.id, ':', COUNT(r.id)) FROM edition e LEFT JOIN judging_round r "
                    + "ON r.edition_id = e.id GROUP BY e.id ORDER BY e.id")).containsExactly("1:1", "2:1", "3:1");
            assertThat(db.rows("SELECT CONCAT_WS(':', edition_id, position, scope, rubric, jurors_per_project, "
                    + "blind_review, exclude_previous_jurors, DATE_FORMAT(evaluation_close_at, '%Y-%m-%d %H:%i'), "
                    + "IFNULL(advance_count, '-'), status, opened_at IS NOT NULL, closed_at IS NOT NULL, name_fr) "
                    + "FROM judging_round ORDER BY edition_id")).containsExactly(
                    "1:1:NATIONAL:CLD21:2:1:0:2018-04-15 18:00:-:CLOSED:1:1:Jury national",
                    "2:1:NATIONAL:CLD21:3:0:0:2026-04-20 17:30:-:OPEN:1:0:Jury national",
                    "3:1:NATIONAL:CLD21:1:1:0:2026-09-30 12:00:-:PENDING:0:0:Jury national");
            // ... and the settings are the edition's own (which V22 keeps on the edition too).
            assertThat(db.count("SELECT COUNT(*) FROM judging_round r JOIN edition e ON e.id = r.edition_id "
                    + "WHERE r.jurors_per_project = e.jurors_per_project AND r.blind_review = e.blind_review "
                    + "AND r.evaluation_close_at = e.evaluation_close_at")).isEqualTo(3);

            // The entries: the projects judged or under review, with their region; not the SUBMITTED project of
            // the open edition, nor drafts, nor a withdrawn project.
            assertThat(db.rows("SELECT CONCAT_WS(':', r.edition_id, x.submission_id, IFNULL(x.region_code, '-'), "
                    + "x.outcome, IFNULL(x.advances, '-'), x.adjusted) FROM round_entry x "
                    + "JOIN judging_round r ON r.id = x.round_id ORDER BY x.submission_id")).containsExactly(
                    "1:1:MA-05:IN:-:0", "1:2:MA-01:IN:-:0", "1:3:MA-05:IN:-:0",
                    "2:6:MA-03:IN:-:0", "2:7:-:IN:-:0");

            // Every assignment and every evaluation (the draft too) belongs to its edition's round.
            List<String> assignmentRounds = db.rows("SELECT CONCAT_WS(':', a.id, a.edition_id, r.edition_id, r.position) "
                    + "FROM assignment a JOIN judging_round r ON r.id = a.round_id ORDER BY a.id");
            assertThat(assignmentRounds).containsExactly("1:1:1:1", "2:1:1:1", "3:1:1:1", "4:1:1:1", "5:1:1:1",
                    "6:1:1:1", "7:2:2:1", "8:2:2:1", "9:2:2:1");
            List<String> evaluationRounds = db.rows("SELECT CONCAT_WS(':', e.id, e.status, e.edition_id, r.edition_id, "
                    + "e.round_id = a.round_id) FROM evaluation e JOIN judging_round r ON r.id = e.round_id "
                    + "JOIN assignment a ON a.id = e.assignment_id ORDER BY e.id");
            assertThat(evaluationRounds).containsExactly("1:SUBMITTED:1:1:1", "2:SUBMITTED:1:1:1",
                    "3:SUBMITTED:1:1:1", "4:SUBMITTED:1:1:1", "5:SUBMITTED:1:1:1", "6:SUBMITTED:1:1:1",
                    "7:SUBMITTED:2:2:1", "8:DRAFT:2:2:1");

            // The criteria stay the editions' own rubric (round_id NULL), which serves their CLD21 rounds.
            assertThat(db.rows("SELECT CONCAT_WS(':', id, edition_id, code, IFNULL(round_id, 'NULL')) FROM criterion "
                    + "ORDER BY id")).containsExactly("1:1:PROBLEM:NULL", "2:1:IMPACT:NULL", "3:2:PROBLEM:NULL");

            // What the ranking reads by round (RankingService: SCORES, CRITERION_SCORES, STAFFING) is what it
            // read by edition before rounds.
            assertThat(db.rows("SELECT CONCAT_WS(':', r.edition_id, "
                    + "(SELECT COUNT(*) FROM evaluation e WHERE e.round_id = r.id AND e.status = 'SUBMITTED'), "
                    + "(SELECT COUNT(*) FROM evaluation e WHERE e.edition_id = r.edition_id AND e.status = 'SUBMITTED'), "
                    + "(SELECT COALESCE(SUM(e.raw_score), 0) FROM evaluation e WHERE e.round_id = r.id AND e.status = 'SUBMITTED'), "
                    + "(SELECT COALESCE(SUM(e.raw_score), 0) FROM evaluation e WHERE e.edition_id = r.edition_id "
                    + "AND e.status = 'SUBMITTED'), "
                    + "(SELECT COUNT(*) FROM evaluation e JOIN evaluation_score s ON s.evaluation_id = e.id "
                    + "WHERE e.round_id = r.id AND e.status = 'SUBMITTED'), "
                    + "(SELECT COUNT(*) FROM evaluation e JOIN evaluation_score s ON s.evaluation_id = e.id "
                    + "WHERE e.edition_id = r.edition_id AND e.status = 'SUBMITTED'), "
                    + "(SELECT COUNT(*) FROM assignment a WHERE a.round_id = r.id), "
                    + "(SELECT COUNT(*) FROM assignment a WHERE a.edition_id = r.edition_id)) "
                    + "FROM judging_round r ORDER BY r.edition_id")).containsExactly(
                    "1:6:6:453.5000:453.5000:12:12:6:6", "2:1:1:64.0000:64.0000:1:1:3:3", "3:0:0:0.0000:0.0000:0:0:0:0");

            // The composite key holds: an evaluation cannot point at another round than its assignment's, be it
            // another edition's round or a second round of its own edition.
            long otherEditionsRound = db.count("SELECT id FROM judging_round WHERE edition_id = 2");
            assertThatThrownBy(() -> db.execute("UPDATE evaluation SET round_id = " + otherEditionsRound + " WHERE id = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("foreign key");
            db.execute("INSERT INTO judging_round (edition_id, position, name_fr, scope, rubric, jurors_per_project, "
                    + "blind_review, evaluation_close_at, status) VALUES (1, 2, 'Finale', 'NATIONAL', 'PRESENTATION', 3, "
                    + "FALSE, '2018-05-01 18:00:00', 'CLOSED')");
            long secondRound = db.count("SELECT id FROM judging_round WHERE edition_id = 1 AND position = 2");
            assertThatThrownBy(() -> db.execute("UPDATE evaluation SET round_id = " + secondRound + " WHERE id = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("foreign key");
            assertThatThrownBy(() -> db.execute("UPDATE evaluation SET round_id = NULL WHERE id = 8"))
                    .isInstanceOf(SQLException.class);
            assertThat(db.rows("SELECT CONCAT_WS(':', e.id, r.edition_id, r.position) FROM evaluation e "
                    + "JOIN judging_round r ON r.id = e.round_id WHERE e.id IN (1, 8) ORDER BY e.id"))
                    .containsExactly("1:1:1", "8:2:1");

            // The role check: a coordinator only with the region of their academy; the other roles as before.
            assertThatThrownBy(() -> db.execute("INSERT INTO account (id, email, password_hash, role, first_name, "
                    + "last_name, created_at, updated_at) VALUES (30, 'coord@example.ma', 'x', 'COORDINATOR', 'C', 'C', "
                    + "NOW(6), NOW(6))")).isInstanceOf(SQLException.class).hasMessageContaining("ck_account_coordinator_region");
            assertThatThrownBy(() -> db.execute("INSERT INTO account (id, email, password_hash, role, first_name, "
                    + "last_name, region_code, created_at, updated_at) VALUES (31, 'boss@example.ma', 'x', 'OWNER', 'O', "
                    + "'O', 'MA-05', NOW(6), NOW(6))")).isInstanceOf(SQLException.class).hasMessageContaining("ck_account_role");
            db.execute("INSERT INTO account (id, email, password_hash, role, first_name, last_name, region_code, "
                    + "created_at, updated_at) VALUES (30, 'coord@example.ma', 'x', 'COORDINATOR', 'C', 'C', 'MA-05', "
                    + "NOW(6), NOW(6))");
            assertThatThrownBy(() -> db.execute("UPDATE account SET region_code = NULL WHERE id = 30"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ck_account_coordinator_region");
            db.execute("INSERT INTO account (id, email, password_hash, role, first_name, last_name, created_at, "
                    + "updated_at) VALUES (32, 'sans-region@example.ma', 'x', 'JURY', 'J', 'J', NOW(6), NOW(6))");
            assertThat(db.rows("SELECT CONCAT_WS(':', id, role, IFNULL(region_code, '-')) FROM account WHERE id IN (30, 32) "
                    + "ORDER BY id")).containsExactly("30:COORDINATOR:MA-05", "32:JURY:-");
        }
    }

    /**
     * Three editions as they stood before rounds: the 14th published (a winner, a laureate, a project not
     * retained, a draft and a withdrawn project; two jurors per project, every evaluation submitted with its
     * scores; awards; certificates, one of them revoked and replaced), the 15th in evaluation (two projects
     * under review, a submitted and a draft evaluation, an assignment not started, a draft project), the
     * 16th open (a submitted project and a draft).
     */
    private static void insertCompetitionsAtV21(ScratchDatabase db) throws SQLException {
        db.execute(
                "INSERT INTO account (id, email, password_hash, role, first_name, last_name, region_code, created_at, "
                        + "updated_at) VALUES "
                        + "(1, 't1@example.ma', 'x', 'TEACHER', 'Amina', 'Alaoui', 'MA-05', NOW(6), NOW(6)), "
                        + "(2, 't2@example.ma', 'x', 'TEACHER', 'Brahim', 'Bennani', 'MA-01', NOW(6), NOW(6)), "
                        + "(3, 't3@example.ma', 'x', 'TEACHER', 'Chaima', 'Chraibi', 'MA-05', NOW(6), NOW(6)), "
                        + "(4, 't4@example.ma', 'x', 'TEACHER', 'Driss', 'Daoudi', NULL, NOW(6), NOW(6)), "
                        + "(5, 't5@example.ma', 'x', 'TEACHER', 'Esma', 'El Fassi', NULL, NOW(6), NOW(6)), "
                        + "(10, 'j1@example.ma', 'x', 'JURY', 'Jalil', 'Un', 'MA-05', NOW(6), NOW(6)), "
                        + "(11, 'j2@example.ma', 'x', 'JURY', 'Jamila', 'Deux', NULL, NOW(6), NOW(6)), "
                        + "(12, 'j3@example.ma', 'x', 'JURY', 'Jawad', 'Trois', 'MA-03', NOW(6), NOW(6)), "
                        + "(20, 'admin@example.ma', 'x', 'ADMIN', 'Admin', 'Istrateur', NULL, NOW(6), NOW(6))",
                "INSERT INTO edition (id, number, year, title, submissions_open_at, submissions_close_at, "
                        + "evaluation_close_at, ceremony_date, ceremony_venue, laureate_count, jurors_per_project, "
                        + "blind_review, status, created_at, updated_at) VALUES "
                        + "(1, 14, 2018, 'Quatorzième édition', '2017-11-01', '2018-02-28', '2018-04-15 18:00:00', "
                        + "'2018-05-25', 'Rabat', 2, 2, TRUE, 'PUBLISHED', NOW(6), NOW(6)), "
                        + "(2, 15, 2026, 'Quinzième édition', '2025-11-01', '2026-02-28', '2026-04-20 17:30:00', NULL, "
                        + "NULL, 3, 3, FALSE, 'EVALUATION', NOW(6), NOW(6)), "
                        + "(3, 16, 2027, 'Seizième édition', '2026-05-01', '2026-07-31', '2026-09-30 12:00:00', NULL, "
                        + "NULL, 3, 1, TRUE, 'OPEN', NOW(6), NOW(6))",
                "INSERT INTO criterion (id, edition_id, code, label_fr, label_ar, label_en, weight, scale_min, scale_max, "
                        + "position) VALUES (1, 1, 'PROBLEM', 'Problème', 'المشكلة', 'Problem', 1.000, 1, 4, 1), "
                        + "(2, 1, 'IMPACT', 'Impact', 'الأثر', 'Impact', 2.000, 1, 4, 2), "
                        + "(3, 2, 'PROBLEM', 'Problème', 'المشكلة', 'Problem', 1.000, 1, 4, 1)",
                "INSERT INTO submission (id, edition_id, author_id, title, region_code, school_name, status, submitted_at, "
                        + "version, created_at, updated_at) VALUES "
                        + "(1, 1, 1, 'Gagnant', 'MA-05', 'École A', 'WINNER', '2018-02-01', 3, NOW(6), NOW(6)), "
                        + "(2, 1, 2, 'Lauréat', 'MA-01', 'École B', 'LAUREATE', '2018-02-02', 3, NOW(6), NOW(6)), "
                        + "(3, 1, 3, 'Non retenu', 'MA-05', 'École C', 'NOT_RETAINED', '2018-02-03', 3, NOW(6), NOW(6)), "
                        + "(4, 1, 4, 'Brouillon', NULL, NULL, 'DRAFT', NULL, 0, NOW(6), NOW(6)), "
                        + "(5, 1, 5, 'Retiré', NULL, NULL, 'WITHDRAWN', '2018-02-04', 2, NOW(6), NOW(6)), "
                        + "(6, 2, 1, 'En examen', 'MA-03', 'École A', 'UNDER_REVIEW', '2026-02-01', 2, NOW(6), NOW(6)), "
                        + "(7, 2, 2, 'En examen sans région', NULL, NULL, 'UNDER_REVIEW', '2026-02-02', 2, NOW(6), NOW(6)), "
                        + "(8, 2, 3, 'Brouillon', NULL, NULL, 'DRAFT', NULL, 0, NOW(6), NOW(6)), "
                        + "(9, 3, 1, 'Déposé', 'MA-05', 'École A', 'SUBMITTED', '2026-05-10', 1, NOW(6), NOW(6)), "
                        + "(10, 3, 2, 'Brouillon', NULL, NULL, 'DRAFT', NULL, 0, NOW(6), NOW(6))",
                "INSERT INTO assignment (id, edition_id, submission_id, juror_id, origin, created_at, created_by) VALUES "
                        + "(1, 1, 1, 10, 'AUTO', NOW(6), 20), (2, 1, 1, 11, 'AUTO', NOW(6), 20), "
                        + "(3, 1, 2, 10, 'AUTO', NOW(6), 20), (4, 1, 2, 11, 'AUTO', NOW(6), 20), "
                        + "(5, 1, 3, 10, 'MANUAL', NOW(6), 20), (6, 1, 3, 11, 'EXTRA', NOW(6), 20), "
                        + "(7, 2, 6, 10, 'AUTO', NOW(6), 20), (8, 2, 6, 11, 'AUTO', NOW(6), 20), "
                        + "(9, 2, 7, 12, 'MANUAL', NOW(6), 20)",
                "INSERT INTO evaluation (id, assignment_id, edition_id, submission_id, juror_id, status, feedback, "
                        + "raw_score, submitted_at, created_at, updated_at) VALUES "
                        + "(1, 1, 1, 1, 10, 'SUBMITTED', 'Excellent', 95.0, '2018-04-01', NOW(6), NOW(6)), "
                        + "(2, 2, 1, 1, 11, 'SUBMITTED', 'Très bien', 90.0, '2018-04-02', NOW(6), NOW(6)), "
                        + "(3, 3, 1, 2, 10, 'SUBMITTED', NULL, 80.5, '2018-04-03', NOW(6), NOW(6)), "
                        + "(4, 4, 1, 2, 11, 'SUBMITTED', NULL, 75.0, '2018-04-04', NOW(6), NOW(6)), "
                        + "(5, 5, 1, 3, 10, 'SUBMITTED', NULL, 50.0, '2018-04-05', NOW(6), NOW(6)), "
                        + "(6, 6, 1, 3, 11, 'SUBMITTED', NULL, 63.0, '2018-04-06', NOW(6), NOW(6)), "
                        + "(7, 7, 2, 6, 10, 'SUBMITTED', NULL, 64.0, '2026-04-01', NOW(6), NOW(6)), "
                        + "(8, 8, 2, 6, 11, 'DRAFT', 'À finir', NULL, NULL, NOW(6), NOW(6))",
                "INSERT INTO evaluation_score (evaluation_id, criterion_id, score) VALUES "
                        + "(1, 1, 4), (1, 2, 4), (2, 1, 4), (2, 2, 3), (3, 1, 3), (3, 2, 3), "
                        + "(4, 1, 3), (4, 2, 3), (5, 1, 2), (5, 2, 2), (6, 1, 2), (6, 2, 3), (7, 3, 3), (8, 3, 2)",
                "INSERT INTO award (id, edition_id, submission_id, kind, award_rank, citation, created_at, updated_at) "
                        + "VALUES (1, 1, 1, 'WINNER', 1, 'Pour son projet', NOW(6), NOW(6)), "
                        + "(2, 1, 2, 'LAUREATE', 2, NULL, NOW(6), NOW(6))",
                "INSERT INTO certificate (id, code, edition_id, submission_id, kind, issued_at, holder_first_name, "
                        + "holder_last_name, school_name, project_title, edition_number, edition_year, edition_title, "
                        + "place) VALUES "
                        + "(1, '" + code(1) + "', 1, 1, 'WINNER', '2018-05-25 09:00:00', 'Amina', 'Alaoui', 'École A', "
                        + "'Gagnant', 14, 2018, 'Quatorzième édition', 'Rabat'), "
                        + "(2, '" + code(2) + "', 1, 2, 'LAUREATE', '2018-05-25 09:00:00', 'Brahim', 'Bennani', 'École B', "
                        + "'Lauréat', 14, 2018, 'Quatorzième édition', 'Rabat'), "
                        + "(3, '" + code(3) + "', 1, 3, 'PARTICIPATION', '2018-05-25 09:00:00', 'Chaima', 'Chraibi', "
                        + "'École C', 'Non retenu', 14, 2018, 'Quatorzième édition', 'Rabat')",
                // A correction: the old code is revoked (it must keep answering "revoked"), a new one replaces it.
                "UPDATE certificate SET revoked_at = '2018-06-01 10:00:00', revocation_reason = 'Nom corrigé' WHERE id = 3",
                "INSERT INTO certificate (id, code, edition_id, submission_id, kind, issued_at, holder_first_name, "
                        + "holder_last_name, school_name, project_title, edition_number, edition_year, edition_title, "
                        + "place) VALUES (4, '" + code(4) + "', 1, 3, 'PARTICIPATION', '2018-06-01 10:00:00', 'Chaïma', "
                        + "'Chraïbi', 'École C', 'Non retenu', 14, 2018, 'Quatorzième édition', 'Rabat')",
                "UPDATE certificate SET replaced_by = 4 WHERE id = 3");
    }

    /** A certificate code of the stored width (29 characters). */
    private static String code(int n) {
        return "INNO-" + String.format("%024d", n);
    }
}
