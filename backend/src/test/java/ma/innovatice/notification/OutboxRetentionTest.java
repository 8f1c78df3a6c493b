package ma.innovatice.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

@QuarkusTest
class OutboxRetentionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    OutboxRetention retention;

    /** Inserts a message created {@code age} ago in {@code status}; returns its dedup key. */
    private String message(Duration age, String status) {
        String key = "retention-test:" + UUID.randomUUID();
        LocalDateTime created = LocalDateTime.ofInstant(Instant.now().minus(age), ZoneOffset.UTC);
        fixtures.execute("INSERT INTO outbox_message (dedup_key, kind, recipient, language, subject, text_body, html_body, "
                        + "status, attempts, next_attempt_at, last_error, created_at, sent_at) "
                        + "VALUES (?, 'ACCOUNT_CREATED', ?, 'fr', 'Bienvenue Nadia Tazi', 'Bonjour Nadia, votre projet « Robots »', "
                        + "'<p>Bonjour Nadia</p>', ?, 1, ?, ?, ?, ?)",
                key, key.substring(15) + "@test.innovatice.ma", status, created,
                status.equals("FAILED") ? "550 mailbox unavailable" : null, created,
                status.equals("SENT") ? created : null);
        return key;
    }

    private Map<String, Object> row(String key) {
        return fixtures.rows("SELECT recipient, subject, text_body, html_body, last_error, status, kind, created_at, sent_at, "
                + "erased_at "
                + "FROM outbox_message WHERE dedup_key = ?", key).get(0);
    }

    @Test
    void shouldEraseTheContentOfOldSentAndFailedMailButKeepTheRecordAndEveryPendingOrRecentOne() {
        String oldSent = message(Duration.ofDays(31), "SENT");
        String oldFailed = message(Duration.ofDays(45), "FAILED");
        String oldPending = message(Duration.ofDays(40), "PENDING");
        String recentSent = message(Duration.ofDays(29), "SENT");

        assertThat(retention.eraseExpired()).isGreaterThanOrEqualTo(2);

        for (String key : new String[] {oldSent, oldFailed}) {
            Map<String, Object> erased = row(key);
            assertThat(erased).containsEntry("recipient", "").containsEntry("subject", "").containsEntry("text_body", "")
                    .containsEntry("html_body", "").containsEntry("kind", "ACCOUNT_CREATED");
            assertThat(erased.get("last_error")).isNull();
            assertThat(erased.get("created_at")).isNotNull();
            assertThat(erased.get("erased_at")).isNotNull();
        }
        assertThat(row(oldSent).get("status")).isEqualTo("SENT");
        assertThat(row(oldSent).get("sent_at")).isNotNull();
        assertThat(row(oldFailed).get("status")).isEqualTo("FAILED");
        for (String key : new String[] {oldPending, recentSent}) {
            assertThat(row(key)).containsEntry("subject", "Bienvenue Nadia Tazi")
                    .containsEntry("text_body", "Bonjour Nadia, votre projet « Robots »");
            assertThat((String) row(key).get("recipient")).endsWith("@test.innovatice.ma");
            assertThat(row(key).get("erased_at")).isNull();
        }
        // The dedup key stays: the same event is still refused a second row.
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE dedup_key = ?", oldSent)).isEqualTo(1);
        // An erased email cannot be sent again: there is no address left.
        long failedId = ((Number) fixtures.rows("SELECT id FROM outbox_message WHERE dedup_key = ?", oldFailed).get(0)
                .get("id")).longValue();
        api(fixtures.admin().token()).post("/api/outbox/{id}/retry", failedId).then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/mail-erased"));
        assertThat(row(oldFailed).get("status")).isEqualTo("FAILED");
        // A second pass has nothing left to erase (and does not touch what it erased before).
        Object erasedAt = row(oldSent).get("erased_at");
        assertThat(retention.eraseExpired()).isZero();
        assertThat(row(oldSent).get("erased_at")).isEqualTo(erasedAt);
        assertThat(row(recentSent)).containsEntry("subject", "Bienvenue Nadia Tazi");
    }
}
