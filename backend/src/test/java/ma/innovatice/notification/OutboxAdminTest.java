package ma.innovatice.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.TestSmtp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** The outbox read by administrators (issue 18, point 10): never a link of a body, filters, and an audited retry. */
@QuarkusTest
class OutboxAdminTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldListAFailedEmailWithoutItsLinkAndAuditItsRetry() {
        String email = "lien-" + UUID.randomUUID() + "@test.innovatice.ma";
        api().body(Map.of("email", email, "password", "une-classe-2026", "firstName", "Salma", "lastName", "Idrissi",
                        "regionCode", "MA-03", "schoolName", "École Al Qods", "schoolLevel", "PRIMAIRE",
                        "privacyNoticeVersion", 1))
                .post("/api/auth/register").then().statusCode(202);
        Map<String, Object> row = fixtures.rows("SELECT id, text_body FROM outbox_message WHERE recipient = ?", email).get(0);
        long id = ((Number) row.get("id")).longValue();
        String token = TestSmtp.token((String) row.get("text_body"));
        assertThat(token).isNotBlank();
        fixtures.execute("UPDATE outbox_message SET status = 'FAILED', attempts = 8, last_error = '550 boîte inconnue' "
                + "WHERE id = ?", id);

        User admin = fixtures.admin();
        String listed = api(admin.token()).queryParam("status", "FAILED").queryParam("recipient", email).get("/api/outbox")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].kind", equalTo("EMAIL_CONFIRMATION")).body("items[0].status", equalTo("FAILED"))
                .body("items[0].lastError", equalTo("550 boîte inconnue"))
                .extract().asString();
        assertThat(listed).doesNotContain(token, "token=", "confirm-email");

        api(fixtures.teacher().token()).post("/api/outbox/{id}/retry", id).then().statusCode(403);
        String retried = api(admin.token()).post("/api/outbox/{id}/retry", id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0)).extract().asString();
        assertThat(retried).doesNotContain(token, "token=");
        assertThat(fixtures.rows("SELECT status FROM outbox_message WHERE id = ?", id).get(0).get("status")).isNotEqualTo("FAILED");

        String audited = api(admin.token()).queryParam("entityType", "OUTBOX_MESSAGE").queryParam("entityId", id)
                .get("/api/audit").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].action", equalTo("RETRY")).body("items[0].actorId", equalTo((int) admin.id()))
                .body("items[0].before.status", equalTo("FAILED")).body("items[0].before.attempts", equalTo(8))
                .body("items[0].after.status", equalTo("PENDING")).body("items[0].after.recipient", equalTo(email))
                .extract().asString();
        assertThat(audited).doesNotContain(token, "token=");
        api(admin.token()).post("/api/outbox/{id}/retry", id).then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/not-failed"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'OUTBOX_MESSAGE' AND entity_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void shouldFilterTheOutboxByEditionKindAndDays() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Podcast en classe")));
        String teacher = c.teachers().get(0).email();
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        api(c.admin().token()).queryParam("editionId", c.edition()).get("/api/outbox").then().statusCode(200)
                .body("items.editionId", everyItem(equalTo((int) c.edition())))
                .body("items.kind", hasItem("SUBMISSION_RECEIVED")).body("items.recipient", hasItem(teacher));
        api(c.admin().token()).queryParam("editionId", c.edition()).queryParam("kind", "SUBMISSION_RECEIVED")
                .queryParam("from", today.toString()).queryParam("to", today.toString()).get("/api/outbox").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].recipient", equalTo(teacher));
        api(c.admin().token()).queryParam("editionId", c.edition()).queryParam("kind", "EMAIL_CONFIRMATION")
                .get("/api/outbox").then().statusCode(200).body("total", equalTo(0));
        api(c.admin().token()).queryParam("recipient", teacher).queryParam("from", today.plusDays(1).toString())
                .get("/api/outbox").then().statusCode(200).body("total", equalTo(0));
        invalidRequest(c.admin().token()).queryParam("kind", "SPAM").get("/api/outbox").then().statusCode(400);
        invalidRequest(c.admin().token()).queryParam("from", "2026-13-01").get("/api/outbox").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }
}
