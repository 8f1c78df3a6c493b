package ma.innovatice.privacy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.account.Role;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Issue 20, point 1: the privacy notice is shown, accepted at registration, and asked again when it changes. */
@QuarkusTest
class PrivacyConsentTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> registration(String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", "une-classe-2026");
        body.put("firstName", "Khadija");
        body.put("lastName", "Amrani");
        body.put("regionCode", "MA-05");
        body.put("schoolName", "École Al Fath, Béni Mellal");
        body.put("schoolLevel", "PRIMAIRE");
        return body;
    }

    private static String email() {
        return "consent-" + UUID.randomUUID() + "@test.innovatice.ma";
    }

    @Test
    void shouldPublishTheNoticeFactsWithAPendingCndpDeclarationByDefault() {
        api().get("/api/privacy-notice").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("version", equalTo(1))
                .body("controller", equalTo("Ministère de l'Éducation nationale, du Préscolaire et des Sports"))
                .body("contactEmail", equalTo("donnees-personnelles@innovatice.ma"))
                // No number configured: none is invented, the clients say the declaration is pending.
                .body("cndpDeclaration", nullValue())
                .body("evidenceRetentionMonths", equalTo(24))
                .body("emailRetentionDays", equalTo(30));
    }

    @Test
    void shouldRefuseARegistrationWithoutTheCurrentNoticeVersionAndWriteNothing() {
        String absent = email();
        invalidRequest().header("Accept-Language", "en").body(registration(absent)).post("/api/auth/register").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/privacy-notice-version"))
                .body("currentVersion", equalTo(1))
                .body("errors[0].field", equalTo("privacyNoticeVersion"))
                .body("errors[0].message", equalTo("is required: accept the privacy notice"));
        String older = email();
        Map<String, Object> body = registration(older);
        body.put("privacyNoticeVersion", 2);
        api().header("Accept-Language", "en").body(body).post("/api/auth/register").then().statusCode(422)
                .body("errors[0].field", equalTo("privacyNoticeVersion"))
                .body("errors[0].message", equalTo("must be the current privacy notice version (1)"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email IN (?, ?)", absent, older)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient IN (?, ?)", absent, older)).isZero();
    }

    @Test
    void shouldRecordTheAcceptedVersionAndInstantOfARegistration() {
        String email = email();
        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> body = registration(email);
        body.put("privacyNoticeVersion", 1);
        api().body(body).post("/api/auth/register").then().statusCode(202);
        Map<String, Object> row = fixtures.rows("SELECT privacy_notice_version, privacy_accepted_at FROM account "
                + "WHERE email = ?", email).get(0);
        assertThat(row.get("privacy_notice_version")).isEqualTo(1);
        Object acceptedAt = row.get("privacy_accepted_at");
        // DATETIME columns hold UTC; JDBC reads them as local date-times (a Timestamp here, the JVM runs in UTC in tests).
        Instant accepted = acceptedAt instanceof java.sql.Timestamp at ? at.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC)
                : ((java.time.LocalDateTime) acceptedAt).toInstant(java.time.ZoneOffset.UTC);
        assertThat(accepted).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        String token = fixtures.confirmRegistration(email);
        api(token).get("/api/me").then().statusCode(200)
                .body("privacyNoticeVersion", equalTo(1))
                .body("privacyAcceptedAt", notNullValue())
                .body("privacyNoticeCurrentVersion", equalTo(1))
                .body("privacyConsentRequired", equalTo(false));
    }

    @Test
    void shouldAskAnAccountCreatedByAnAdministratorOrWithAnOlderVersionToAcceptAtLogin() {
        User juror = fixtures.user(Role.JURY);
        api().body(Map.of("email", juror.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login").then()
                .statusCode(200)
                .body("account.privacyNoticeVersion", nullValue())
                .body("account.privacyNoticeCurrentVersion", equalTo(1))
                .body("account.privacyConsentRequired", equalTo(true));

        User teacher = fixtures.teacher();
        fixtures.execute("UPDATE account SET privacy_notice_version = 0, privacy_accepted_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.parse("2025-09-01T08:00:00Z")), teacher.id());
        api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login").then()
                .statusCode(200)
                .body("account.privacyNoticeVersion", equalTo(0))
                .body("account.privacyConsentRequired", equalTo(true));
    }

    @Test
    void shouldRecordAnAcceptanceOfTheCurrentVersionOnlyAndAuditIt() {
        User coordinator = fixtures.coordinator("MA-04");
        api(coordinator.token()).body(Map.of("version", 2)).post("/api/me/privacy-consent").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/privacy-notice-outdated"))
                .body("currentVersion", equalTo(1));
        invalidRequest(coordinator.token()).body(Map.of("version", 0)).post("/api/me/privacy-consent").then()
                .statusCode(400).body("errors.field", hasItem("version"));
        invalidRequest(coordinator.token()).body(Map.of()).post("/api/me/privacy-consent").then()
                .statusCode(400).body("errors.field", hasItem("version"));
        assertThat(fixtures.rows("SELECT privacy_notice_version FROM account WHERE id = ?", coordinator.id()).get(0)
                .get("privacy_notice_version")).isNull();

        api(coordinator.token()).body(Map.of("version", 1)).post("/api/me/privacy-consent").then().statusCode(200)
                .body("privacyNoticeVersion", equalTo(1))
                .body("privacyAcceptedAt", notNullValue())
                .body("privacyConsentRequired", equalTo(false));
        api(coordinator.token()).get("/api/me").then().body("privacyConsentRequired", equalTo(false));
        // Accepting again changes nothing and is not audited twice.
        api(coordinator.token()).body(Map.of("version", 1)).post("/api/me/privacy-consent").then().statusCode(200);
        List<Map<String, Object>> audit = fixtures.rows("SELECT actor_id, after_state FROM audit_log WHERE entity_type = "
                + "'ACCOUNT' AND entity_id = ? AND action = 'PRIVACY_CONSENT'", coordinator.id());
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor_id")).isEqualTo(coordinator.id());
        assertThat((String) audit.get(0).get("after_state")).contains("\"privacyNoticeVersion\":1");
    }

    @Test
    void shouldRefuseTheConsentOperationWithoutAToken() {
        api().body(Map.of("version", 1)).post("/api/me/privacy-consent").then().statusCode(401);
    }
}
