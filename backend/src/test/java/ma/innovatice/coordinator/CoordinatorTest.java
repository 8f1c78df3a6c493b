package ma.innovatice.coordinator;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CoordinatorTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> account(String role, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", role.toLowerCase() + "-" + UUID.randomUUID() + "@test.innovatice.ma");
        body.put("firstName", "Salma");
        body.put("lastName", "Bennani");
        body.put("role", role);
        if (region != null) {
            body.put("regionCode", region);
        }
        return body;
    }

    @Test
    void shouldLetAnAdministratorCreateACoordinatorOnlyWithItsRegion() {
        User admin = fixtures.admin();
        api(admin.token()).body(account("COORDINATOR", null)).post("/api/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("regionCode"));
        long id = api(admin.token()).body(account("COORDINATOR", "MA-07")).post("/api/accounts").then().statusCode(201)
                .body("role", equalTo("COORDINATOR")).body("regionCode", equalTo("MA-07"))
                .extract().jsonPath().getLong("id");
        assertThat(fixtures.rows("SELECT role, region_code FROM account WHERE id = ?", id).get(0))
                .containsEntry("role", "COORDINATOR").containsEntry("region_code", "MA-07");
    }

    @Test
    void shouldLetACoordinatorManageTheJurorsOfItsRegionOnly() {
        User coordinator = fixtures.coordinator("MA-04");
        api(coordinator.token()).get("/api/me").then().statusCode(200).body("role", equalTo("COORDINATOR"))
                .body("regionCode", equalTo("MA-04"));

        Map<String, Object> juror = account("JURY", null);
        long mine = api(coordinator.token()).body(juror).post("/api/accounts").then().statusCode(201)
                .body("regionCode", equalTo("MA-04")).extract().jsonPath().getLong("id");
        api(coordinator.token()).body(account("JURY", "MA-01")).post("/api/accounts").then().statusCode(403);
        api(coordinator.token()).body(account("ADMIN", null)).post("/api/accounts").then().statusCode(403);
        api(coordinator.token()).body(account("COORDINATOR", "MA-04")).post("/api/accounts").then().statusCode(403);

        User foreign = fixtures.juror("MA-01", "Lycée de Tanger");
        User teacher = fixtures.teacher();
        api(coordinator.token()).queryParam("size", 100).queryParam("q", "Salma").get("/api/accounts").then()
                .statusCode(200).body("items.id", hasItem((int) mine))
                .body("items.regionCode", everyItem(equalTo("MA-04"))).body("items.role", everyItem(equalTo("JURY")));
        api(coordinator.token()).queryParam("role", "TEACHER").queryParam("size", 100).get("/api/accounts").then()
                .statusCode(200).body("items.role", everyItem(equalTo("JURY")));
        api(coordinator.token()).get("/api/accounts/{id}", foreign.id()).then().statusCode(404);
        api(coordinator.token()).get("/api/accounts/{id}", teacher.id()).then().statusCode(404);
        api(coordinator.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", foreign.id()).then()
                .statusCode(404);
        api(coordinator.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", coordinator.id()).then()
                .statusCode(404);
        api(coordinator.token()).body(Map.of("regionCode", "MA-01")).patch("/api/accounts/{id}", mine).then()
                .statusCode(403);
        api(coordinator.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", mine).then()
                .statusCode(200).body("enabled", equalTo(false));
        assertThat(fixtures.rows("SELECT enabled FROM account WHERE id = ?", foreign.id()).get(0).get("enabled"))
                .isEqualTo(true);
    }

    @Test
    void shouldShowTheCoordinatorItsRegionsDashboard() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "DRAFT");
        api(admin.token()).body(Map.of("items", List.of(Map.of("fr", "Preuves jointes"))))
                .put("/api/editions/{id}/screening-checklist", edition).then().statusCode(200);
        fixtures.move(admin, edition, "OPEN");
        User coordinator = fixtures.coordinator("MA-10");
        fixtures.juror("MA-10", "Lycée de Guelmim");
        User disabled = fixtures.juror("MA-10", "Collège de Tan-Tan");
        fixtures.execute("UPDATE account SET enabled = FALSE WHERE id = ?", disabled.id());
        long before = fixtures.count("SELECT COUNT(*) FROM account WHERE role = 'JURY' AND region_code = 'MA-10'");
        Map<String, Object> project = new HashMap<>(Fixtures.completeProject("Projet de Guelmim"));
        project.put("regionCode", "MA-10");
        for (int i = 0; i < 2; i++) {
            User teacher = fixtures.teacher();
            long id = fixtures.draftProject(teacher, edition, project);
            api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
            if (i == 0) {
                api(coordinator.token()).body(Map.of("outcome", "INELIGIBLE", "answers", List.of(false),
                        "reason", "Aucune preuve")).put("/api/submissions/{id}/screening", id).then().statusCode(200);
            }
        }
        fixtures.submittedProject(fixtures.teacher(), edition);

        api(coordinator.token()).get("/api/coordinator/dashboard").then().statusCode(200)
                .body("regionCode", equalTo("MA-10")).body("academy.fr", not(equalTo(null)))
                .body("edition.id", equalTo((int) edition)).body("edition.screeningEnabled", equalTo(true))
                .body("projects.submitted", equalTo(2)).body("projects.screened", equalTo(1))
                .body("projects.pending", equalTo(1)).body("projects.ineligible", equalTo(1))
                .body("projects.eligible", equalTo(0)).body("jurors.total", equalTo((int) before))
                .body("jurors.enabled", equalTo((int) before - (int) fixtures.count(
                        "SELECT COUNT(*) FROM account WHERE role = 'JURY' AND region_code = 'MA-10' AND NOT enabled")));
        api(admin.token()).get("/api/coordinator/dashboard").then().statusCode(403);
        api(admin.token()).body(Map.of("items", List.of())).put("/api/editions/{id}/screening-checklist", edition)
                .then().statusCode(200);
    }
}
