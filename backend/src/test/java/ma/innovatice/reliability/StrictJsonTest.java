package ma.innovatice.reliability;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The contract's types are the API's types: a value of another JSON type is a 400 problem naming the
 * field, never silently converted (1.5 pupils stored as 1, a score of 3.5 saved as 3, "25" as 25,
 * 12345 as a title, [1, 0] as gate answers), and nothing of the request is written.
 */
@QuarkusTest
class StrictJsonTest {

    private static final List<String> REPORT = new ArrayList<>();

    @Inject
    Fixtures fixtures;

    @Test
    void projectFieldsKeepTheirTypes() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long project = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Projet aux types stricts"));
        Map<String, Object[]> wrong = new LinkedHashMap<>();
        wrong.put("pupilsCount", new Object[] {1.5, "25", true});
        wrong.put("title", new Object[] {12345, false, List.of("a")});
        wrong.put("technologies", new Object[] {"Scratch"});
        for (Map.Entry<String, Object[]> field : wrong.entrySet()) {
            for (Object value : field.getValue()) {
                Map<String, Object> body = Fixtures.completeProject("Projet aux types stricts");
                body.put(field.getKey(), value);
                invalidRequest(teacher.token()).body(body).put("/api/submissions/{id}", project)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem(field.getKey()));
                REPORT.add("project " + field.getKey() + " = " + render(value) + ": 400 naming the field");
            }
        }
        Map<String, Object> kept = fixtures.rows("SELECT title, pupils_count FROM submission WHERE id = ?", project).get(0);
        assertThat(kept.get("title")).isEqualTo("Projet aux types stricts");
        api(teacher.token()).get("/api/submissions/{id}", project).then().statusCode(200)
                .body("pupilsCount", equalTo(Fixtures.completeProject("x").get("pupilsCount")));
    }

    @Test
    void scoresAndGatesKeepTheirTypes() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet noté strictement")));
        User juror = fixtures.juror();
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        Object[][] cases = {
            {"score", 3.5}, {"score", "3"}, {"score", true}, {"gates", List.of(1, 0, 1, 1)}, {"gates", List.of("true", "false")}};
        for (Object[] wrongCase : cases) {
            List<Map<String, Object>> scores = new ArrayList<>();
            for (Map<String, Object> score : Fixtures.fullScores()) {
                scores.add(new LinkedHashMap<>(score));
            }
            Map<String, Object> target = scores.stream()
                    .filter(s -> s.containsKey(wrongCase[0])).findFirst().orElseThrow();
            target.put((String) wrongCase[0], wrongCase[1]);
            String field = invalidRequest(juror.token()).body(Map.of("scores", scores))
                    .put("/api/jury/assignments/{id}/evaluation", assignment)
                    .then().statusCode(400).contentType("application/problem+json")
                    .extract().jsonPath().getString("errors[0].field");
            assertThat(field).startsWith("scores[").contains(String.valueOf(wrongCase[0]));
            REPORT.add("evaluation " + wrongCase[0] + " = " + render(wrongCase[1]) + ": 400 naming " + field);
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM evaluation WHERE assignment_id = ?", assignment)).isZero();
    }

    @AfterAll
    static void report() {
        ReliabilityReport.write("attack-json-types", "Wrong JSON types refused", REPORT);
    }

    private static String render(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
