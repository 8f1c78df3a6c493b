package ma.innovatice.common.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** The audit log read by administrators (issue 18, point 10): by edition, actor, action and days, newest first. */
@QuarkusTest
class AuditLogFilterTest {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @Inject
    Fixtures fixtures;

    private JsonPath audit(User admin, Map<String, Object> filters) {
        return api(admin.token()).queryParams(filters).get("/api/audit").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldFindTheEntriesOfAnEditionWhateverWroteThem() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Radio de l'école")));
        User juror = fixtures.juror();
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        api(juror.token()).body(Map.of("reason", "C'est ma cousine")).post("/api/jury/assignments/{id}/conflict", assignment)
                .then().statusCode(204);
        Competition other = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Autre projet")));

        JsonPath edition = audit(c.admin(), Map.of("editionId", c.edition(), "size", 100));
        assertThat(edition.getList("items.editionId", Integer.class)).containsOnly((int) c.edition());
        // The edition itself, its project (the teacher's writes, and the status the transition wrote in one
        // statement for every project), the assignment and the conflict that deleted it.
        assertThat(edition.getList("items.collect { it.entityType + ':' + it.action }", String.class))
                .contains("EDITION:CREATE", "EDITION:TRANSITION", "SUBMISSION:CREATE", "SUBMISSION:STATUS",
                        "ASSIGNMENT:CREATE", "ASSIGNMENT:CONFLICT");
        assertThat(edition.getList("items.entityId", Long.class)).doesNotContain(other.edition());
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log_edition WHERE edition_id = ?", c.edition()))
                .isEqualTo(edition.getLong("total"));

        // Actor (an address or its beginning, letter case ignored) and action combine with the edition.
        String prefix = juror.email().substring(0, 12).toUpperCase();
        api(c.admin().token()).queryParam("editionId", c.edition()).queryParam("actor", prefix).get("/api/audit").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].action", equalTo("CONFLICT"))
                .body("items[0].actorEmail", equalTo(juror.email()));
        api(c.admin().token()).queryParam("editionId", c.edition()).queryParam("actor", c.admin().email())
                .queryParam("action", "TRANSITION").get("/api/audit")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.action", everyItem(equalTo("TRANSITION"))).body("items.actorEmail", everyItem(equalTo(c.admin().email())))
                .body("items[0].after.status", equalTo("EVALUATION")).body("items[1].after.status", equalTo("OPEN"));
        api(c.admin().token()).queryParam("actor", "%").queryParam("editionId", c.edition()).get("/api/audit").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldFilterByDaysInMoroccoAndRefuseAWrongRange() {
        User admin = fixtures.admin();
        long edition = fixtures.draftEdition(admin);
        LocalDate today = LocalDate.now(MOROCCO);
        api(admin.token()).queryParam("editionId", edition).queryParam("from", today.toString()).queryParam("to", today.toString())
                .get("/api/audit").then().statusCode(200).body("total", equalTo(1)).body("items[0].action", equalTo("CREATE"));
        api(admin.token()).queryParam("editionId", edition).queryParam("from", today.plusDays(1).toString())
                .get("/api/audit").then().statusCode(200).body("total", equalTo(0));
        api(admin.token()).queryParam("editionId", edition).queryParam("to", today.minusDays(1).toString())
                .get("/api/audit").then().statusCode(200).body("total", equalTo(0));
        invalidRequest(admin.token()).queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString())
                .get("/api/audit").then().statusCode(400).body("errors.field", hasItem("to"));
        invalidRequest(admin.token()).queryParam("from", "2026-02-30").get("/api/audit").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        invalidRequest(admin.token()).queryParam("action", "drop table").get("/api/audit").then().statusCode(400);
        invalidRequest(admin.token()).queryParam("size", 101).get("/api/audit").then().statusCode(400);
        api(fixtures.teacher().token()).get("/api/audit").then().statusCode(403);
        api(admin.token()).queryParam("entityType", "EDITION").queryParam("entityId", edition).get("/api/audit").then()
                .statusCode(200).body("items.editionId", hasItems((int) edition));
    }
}
