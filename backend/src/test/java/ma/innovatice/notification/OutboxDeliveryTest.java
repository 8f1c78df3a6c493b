package ma.innovatice.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.MutableClock;
import ma.innovatice.testing.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The outbox: an SMTP outage delays mail, never loses or doubles it, and never fails the user's request. */
@QuarkusTest
class OutboxDeliveryTest {

    private final TestSmtp smtp = new TestSmtp();

    @Inject
    Fixtures fixtures;

    @Inject
    OutboxWorker worker;

    @Inject
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        smtp.stop();
        clock.release();
    }

    private String register() {
        String email = "panne-" + UUID.randomUUID() + "@test.innovatice.ma";
        api().body(Map.of("email", email, "password", "une-classe-2026", "firstName", "Nadia", "lastName", "Tazi",
                        "regionCode", "MA-06", "schoolName", "Lycée Al Khansaa", "schoolLevel", "SECONDAIRE_QUALIFIANT",
                        "privacyNoticeVersion", 1))
                .post("/api/auth/register").then().statusCode(202);
        return email;
    }

    private Map<String, Object> row(String email) {
        return fixtures.rows("SELECT id, status, attempts, last_error, next_attempt_at, sent_at FROM outbox_message "
                + "WHERE recipient = ?", email).get(0);
    }

    @Test
    void shouldDeliverExactlyOnceWhenTheServerComesBack() {
        String email = register();
        assertThat(row(email).get("status")).isEqualTo("PENDING");

        worker.drain();
        Map<String, Object> failed = row(email);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("last_error")).isNotBlank();

        smtp.start();
        worker.drain();
        assertThat(smtp.to(email)).as("not due before its backoff").isEmpty();

        Instant due = utc(failed.get("next_attempt_at"));
        assertThat(Duration.between(Instant.now(), due)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(31));
        clock.pin(due.plusSeconds(1));
        worker.drain();
        worker.drain();
        clock.pin(due.plus(Duration.ofDays(1)));
        worker.drain();

        assertThat(smtp.to(email)).hasSize(1);
        assertThat(smtp.to(email).get(0).outboxId()).isEqualTo(String.valueOf(row(email).get("id")));
        Map<String, Object> sent = row(email);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("attempts")).isEqualTo(2);
        assertThat(sent.get("last_error")).isNull();
        assertThat(sent.get("sent_at")).isNotNull();
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptAndLetAnAdminSeeAndRetryIt() {
        String email = register();
        Instant at = Instant.now();
        for (int attempt = 1; attempt <= 8; attempt++) {
            clock.pin(at);
            worker.drain();
            at = at.plus(Duration.ofHours(2));
        }
        Map<String, Object> failed = row(email);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("attempts")).isEqualTo(8);
        long id = ((Number) failed.get("id")).longValue();

        clock.release();
        User admin = fixtures.admin();
        api(admin.token()).queryParam("status", "FAILED").queryParam("recipient", email).get("/api/outbox")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].kind", equalTo("EMAIL_CONFIRMATION"))
                .body("items[0].language", equalTo("fr"))
                .body("items[0].attempts", equalTo(8))
                .body("items[0].lastError", notNullValue());
        invalidRequest(admin.token()).queryParam("status", "LOST").get("/api/outbox").then().statusCode(400);

        api(admin.token()).post("/api/outbox/{id}/retry", id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        api(admin.token()).post("/api/outbox/{id}/retry", id).then().statusCode(409);
        smtp.start();
        worker.drain();
        assertThat(smtp.to(email)).hasSize(1);
        api(admin.token()).queryParam("recipient", email).get("/api/outbox").then().statusCode(200)
                .body("items[0].status", equalTo("SENT")).body("items[0].sentAt", notNullValue());
    }

    @Test
    void shouldNotSendAMessageAnotherWorkerHolds() {
        String email = register();
        smtp.start();
        long id = ((Number) row(email).get("id")).longValue();
        // Another worker claimed it a moment ago: its lease runs.
        fixtures.execute("UPDATE outbox_message SET attempts = 1, next_attempt_at = ? WHERE id = ?",
                java.time.LocalDateTime.ofInstant(Instant.now().plus(Duration.ofMinutes(2)), java.time.ZoneOffset.UTC), id);
        worker.drain();
        assertThat(smtp.to(email)).isEmpty();
        // The worker died: once the lease is over, the message is sent.
        clock.pin(Instant.now().plus(Duration.ofMinutes(3)));
        worker.drain();
        assertThat(smtp.to(email)).hasSize(1);
    }

    /** A DATETIME column, which holds UTC. */
    private static Instant utc(Object value) {
        return ((java.sql.Timestamp) value).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
}
