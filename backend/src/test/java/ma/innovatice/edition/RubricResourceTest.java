package ma.innovatice.edition;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class RubricResourceTest {

    @Inject
    Fixtures fixtures;

    static Map<String, Object> asInput(Map<String, Object> criterion) {
        Map<String, Object> input = new HashMap<>(criterion);
        input.remove("id");
        input.remove("position");
        return input;
    }

    private static Map<String, Object> criterion(String code, double weight, int min, int max) {
        Map<String, Object> input = new HashMap<>();
        input.put("code", code);
        input.put("label", Map.of("fr", "Critère " + code, "ar", "معيار " + code, "en", "Criterion " + code));
        input.put("weight", weight);
        input.put("scaleMin", min);
        input.put("scaleMax", max);
        return input;
    }

    @Test
    void shouldReplaceTheWholeRubricOfADraftInTheOrderGiven() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        Map<String, Object> gated = criterion("GATED", 2, 1, 3);
        gated.put("gates", List.of(Map.of("fr", "Oui ?", "ar", "نعم؟", "en", "Yes?"),
                Map.of("fr", "Encore ?", "ar", "أيضا؟", "en", "Again?")));
        gated.put("description", Map.of("fr", "Description", "ar", "وصف", "en", "Description"));
        List<Map<String, Object>> rubric = List.of(criterion("INNOVATION", 60, 0, 20), gated);

        api(admin.token()).body(rubric).put("/api/editions/{id}/criteria", id).then().statusCode(200)
                .body("code", contains("INNOVATION", "GATED"))
                .body("position", contains(1, 2))
                .body("[0].weight", equalTo(60.0))
                .body("[1].gates[1].ar", equalTo("أيضا؟"))
                .body("[1].description.en", equalTo("Description"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM criterion WHERE edition_id = ?", id)).isEqualTo(2);
        assertThat(fixtures.count("SELECT COUNT(*) FROM criterion_gate g JOIN criterion c ON c.id = g.criterion_id "
                + "WHERE c.edition_id = ?", id)).isEqualTo(2);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'EDITION' AND entity_id = ? "
                + "AND action = 'RUBRIC'", id)).isEqualTo(1);

        api(admin.token()).body(List.of(criterion("GATED", 1, 1, 5))).put("/api/editions/{id}/criteria", id)
                .then().statusCode(200).body("code", contains("GATED")).body("[0].gates.size()", equalTo(0));
    }

    @Test
    void shouldRefuseAnInconsistentRubricAndKeepTheOldOne() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        Map<String, Object> badGates = criterion("GATES", 1, 1, 5);
        badGates.put("gates", List.of(Map.of("fr", "Oui ?", "ar", "نعم؟", "en", "Yes?")));
        List<Map<String, Object>> rubric = List.of(criterion("SAME", 1, 1, 5), criterion("SAME", 1, 4, 4), badGates);
        api(admin.token()).body(rubric).put("/api/editions/{id}/criteria", id).then().statusCode(400)
                .body("errors.field", hasItems("[1].code", "[1].scaleMax", "[2].gates"));

        List<Map<String, Object>> invalid = new ArrayList<>(List.of(criterion("lowercase", -1, 1, 5)));
        invalidRequest(admin.token()).body(invalid).put("/api/editions/{id}/criteria", id).then().statusCode(400)
                .body("errors.field", hasItems("[0].code", "[0].weight"));
        invalidRequest(admin.token()).body(List.of()).put("/api/editions/{id}/criteria", id).then().statusCode(400);
        // French is required; Arabic and English may be left untranslated (ContentTranslationsTest).
        Map<String, Object> noFrench = criterion("NOFR", 1, 1, 5);
        noFrench.put("label", Map.of("fr", " ", "ar", "معيار", "en", "Criterion"));
        invalidRequest(admin.token()).body(List.of(noFrench)).put("/api/editions/{id}/criteria", id).then()
                .statusCode(400).body("errors.field", hasItem("[0].label.fr"));

        assertThat(fixtures.count("SELECT COUNT(*) FROM criterion WHERE edition_id = ?", id)).isEqualTo(6);
    }

    @Test
    void shouldFreezeTheRubricOnceTheEditionHasOpened() {
        User admin = fixtures.admin();
        long id = fixtures.editionIn(admin, "OPEN");
        api(admin.token()).body(List.of(criterion("LATE", 1, 1, 5))).put("/api/editions/{id}/criteria", id).then()
                .statusCode(409).body("type", endsWith("/rubric-frozen"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM criterion WHERE edition_id = ?", id)).isEqualTo(6);
    }

    @Test
    void shouldKeepRubricWritesToAdmins() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        api(fixtures.juror().token()).body(List.of(criterion("X", 1, 1, 5))).put("/api/editions/{id}/criteria", id)
                .then().statusCode(403);
        api().body(List.of(criterion("X", 1, 1, 5))).put("/api/editions/{id}/criteria", id).then().statusCode(401);
        api(admin.token()).body(List.of(criterion("X", 1, 1, 5))).put("/api/editions/{id}/criteria", 987654321L)
                .then().statusCode(404);
    }
}
