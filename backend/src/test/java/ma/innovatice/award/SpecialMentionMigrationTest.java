package ma.innovatice.award;

import io.quarkus.test.junit.QuarkusTest;
import ma.innovatice.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13: an edition published before a special mention was an outcome of its own filed its special
 * mentions as NOT_RETAINED; the migration gives them their outcome and writes the change in their history.
 */
@QuarkusTest
class SpecialMentionMigrationTest {

    @Test
    void shouldGiveTheSpecialMentionsOfAPublishedEditionTheirOwnOutcome() throws SQLException {
        try (ScratchDatabase db = ScratchDatabase.create("innovatice_v13")) {
            db.migrateTo("12");
            db.execute(
                    "INSERT INTO account (id, email, password_hash, role, first_name, last_name, created_at, updated_at) "
                            + "VALUES (1, 'a@example.ma', 'x', 'TEACHER', 'A', 'A', NOW(6), NOW(6)), "
                            + "(2, 'b@example.ma', 'x', 'TEACHER', 'B', 'B', NOW(6), NOW(6)), "
                            + "(3, 'c@example.ma', 'x', 'TEACHER', 'C', 'C', NOW(6), NOW(6))",
                    "INSERT INTO edition (id, number, year, title, submissions_open_at, submissions_close_at, "
                            + "evaluation_close_at, laureate_count, jurors_per_project, status, created_at, updated_at) "
                            + "VALUES (1, 12, 2016, 'Douzième édition', '2015-11-01', '2016-02-28', '2016-04-15', 12, 1, "
                            + "'PUBLISHED', NOW(6), NOW(6))",
                    "INSERT INTO submission (id, edition_id, author_id, title, status, version, created_at, updated_at) "
                            + "VALUES (1, 1, 1, 'Gagnant', 'WINNER', 3, NOW(6), NOW(6)), "
                            + "(2, 1, 2, 'Mentionné', 'NOT_RETAINED', 3, NOW(6), NOW(6)), "
                            + "(3, 1, 3, 'Participant', 'NOT_RETAINED', 3, NOW(6), NOW(6))",
                    "INSERT INTO award (edition_id, submission_id, kind, award_rank, created_at, updated_at) "
                            + "VALUES (1, 1, 'WINNER', 1, NOW(6), NOW(6)), (1, 2, 'SPECIAL_MENTION', 2, NOW(6), NOW(6))");

            assertThat(db.migrate()).isTrue();

            assertThat(db.rows("SELECT CONCAT(id, ':', status, ':', version) FROM submission ORDER BY id"))
                    .containsExactly("1:WINNER:3", "2:SPECIAL_MENTION:4", "3:NOT_RETAINED:3");
            assertThat(db.rows("SELECT CONCAT(entity_id, ' ', before_state, ' ', after_state) "
                    + "FROM audit_log WHERE entity_type = 'SUBMISSION' AND action = 'STATUS' AND actor_id IS NULL"))
                    .containsExactly("2 {\"status\":\"NOT_RETAINED\"} {\"status\":\"SPECIAL_MENTION\"}");
        }
    }
}
