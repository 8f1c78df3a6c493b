package ma.innovatice.account;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.notification.OutboxWorker;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.MutableClock;
import ma.innovatice.testing.TestSmtp;
import ma.innovatice.testing.TestSmtp.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Forgotten passwords and first passwords: single-use, short-lived links that are never access tokens. */
@QuarkusTest
class PasswordResetTest {

    private static final String NEW_PASSWORD = "nouveau-secret-77";

    private static TestSmtp smtp;

    @Inject
    Fixtures fixtures;

    @Inject
    OutboxWorker worker;

    @Inject
    MutableClock clock;

    @BeforeAll
    static void startSmtp() {
        smtp = new TestSmtp().start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void shouldResetThePasswordOnceWithTheEmailedLink() throws Exception {
        User teacher = fixtures.teacher();
        api(teacher.token()).get("/api/me").then().statusCode(200);
        api().body(Map.of("email", teacher.email().toUpperCase())).post("/api/auth/password-reset")
                .then().statusCode(202);
        fixtures.handlePasswordResetRequests();
        worker.drain();

        List<Received> mails = smtp.to(teacher.email());
        assertThat(mails).hasSize(1);
        Received mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("Réinitialisation de votre mot de passe InnovaTICE");
        assertThat(mail.text()).contains("http://localhost:8080/reset-password?token=");
        assertThat(mail.html()).contains("lang=\"fr\"").contains("href=\"http://localhost:8080/reset-password?token=");
        String token = TestSmtp.token(mail.text());
        assertThat(Base64Url.decode(token)).hasSize(32);

        // Only the SHA-256 of the token is stored.
        Map<String, Object> row = fixtures.rows("SELECT token_hash, purpose, expires_at, created_at, used_at "
                + "FROM password_token WHERE account_id = ?", teacher.id()).get(0);
        assertThat(row.get("token_hash")).isEqualTo(sha256(token));
        assertThat(row.get("purpose")).isEqualTo("RESET");
        assertThat(fixtures.count("SELECT COUNT(*) FROM password_token WHERE token_hash = ?", token)).isZero();

        // The token is no access token.
        invalidRequest(token).get("/api/me").then().statusCode(401);

        // A weak password is refused and leaves the link usable.
        api().body(Map.of("token", token, "password", "abcdefghijk")).post("/api/auth/password-reset/confirm")
                .then().statusCode(400).body("errors.field", hasItem("password"));
        api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login")
                .then().statusCode(200);

        api().body(Map.of("token", token, "password", NEW_PASSWORD)).post("/api/auth/password-reset/confirm")
                .then().statusCode(204);
        api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login")
                .then().statusCode(401);
        String fresh = api().body(Map.of("email", teacher.email(), "password", NEW_PASSWORD)).post("/api/auth/login")
                .then().statusCode(200).extract().path("accessToken");

        // Every token issued before the reset is refused at once; the new one works.
        invalidRequest(teacher.token()).get("/api/me").then().statusCode(401);
        api(fresh).get("/api/me").then().statusCode(200).body("email", equalTo(teacher.email()));

        // Single use.
        api().body(Map.of("token", token, "password", "encore-autre-88")).post("/api/auth/password-reset/confirm")
                .then().statusCode(400).body("type", equalTo("https://innovatice.ma/problems/invalid-token"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? "
                + "AND action = 'PASSWORD_RESET'", teacher.id())).isEqualTo(1);
    }

    @Test
    void shouldAcceptAnyEmailAndMailOnlyEnabledAccounts() {
        String unknown = "personne-" + UUID.randomUUID() + "@test.innovatice.ma";
        api().body(Map.of("email", unknown)).post("/api/auth/password-reset").then().statusCode(202);
        fixtures.handlePasswordResetRequests();
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", unknown)).isZero();

        User disabled = fixtures.teacher();
        User admin = fixtures.admin();
        api(admin.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", disabled.id()).then().statusCode(200);
        api().body(Map.of("email", disabled.email())).post("/api/auth/password-reset").then().statusCode(202);
        fixtures.handlePasswordResetRequests();
        assertThat(fixtures.count("SELECT COUNT(*) FROM password_token WHERE account_id = ?", disabled.id())).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", disabled.email())).isZero();
    }

    @Test
    void shouldRefuseAnExpiredLink() {
        User teacher = fixtures.teacher();
        api().body(Map.of("email", teacher.email())).post("/api/auth/password-reset").then().statusCode(202);
        fixtures.handlePasswordResetRequests();
        String token = TestSmtp.token(outboxText(teacher.email(), "PASSWORD_RESET"));
        Instant expires = utc(fixtures.rows("SELECT expires_at FROM password_token "
                + "WHERE account_id = ?", teacher.id()).get(0).get("expires_at"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));

        clock.pin(expires.plusSeconds(1));
        api().body(Map.of("token", token, "password", NEW_PASSWORD)).post("/api/auth/password-reset/confirm")
                .then().statusCode(400).body("type", equalTo("https://innovatice.ma/problems/invalid-token"));
        api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login")
                .then().statusCode(200);
    }

    @Test
    void shouldVoidEveryOtherLinkOnceAPasswordIsSet() {
        User teacher = fixtures.teacher();
        api().body(Map.of("email", teacher.email())).post("/api/auth/password-reset").then().statusCode(202);
        fixtures.handlePasswordResetRequests();
        api().body(Map.of("email", teacher.email())).post("/api/auth/password-reset").then().statusCode(202);
        fixtures.handlePasswordResetRequests();
        List<String> tokens = fixtures.rows("SELECT text_body FROM outbox_message WHERE recipient = ? ORDER BY id",
                teacher.email()).stream().map(r -> TestSmtp.token((String) r.get("text_body"))).toList();
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();

        api().body(Map.of("token", tokens.get(1), "password", NEW_PASSWORD)).post("/api/auth/password-reset/confirm")
                .then().statusCode(204);
        api().body(Map.of("token", tokens.get(0), "password", "encore-autre-88")).post("/api/auth/password-reset/confirm")
                .then().statusCode(400).body("type", equalTo("https://innovatice.ma/problems/invalid-token"));
    }

    @Test
    void shouldIgnoreRequestsBeyondAFewPerQuarterOfAnHour() {
        User teacher = fixtures.teacher();
        for (int i = 0; i < 5; i++) {
            api().body(Map.of("email", teacher.email())).post("/api/auth/password-reset").then().statusCode(202);
            fixtures.handlePasswordResetRequests();
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM password_token WHERE account_id = ?", teacher.id())).isEqualTo(3);
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", teacher.email())).isEqualTo(3);
    }

    @Test
    void shouldRefuseMalformedRequests() {
        invalidRequest().body(Map.of("email", "")).post("/api/auth/password-reset").then().statusCode(400);
        invalidRequest().body(Map.of("token", "x")).post("/api/auth/password-reset/confirm").then().statusCode(400)
                .body("errors.field", hasItem("password"));
        api().body(Map.of("token", "inconnu", "password", NEW_PASSWORD)).post("/api/auth/password-reset/confirm")
                .then().statusCode(400).body("type", equalTo("https://innovatice.ma/problems/invalid-token"));
    }

    @Test
    void shouldLetAJurorCreatedByAnAdminChooseTheirPasswordFromTheInvitation() {
        User admin = fixtures.admin();
        String email = "jure-" + UUID.randomUUID() + "@test.innovatice.ma";
        long id = api(admin.token()).body(Map.of("email", email, "firstName", "Karim", "lastName", "Bennani",
                        "role", "JURY", "preferredLanguage", "en"))
                .post("/api/accounts").then().statusCode(201).body("remindersEnabled", equalTo(true))
                .extract().jsonPath().getLong("id");
        // Nobody can sign in before the link is used.
        assertThat(fixtures.rows("SELECT password_hash FROM account WHERE id = ?", id).get(0).get("password_hash"))
                .asString().startsWith("$2");
        worker.drain();

        List<Received> mails = smtp.to(email);
        assertThat(mails).hasSize(1);
        Received mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("Your InnovaTICE account: choose your password");
        assertThat(mail.text()).contains("jury member").contains("/reset-password?token=");
        assertThat(mail.html()).contains("lang=\"en\"");
        Instant expires = utc(fixtures.rows("SELECT expires_at FROM password_token "
                + "WHERE account_id = ? AND purpose = 'INVITATION'", id).get(0).get("expires_at"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(7).minusMinutes(1),
                Duration.ofDays(7).plusMinutes(1));

        api().body(Map.of("token", TestSmtp.token(mail.text()), "password", NEW_PASSWORD))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);
        api().body(Map.of("email", email, "password", NEW_PASSWORD)).post("/api/auth/login").then().statusCode(200)
                .body("account.role", equalTo("JURY"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? "
                + "AND action = 'PASSWORD_SET'", id)).isEqualTo(1);
    }

    @Test
    void shouldNeverMailThePasswordAnAdminChose() {
        User admin = fixtures.admin();
        String email = "admin-" + UUID.randomUUID() + "@test.innovatice.ma";
        api(admin.token()).body(Map.of("email", email, "password", "choisi-au-bureau-1", "firstName", "Samira",
                "lastName", "Idrissi", "role", "ADMIN")).post("/api/accounts").then().statusCode(201);
        Map<String, Object> row = fixtures.rows("SELECT kind, language, text_body, html_body FROM outbox_message "
                + "WHERE recipient = ?", email).get(0);
        assertThat(row.get("kind")).isEqualTo("ACCOUNT_INVITATION");
        assertThat(row.get("language")).isEqualTo("fr");
        assertThat((String) row.get("text_body")).contains("/reset-password?token=").doesNotContain("choisi-au-bureau-1");
        assertThat((String) row.get("html_body")).doesNotContain("choisi-au-bureau-1");
        api().body(Map.of("email", email, "password", "choisi-au-bureau-1")).post("/api/auth/login").then().statusCode(200);
    }

    private String outboxText(String recipient, String kind) {
        return (String) fixtures.rows("SELECT text_body FROM outbox_message WHERE recipient = ? AND kind = ? "
                + "ORDER BY id DESC LIMIT 1", recipient, kind).get(0).get("text_body");
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static final class Base64Url {
        static byte[] decode(String text) {
            return java.util.Base64.getUrlDecoder().decode(text);
        }
    }

    /** A DATETIME column, which holds UTC. */
    private static Instant utc(Object value) {
        return ((java.sql.Timestamp) value).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
}
