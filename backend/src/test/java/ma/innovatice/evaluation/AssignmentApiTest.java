package ma.innovatice.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
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

    @Inject
    MutableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

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

    @Test
    void shouldFlagAProjectLeftShortByADeclaredConflictAndLetTheAdminChooseAnEligibleJuror() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 2, "sameRegionConflict", true), null,
                List.of(project("MA-04", "Lycée Ibn Sina"), project("MA-06", "École Annexe")));
        long projectId = c.projects().get(0);
        User leaving = fixtures.juror("MA-01", null);
        User staying = fixtures.juror("MA-02", null);
        User sameSchool = fixtures.juror("MA-06", "LYCEE IBN-SINA");
        User sameRegion = fixtures.juror("MA-04", "Collège Al Farabi");
        User busy = fixtures.juror("MA-09", null);
        long leavingAssignment = fixtures.assign(c.admin(), c.edition(), projectId, leaving);
        fixtures.assign(c.admin(), c.edition(), projectId, staying);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(1), busy);
        String row = "submissions.find { it.submissionId == " + projectId + " }.";
        api(c.admin().token()).get("/api/editions/{id}/progress", c.edition()).then().statusCode(200)
                .body(row + "understaffed", equalTo(false)).body(row + "active", equalTo(2))
                .body(row + "missingEvaluations", equalTo(2));

        api(leaving.token()).body(Map.of("reason", "Je connais l'enseignante"))
                .post("/api/jury/assignments/{id}/conflict", leavingAssignment).then().statusCode(204);

        api(c.admin().token()).get("/api/editions/{id}/progress", c.edition()).then().statusCode(200)
                .body("understaffed", equalTo(2))
                .body(row + "assigned", equalTo(1)).body(row + "active", equalTo(1))
                .body(row + "missingEvaluations", equalTo(2)).body(row + "understaffed", equalTo(true));
        String entry = "items.find { it.submissionId == " + projectId + " }.";
        api(c.admin().token()).get("/api/editions/{id}/ranking", c.edition()).then().statusCode(200)
                .body("jurorsPerProject", equalTo(2))
                .body(entry + "understaffed", equalTo(true)).body(entry + "active", equalTo(1))
                .body(entry + "missingEvaluations", equalTo(2));

        String juror = "jurors.find { it.juror.id == %d }.";
        api(c.admin().token()).queryParam("submissionId", projectId)
                .get("/api/editions/{id}/assignments/candidates", c.edition()).then().statusCode(200)
                .body("submissionId", equalTo((int) projectId)).body("title", equalTo("Projet de Lycée Ibn Sina"))
                .body("jurorsPerProject", equalTo(2)).body("assigned", equalTo(1)).body("submitted", equalTo(0))
                .body("jurors[0].eligible", equalTo(true))
                .body(juror.formatted(leaving.id()) + "reasons", contains("DECLARED"))
                .body(juror.formatted(leaving.id()) + "declaredReason", equalTo("Je connais l'enseignante"))
                .body(juror.formatted(leaving.id()) + "conflicts", equalTo(1))
                .body(juror.formatted(leaving.id()) + "load", equalTo(0))
                .body(juror.formatted(staying.id()) + "reasons", contains("ALREADY_ASSIGNED"))
                .body(juror.formatted(staying.id()) + "load", equalTo(1))
                .body(juror.formatted(sameSchool.id()) + "reasons", contains("SAME_SCHOOL"))
                .body(juror.formatted(sameRegion.id()) + "reasons", contains("SAME_REGION"))
                .body(juror.formatted(sameRegion.id()) + "eligible", equalTo(false))
                .body(juror.formatted(busy.id()) + "eligible", equalTo(true))
                .body(juror.formatted(busy.id()) + "reasons", hasSize(0))
                .body(juror.formatted(busy.id()) + "load", equalTo(1))
                .body(juror.formatted(busy.id()) + "conflicts", equalTo(0));

        api(c.admin().token()).body(Map.of("jurorId", leaving.id()))
                .post("/api/editions/{id}/ranking/{s}/extra-juror", c.edition(), projectId).then().statusCode(409)
                .body("type", endsWith("/conflict-of-interest")).body("reason", equalTo("DECLARED"));
        api(c.admin().token()).body(Map.of("jurorId", sameRegion.id()))
                .post("/api/editions/{id}/ranking/{s}/extra-juror", c.edition(), projectId).then().statusCode(409)
                .body("reason", equalTo("SAME_REGION"));
        api(c.admin().token()).body(Map.of("jurorId", staying.id()))
                .post("/api/editions/{id}/ranking/{s}/extra-juror", c.edition(), projectId).then().statusCode(409)
                .body("type", endsWith("/already-assigned"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM assignment WHERE submission_id = ?", projectId)).isEqualTo(1);

        api(c.admin().token()).body(Map.of("submissionId", projectId, "jurorId", busy.id()))
                .post("/api/editions/{id}/assignments", c.edition()).then().statusCode(201).body("origin", equalTo("MANUAL"));
        api(c.admin().token()).get("/api/editions/{id}/progress", c.edition()).then().statusCode(200)
                .body(row + "active", equalTo(2)).body(row + "understaffed", equalTo(false));
    }

    @Test
    void shouldAddTheJurorTheAdminChoseAsAnExtraJuror() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 1), null, List.of(project("MA-04", "Lycée Atlas")));
        long projectId = c.projects().get(0);
        fixtures.assign(c.admin(), c.edition(), projectId, fixtures.juror());
        User chosen = fixtures.juror("MA-08", null);
        api(c.admin().token()).body(Map.of("jurorId", chosen.id()))
                .post("/api/editions/{id}/ranking/{s}/extra-juror", c.edition(), projectId).then().statusCode(201)
                .body("origin", equalTo("EXTRA")).body("juror.id", equalTo((int) chosen.id()));
        api(c.admin().token()).body(Map.of("jurorId", 987654321L))
                .post("/api/editions/{id}/ranking/{s}/extra-juror", c.edition(), projectId).then().statusCode(404);
    }

    @Test
    void shouldCountNeitherADraftLeftAtTheDeadlineNorADisabledJurorsAssignment() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 2), null,
                List.of(project("MA-04", "A"), project("MA-04", "B")));
        long late = c.projects().get(0);
        long abandoned = c.projects().get(1);
        User diligent = fixtures.juror();
        User slow = fixtures.juror();
        User leaving = fixtures.juror();
        long submitted = fixtures.assign(c.admin(), c.edition(), late, diligent);
        long draft = fixtures.assign(c.admin(), c.edition(), late, slow);
        fixtures.assign(c.admin(), c.edition(), abandoned, diligent);
        fixtures.assign(c.admin(), c.edition(), abandoned, leaving);
        api(diligent.token()).body(Map.of("scores", Fixtures.fullScores()))
                .put("/api/jury/assignments/{id}/evaluation", submitted).then().statusCode(200);
        api(diligent.token()).post("/api/jury/assignments/{id}/evaluation/submit", submitted).then().statusCode(200);
        api(slow.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "ICT", "score", 4))))
                .put("/api/jury/assignments/{id}/evaluation", draft).then().statusCode(200);
        String lateRow = "submissions.find { it.submissionId == " + late + " }.";
        String abandonedRow = "submissions.find { it.submissionId == " + abandoned + " }.";
        api(c.admin().token()).get("/api/editions/{id}/progress", c.edition()).then().statusCode(200)
                .body(lateRow + "active", equalTo(2)).body(lateRow + "understaffed", equalTo(false))
                .body(lateRow + "missingEvaluations", equalTo(1)).body(abandonedRow + "understaffed", equalTo(false));

        api(c.admin().token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", leaving.id()).then().statusCode(200);
        api(c.admin().token()).get("/api/editions/{id}/progress", c.edition()).then().statusCode(200)
                .body(abandonedRow + "assigned", equalTo(2)).body(abandonedRow + "active", equalTo(1))
                .body(abandonedRow + "understaffed", equalTo(true)).body(lateRow + "understaffed", equalTo(false));
        String abandonedEntry = "items.find { it.submissionId == " + abandoned + " }.";
        String lateEntry = "items.find { it.submissionId == " + late + " }.";
        api(c.admin().token()).get("/api/editions/{id}/ranking", c.edition()).then().statusCode(200)
                .body(abandonedEntry + "assigned", equalTo(2)).body(abandonedEntry + "active", equalTo(1))
                .body(abandonedEntry + "understaffed", equalTo(true))
                .body(lateEntry + "active", equalTo(2)).body(lateEntry + "understaffed", equalTo(false));

        Instant deadline = Instant.parse(api().get("/api/editions/{id}", c.edition()).then().statusCode(200)
                .extract().path("evaluationCloseAt"));
        clock.pin(deadline);
        api(c.admin().token()).get("/api/editions/{id}/progress", c.edition()).then().statusCode(200)
                .body(lateRow + "assigned", equalTo(2)).body(lateRow + "submitted", equalTo(1))
                .body(lateRow + "active", equalTo(1)).body(lateRow + "understaffed", equalTo(true))
                .body(lateRow + "missingEvaluations", equalTo(1));
        api(c.admin().token()).get("/api/editions/{id}/ranking", c.edition()).then().statusCode(200)
                .body(lateEntry + "active", equalTo(1)).body(lateEntry + "understaffed", equalTo(true))
                .body(lateEntry + "missingEvaluations", equalTo(1));
    }

    @Test
    void shouldShowTheJurorsToChooseFromOnlyToAdmins() {
        Competition c = fixtures.competition(Map.of(), null, List.of(project("MA-04", "Lycée Zitoune")));
        long projectId = c.projects().get(0);
        api(fixtures.juror().token()).queryParam("submissionId", projectId)
                .get("/api/editions/{id}/assignments/candidates", c.edition()).then().statusCode(403);
        api(c.teachers().get(0).token()).queryParam("submissionId", projectId)
                .get("/api/editions/{id}/assignments/candidates", c.edition()).then().statusCode(403);
        api().queryParam("submissionId", projectId)
                .get("/api/editions/{id}/assignments/candidates", c.edition()).then().statusCode(401);
        api(fixtures.juror().token()).body(Map.of("jurorId", 1))
                .post("/api/editions/{id}/ranking/{s}/extra-juror", c.edition(), projectId).then().statusCode(403);
        api(c.admin().token()).queryParam("submissionId", 987654321L)
                .get("/api/editions/{id}/assignments/candidates", c.edition()).then().statusCode(404);
        invalidRequest(c.admin().token()).get("/api/editions/{id}/assignments/candidates", c.edition()).then()
                .statusCode(400);
    }
}
