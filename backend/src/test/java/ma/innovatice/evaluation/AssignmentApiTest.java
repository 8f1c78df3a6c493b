package ma.innovatice.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AssignmentApiTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> project(String region, String school) {
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Projet de " + school));
        body.put("regionCode", region);
        body.put("schoolName", school);
        return body;
    }

    @Test
    void shouldRefuseAJurorWithAConflictOfInterestAndAssignAnEligibleOne() {
        Competition c = fixtures.competition(Map.of("sameRegionConflict", true), null,
                List.of(project("MA-04", "Lycée Ibn Sina")));
        long projectId = c.projects().get(0);
        User sameSchool = fixtures.juror("MA-06", "LYCEE IBN-SINA");
        User sameRegion = fixtures.juror("MA-04", "Collège Al Farabi");
        User eligible = fixtures.juror("MA-09", "Collège Al Farabi");

        api(c.admin().token()).body(Map.of("submissionId", projectId, "jurorId", sameSchool.id()))
                .post("/api/editions/{id}/assignments", c.edition()).then().statusCode(409)
                .body("type", endsWith("/conflict-of-interest")).body("reason", equalTo("SAME_SCHOOL"));
        api(c.admin().token()).body(Map.of("submissionId", projectId, "jurorId", sameRegion.id()))
                .post("/api/editions/{id}/assignments", c.edition()).then().statusCode(409)
                .body("reason", equalTo("SAME_REGION"));
        long id = api(c.admin().token()).body(Map.of("submissionId", projectId, "jurorId", eligible.id()))
                .post("/api/editions/{id}/assignments", c.edition()).then().statusCode(201)
                .body("origin", equalTo("MANUAL")).body("evaluationStatus", equalTo("NOT_STARTED"))
                .body("juror.id", equalTo((int) eligible.id())).extract().jsonPath().getLong("id");
        api(c.admin().token()).body(Map.of("submissionId", projectId, "jurorId", eligible.id()))
                .post("/api/editions/{id}/assignments", c.edition()).then().statusCode(409)
                .body("type", endsWith("/already-assigned"));
        api(c.admin().token()).queryParam("submissionId", projectId).get("/api/editions/{id}/assignments", c.edition())
                .then().statusCode(200).body("id", contains((int) id));

        api(c.admin().token()).delete("/api/assignments/{id}", id).then().statusCode(204);
        assertThat(fixtures.count("SELECT COUNT(*) FROM assignment WHERE submission_id = ?", projectId)).isZero();
        assertThat(fixtures.rows("SELECT action FROM audit_log WHERE entity_type = 'ASSIGNMENT' AND entity_id = ? ORDER BY id", id)
                .stream().map(r -> r.get("action")).toList()).containsExactly("CREATE", "DELETE");
    }

    @Test
    void shouldGiveEveryProjectItsJurorsBalancedAndKeepThemOnASecondRun() {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            projects.add(project(i % 2 == 0 ? "MA-04" : "MA-06", "École " + i));
        }
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 2, "sameRegionConflict", true), null, projects);
        List<User> jurors = List.of(fixtures.juror("MA-01", "École 0"), fixtures.juror("MA-04", null),
                fixtures.juror("MA-06", null), fixtures.juror("MA-09", null), fixtures.juror(null, null));
        List<Long> pool = jurors.stream().map(User::id).toList();

        api(c.admin().token()).body(Map.of("jurorIds", pool)).post("/api/editions/{id}/assignments/auto", c.edition())
                .then().statusCode(200)
                .body("jurorsPerProject", equalTo(2)).body("jurors", equalTo(5)).body("submissions", equalTo(7))
                .body("created", equalTo(14)).body("kept", equalTo(0)).body("fullyStaffed", equalTo(7))
                .body("understaffed", hasSize(0)).body("minLoad", equalTo(2)).body("maxLoad", equalTo(3));

        List<Map<String, Object>> rows = fixtures.rows("SELECT a.submission_id, a.juror_id, s.region_code, s.school_name, "
                + "j.region_code jr, j.school_name js FROM assignment a JOIN submission s ON s.id = a.submission_id "
                + "JOIN account j ON j.id = a.juror_id WHERE a.edition_id = ?", c.edition());
        assertThat(rows).hasSize(14);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("jr")).isNotEqualTo(row.get("region_code"));
            assertThat(row.get("js")).isNotEqualTo(row.get("school_name"));
        }
        for (long project : c.projects()) {
            assertThat(rows.stream().filter(r -> r.get("submission_id").equals(project)).map(r -> r.get("juror_id")).distinct())
                    .hasSize(2);
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log a JOIN assignment x ON x.id = a.entity_id "
                + "WHERE a.entity_type = 'ASSIGNMENT' AND a.action = 'CREATE' AND x.edition_id = ?", c.edition())).isEqualTo(14);

        api(c.admin().token()).body(Map.of("jurorIds", pool)).post("/api/editions/{id}/assignments/auto", c.edition())
                .then().statusCode(200).body("created", equalTo(0)).body("kept", equalTo(14));
        assertThat(fixtures.count("SELECT COUNT(*) FROM assignment WHERE edition_id = ?", c.edition())).isEqualTo(14);
    }

    @Test
    void shouldReportTheProjectsItCouldNotFullyStaffAndWhy() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 3), null, List.of(project("MA-04", "Lycée Al Qods")));
        User colleague = fixtures.juror("MA-05", "Lycée Al Qods");
        User other = fixtures.juror(null, null);
        api(c.admin().token()).body(Map.of("jurorIds", List.of(colleague.id(), other.id())))
                .post("/api/editions/{id}/assignments/auto", c.edition()).then().statusCode(200)
                .body("created", equalTo(1)).body("fullyStaffed", equalTo(0))
                .body("understaffed[0].submissionId", equalTo(c.projects().get(0).intValue()))
                .body("understaffed[0].assigned", equalTo(1)).body("understaffed[0].needed", equalTo(3))
                .body("understaffed[0].reason", containsString("1 from the same school"));
        api(c.admin().token()).body(Map.of("jurorIds", List.of(987654321L)))
                .post("/api/editions/{id}/assignments/auto", c.edition()).then().statusCode(400)
                .body("errors[0].field", equalTo("jurorIds"));
    }

    @Test
    void shouldChangeAssignmentsOnlyDuringEvaluationAndOnlyAsAdmin() {
        User admin = fixtures.admin();
        long open = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long project = fixtures.submittedProject(teacher, open);
        User juror = fixtures.juror();
        api(admin.token()).body(Map.of("submissionId", project, "jurorId", juror.id()))
                .post("/api/editions/{id}/assignments", open).then().statusCode(409).body("type", endsWith("/not-in-evaluation"));
        api(admin.token()).post("/api/editions/{id}/assignments/auto", open).then().statusCode(409);
        api(juror.token()).post("/api/editions/{id}/assignments/auto", open).then().statusCode(403);
        api(teacher.token()).get("/api/editions/{id}/assignments", open).then().statusCode(403);
        api(teacher.token()).get("/api/editions/{id}/progress", open).then().statusCode(403);
        api().get("/api/editions/{id}/progress", open).then().statusCode(401);
        api(admin.token()).get("/api/editions/{id}/assignments", 987654321L).then().statusCode(404);
    }

    @Test
    void shouldShowTheProgressOfEachJurorAndEachProject() {
        Competition c = fixtures.competition(Map.of(), null, List.of(project("MA-01", "A"), project("MA-02", "B")));
        User first = fixtures.juror();
        User second = fixtures.juror();
        long a1 = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), first);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(1), first);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(0), second);
        api(first.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "ICT", "score", 4))))
                .put("/api/jury/assignments/{id}/evaluation", a1).then().statusCode(200);

        api(c.admin().token()).get("/api/editions/{id}/progress", c.edition()).then().statusCode(200)
                .body("assignments", equalTo(3)).body("submittedEvaluations", equalTo(0))
                .body("jurors.find { it.juror.id == " + first.id() + " }.assigned", equalTo(2))
                .body("jurors.find { it.juror.id == " + first.id() + " }.draft", equalTo(1))
                .body("jurors.find { it.juror.id == " + first.id() + " }.notStarted", equalTo(1))
                .body("jurors.find { it.juror.id == " + second.id() + " }.notStarted", equalTo(1))
                .body("submissions.find { it.submissionId == " + c.projects().get(0) + " }.assigned", equalTo(2))
                .body("submissions.find { it.submissionId == " + c.projects().get(1) + " }.submitted", equalTo(0));
    }
}
