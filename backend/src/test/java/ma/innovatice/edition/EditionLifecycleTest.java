package ma.innovatice.edition;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class EditionLifecycleTest {

    @Inject
    Fixtures fixtures;

    private static io.restassured.response.ValidatableResponse move(User admin, long id, String to) {
        return api(admin.token()).header("Accept-Language", "en").body(Map.of("to", to)).post("/api/editions/{id}/transitions", id).then();
    }

    @Test
    void shouldWalkTheWholeLifecycleOneStepAtATime() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        fixtures.closeOpenCalls(admin);
        List<String> steps = List.of("OPEN", "EVALUATION", "DELIBERATION", "PUBLISHED", "ARCHIVED");
        for (int i = 0; i < steps.size(); i++) {
            String next = i + 1 < steps.size() ? steps.get(i + 1) : null;
            var response = api(admin.token()).body(Fixtures.transitionBody(steps.get(i)))
                    .post("/api/editions/{id}/transitions", id).then().statusCode(200).body("status", equalTo(steps.get(i)));
            if (next != null) {
                response.body("nextStatus", equalTo(next));
            }
            assertThat(fixtures.rows("SELECT status FROM edition WHERE id = ?", id).get(0).get("status")).isEqualTo(steps.get(i));
            fixtures.prepareNextStep(admin, id, steps.get(i));
        }
        // The status each move reached (the reasons the moves carry are checked in TransitionPreviewTest).
        assertThat(fixtures.rows("SELECT after_state FROM audit_log WHERE entity_type = 'EDITION' AND entity_id = ? "
                + "AND action = 'TRANSITION' ORDER BY id", id).stream().map(r -> (String) r.get("after_state")).toList())
                .extracting(state -> state.replaceAll(",.*", "}"))
                .containsExactly("{\"status\":\"OPEN\"}", "{\"status\":\"EVALUATION\"}", "{\"status\":\"DELIBERATION\"}",
                        "{\"status\":\"PUBLISHED\"}", "{\"status\":\"ARCHIVED\"}");
    }

    @Test
    void shouldRefuseToSkipAStepAndNameTheAllowedOne() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        move(admin, id, "EVALUATION").statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"))
                .body("currentStatus", equalTo("DRAFT"))
                .body("allowedNext", contains("OPEN"))
                .body("detail", containsString("OPEN"));
        assertThat(fixtures.rows("SELECT status FROM edition WHERE id = ?", id).get(0).get("status")).isEqualTo("DRAFT");
    }

    @Test
    void shouldRefuseToGoBackOrToMoveAnArchivedEdition() {
        User admin = fixtures.admin();
        long id = fixtures.editionIn(admin, "EVALUATION");
        move(admin, id, "OPEN").statusCode(409).body("allowedNext", contains("DELIBERATION"));
        move(admin, id, "EVALUATION").statusCode(409);
        long archived = fixtures.editionIn(admin, "ARCHIVED");
        move(admin, archived, "DRAFT").statusCode(409).body("currentStatus", equalTo("ARCHIVED"))
                .body("allowedNext", emptyIterable());
    }

    @Test
    void shouldNotOpenWithoutAPositivelyWeightedRubric() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        List<Map<String, Object>> rubric = api(admin.token()).get("/api/editions/{id}/criteria", id).then()
                .extract().jsonPath().getList("");
        List<Map<String, Object>> inputs = rubric.stream().map(RubricResourceTest::asInput).toList();
        inputs.get(0).put("weight", 0);
        api(admin.token()).body(inputs).put("/api/editions/{id}/criteria", id).then().statusCode(200);
        move(admin, id, "OPEN").statusCode(409).body("type", endsWith("/rubric-incomplete"))
                .body("detail", containsString("COLLAB"));
        assertThat(fixtures.rows("SELECT status FROM edition WHERE id = ?", id).get(0).get("status")).isEqualTo("DRAFT");
    }

    @Test
    void shouldRefuseAnUnknownTargetStatus() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        invalidRequest(admin.token()).body(Map.of("to", "CLOSED")).post("/api/editions/{id}/transitions", id).then()
                .statusCode(400).body("errors.field", hasItem("to"));
        invalidRequest(admin.token()).body(Map.of()).post("/api/editions/{id}/transitions", id).then()
                .statusCode(400).body("errors.field", hasItem("to"));
        move(admin, 987654321L, "OPEN").statusCode(404);
    }
}
