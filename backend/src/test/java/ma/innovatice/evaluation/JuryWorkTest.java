package ma.innovatice.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.Races;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Fixtures.fullScores;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class JuryWorkTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    private record Setup(Competition competition, User juror, long assignment) {
    }

    private Setup assigned(boolean blind) {
        Map<String, Object> project = new HashMap<>(Fixtures.completeProject("Radio scolaire en amazighe"));
        project.put("schoolName", "École Secrète Oulad Teima");
        project.put("coAuthors", List.of("Co Auteur Confidentiel"));
        Competition c = fixtures.competitionWithFiles(Map.of("blindReview", blind), project, "rapport-zineb-tazi.pdf", PDF);
        User juror = fixtures.juror();
        return new Setup(c, juror, fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror));
    }

    @Test
    void shouldListAJurorsAssignmentsNewestEditionFirstThenByProject() {
        List<Map<String, Object>> three = List.of(Fixtures.completeProject("Potager connecté"),
                Fixtures.completeProject("Astronomie en classe"), Fixtures.completeProject("Journal numérique"));
        Competition older = fixtures.competition(Map.of(), null, three);
        Competition newer = fixtures.competition(Map.of(), null, three.subList(0, 2));
        User juror = fixtures.juror();
        // Assigned out of project order, and the older edition first.
        List<Long> olderIds = older.projects();
        List<Long> newerIds = newer.projects();
        long[] olderAssignments = new long[3];
        for (int i : new int[] {2, 0, 1}) {
            olderAssignments[i] = fixtures.assign(older.admin(), older.edition(), olderIds.get(i), juror);
        }
        long newerSecond = fixtures.assign(newer.admin(), newer.edition(), newerIds.get(1), juror);
        long newerFirst = fixtures.assign(newer.admin(), newer.edition(), newerIds.get(0), juror);

        api(juror.token()).get("/api/jury/assignments").then().statusCode(200)
                .body("id", contains((int) newerFirst, (int) newerSecond, (int) olderAssignments[0],
                        (int) olderAssignments[1], (int) olderAssignments[2]))
                .body("submissionId", contains(newerIds.get(0).intValue(), newerIds.get(1).intValue(),
                        olderIds.get(0).intValue(), olderIds.get(1).intValue(), olderIds.get(2).intValue()))
                .body("editionId", contains((int) newer.edition(), (int) newer.edition(), (int) older.edition(),
                        (int) older.edition(), (int) older.edition()))
                .body("title[2]", equalTo("Potager connecté"))
                .body("evaluationStatus", org.hamcrest.Matchers.everyItem(equalTo("NOT_STARTED")));
        api(juror.token()).queryParam("editionId", older.edition()).get("/api/jury/assignments").then().statusCode(200)
                .body("id", contains((int) olderAssignments[0], (int) olderAssignments[1], (int) olderAssignments[2]))
                .body("editionStatus", org.hamcrest.Matchers.everyItem(equalTo("EVALUATION")));
    }

    @Test
    void shouldHideEveryTraceOfTheTeacherInABlindEdition() {
        Setup s = assigned(true);
        User teacher = s.competition().teachers().get(0);
        String detail = api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(200)
                .body("edition.blindReview", equalTo(true))
                .body("submission.title", equalTo("Radio scolaire en amazighe"))
                .body("submission.attachments[0].label", equalTo("Pièce 1"))
                .body("criteria", hasSize(6))
                .body("canEvaluate", equalTo(true))
                .extract().asString();
        String list = api(s.juror().token()).get("/api/jury/assignments").then().statusCode(200)
                .body("id", contains((int) s.assignment())).extract().asString();
        for (String payload : List.of(detail, list)) {
            assertThat(payload).doesNotContain(teacher.email(), "Prénom", "\"Nom\"", "École Secrète", "Co Auteur Confidentiel",
                    "rapport-zineb-tazi", "author", "schoolName", "coAuthors", "filename", "sha256", "uploaded");
        }
        long attachment = api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).jsonPath()
                .getLong("submission.attachments[0].id");
        Response file = RestAssured.given().auth().oauth2(s.juror().token())
                .get("/api/jury/assignments/{id}/attachments/{a}", s.assignment(), attachment);
        file.then().statusCode(200).header("Content-Disposition", containsString("filename=\"piece-1.pdf\""));
        assertThat(file.getHeader("Content-Disposition")).doesNotContain("zineb");
        assertThat(file.asByteArray()).isEqualTo(PDF);
    }

    @Test
    void shouldNameTheTeacherWhenTheEditionIsNotBlind() {
        Setup s = assigned(false);
        api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(200)
                .body("edition.blindReview", equalTo(false))
                .body("submission.author.lastName", equalTo("Nom"))
                .body("submission.schoolName", equalTo("École Secrète Oulad Teima"))
                .body("submission.coAuthors", contains("Co Auteur Confidentiel"))
                .body("submission.attachments[0].filename", equalTo("rapport-zineb-tazi.pdf"));
    }

    @Test
    void shouldAnswer404ForAnotherJurorsAssignmentEverywhere() {
        Setup s = assigned(true);
        User other = fixtures.juror();
        api(other.token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(404);
        api(other.token()).body(Map.of("scores", fullScores())).put("/api/jury/assignments/{id}/evaluation", s.assignment())
                .then().statusCode(404);
        api(other.token()).post("/api/jury/assignments/{id}/evaluation/submit", s.assignment()).then().statusCode(404);
        api(other.token()).get("/api/jury/assignments/{id}/panel", s.assignment()).then().statusCode(404);
        api(other.token()).body(Map.of("reason", "Je connais l'équipe")).post("/api/jury/assignments/{id}/conflict",
                s.assignment()).then().statusCode(404);
        api(other.token()).get("/api/jury/assignments").then().statusCode(200).body("", hasSize(0));
        api(s.juror().token()).get("/api/submissions/{id}", s.competition().projects().get(0)).then().statusCode(403);
        api(s.competition().teachers().get(0).token()).get("/api/jury/assignments").then().statusCode(403);
        assertThat(fixtures.count("SELECT COUNT(*) FROM conflict WHERE juror_id = ?", other.id())).isZero();
    }

    @Test
    void shouldScoreWithLevelsOrGatesAndSubmitOnlyAComplete21cldEvaluation() {
        Setup s = assigned(true);
        String path = "/api/jury/assignments/{id}/evaluation";
        api(s.juror().token()).body(Map.of("scores", List.of(Map.of("criterionCode", "COLLAB", "score", 6),
                        Map.of("criterionCode", "ICT", "gates", List.of(true, false)),
                        Map.of("criterionCode", "KNOW", "score", 2, "gates", List.of(true, true, false, false)),
                        Map.of("criterionCode", "NOPE", "score", 1), Map.of("criterionCode", "RWPS"))))
                .put(path, s.assignment()).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("scores[0].score", "scores[1].gates", "scores[2].score",
                        "scores[3].criterionCode", "scores[4]"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM evaluation e JOIN assignment a ON a.id = e.assignment_id "
                + "WHERE a.id = ?", s.assignment())).isZero();

        long version = api(s.juror().token()).body(Map.of("scores", List.of(
                        Map.of("criterionCode", "ICT", "gates", List.of(true, true, false, true))),
                        "privateComment", "Très bon usage des tablettes", "feedback", "Bravo pour la radio"))
                .put(path, s.assignment()).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("scores[0].criterionCode", equalTo("ICT")).body("scores[0].score", equalTo(3))
                .body("scores[0].gates", contains(true, true, false, true))
                .extract().jsonPath().getLong("version");
        api(s.juror().token()).post(path + "/submit", s.assignment()).then().statusCode(422)
                .body("type", endsWith("/incomplete-evaluation"))
                .body("errors.field", containsInAnyOrder("scores.COLLAB", "scores.KNOW", "scores.SELFREG", "scores.RWPS",
                        "scores.COMM"));
        api(s.juror().token()).body(Map.of("scores", fullScores(), "feedback", "Bravo pour la radio")).put(path, s.assignment())
                .then().statusCode(400).body("errors.field", hasItem("version"));
        api(s.juror().token()).body(Map.of("scores", fullScores(), "feedback", "Bravo", "version", version))
                .put(path, s.assignment()).then().statusCode(200);
        // weights 15, 15, 10, 15, 30, 15 (sum 100); levels 4/5, 3/5, 2/4, 4/4, 3/5, 3/4 on scales from 1:
        // 15*3/4 + 15*2/4 + 10*1/3 + 15*3/3 + 30*2/4 + 15*2/3 = 11.25 + 7.5 + 3.3333 + 15 + 15 + 10 = 62.0833
        api(s.juror().token()).post(path + "/submit", s.assignment()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .body("rawScore", equalTo(62.0833));
        assertThat(fixtures.rows("SELECT raw_score FROM evaluation e WHERE e.assignment_id = ?", s.assignment()).get(0)
                .get("raw_score").toString()).isEqualTo("62.0833");
        api(s.juror().token()).body(Map.of("scores", fullScores(), "version", version + 2)).put(path, s.assignment())
                .then().statusCode(409).body("type", endsWith("/evaluation-submitted"));
        api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().body("canEvaluate", equalTo(false));
    }

    @Test
    void shouldLetOnlyAnAdminReopenASubmittedEvaluationAndAuditEveryChange() {
        Setup s = assigned(true);
        String path = "/api/jury/assignments/{id}/evaluation";
        api(s.juror().token()).body(Map.of("scores", fullScores())).put(path, s.assignment()).then().statusCode(200);
        api(s.juror().token()).post(path + "/submit", s.assignment()).then().statusCode(200);
        long evaluation = api(s.competition().admin().token())
                .get("/api/submissions/{id}/evaluations", s.competition().projects().get(0)).then().statusCode(200)
                .body("[0].juror.id", equalTo((int) s.juror().id())).body("[0].evaluation.status", equalTo("SUBMITTED"))
                .extract().jsonPath().getLong("[0].evaluation.id");
        api(s.juror().token()).body(Map.of("reason", "erreur de saisie")).post("/api/evaluations/{id}/reopen", evaluation)
                .then().statusCode(403);
        long version = api(s.competition().admin().token()).body(Map.of("reason", "Erreur de saisie signalée par le juré"))
                .post("/api/evaluations/{id}/reopen", evaluation).then().statusCode(200)
                .body("status", equalTo("DRAFT")).extract().jsonPath().getLong("version");
        assertThat(fixtures.rows("SELECT raw_score, status FROM evaluation WHERE id = ?", evaluation).get(0))
                .containsEntry("status", "DRAFT").containsEntry("raw_score", null);
        List<Map<String, Object>> changed = new ArrayList<>(fullScores());
        changed.set(0, Map.of("criterionCode", "COLLAB", "score", 5));
        api(s.juror().token()).body(Map.of("scores", changed, "version", version)).put(path, s.assignment()).then()
                .statusCode(200).body("scores[0].score", equalTo(5));
        api(s.juror().token()).post(path + "/submit", s.assignment()).then().statusCode(200);
        assertThat(fixtures.rows("SELECT action FROM audit_log WHERE entity_type = 'EVALUATION' AND entity_id = ? ORDER BY id",
                evaluation).stream().map(r -> r.get("action")).toList())
                .containsExactly("SAVE", "SUBMIT", "REOPEN", "SAVE", "SUBMIT");
        Map<String, Object> reopen = fixtures.rows("SELECT before_state, after_state, actor_id FROM audit_log WHERE "
                + "entity_type = 'EVALUATION' AND entity_id = ? AND action = 'REOPEN'", evaluation).get(0);
        assertThat((String) reopen.get("before_state")).contains("\"status\":\"SUBMITTED\"", "\"COLLAB\":4");
        assertThat((String) reopen.get("after_state")).contains("\"status\":\"DRAFT\"", "Erreur de saisie");
        assertThat(reopen.get("actor_id")).isEqualTo(s.competition().admin().id());
        api(s.competition().admin().token()).queryParam("entityType", "EVALUATION").queryParam("entityId", evaluation)
                .get("/api/audit").then().statusCode(200).body("total", equalTo(5))
                .body("items[0].action", equalTo("SUBMIT")).body("items.find { it.action == 'REOPEN' }.before.scores.COLLAB",
                        equalTo(4));
    }

    @Test
    void shouldNeverLoseOneOfTwoConcurrentSaves() throws Exception {
        Setup s = assigned(true);
        String path = "/api/jury/assignments/{id}/evaluation";
        long version = api(s.juror().token()).body(Map.of("scores", List.of(Map.of("criterionCode", "ICT", "score", 2))))
                .put(path, s.assignment()).then().statusCode(200).extract().jsonPath().getLong("version");
        List<Integer> statuses = Races.race(4, i -> api(s.juror().token()).body(Map.of("scores", List.of(Map.of(
                "criterionCode", "COLLAB", "score", 2 + i)), "version", version)).put(path, s.assignment())
                .then().extract().statusCode());
        assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(fixtures.rows("SELECT version FROM evaluation WHERE assignment_id = ?", s.assignment()).get(0).get("version"))
                .isEqualTo(version + 1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log a JOIN evaluation e ON e.id = a.entity_id "
                + "WHERE a.entity_type = 'EVALUATION' AND e.assignment_id = ?", s.assignment())).isEqualTo(2);
    }

    @Test
    void shouldShowThePanelOnlyAfterSubmittingAndWithoutNames() {
        Setup s = assigned(true);
        User second = fixtures.juror();
        long other = fixtures.assign(s.competition().admin(), s.competition().edition(), s.competition().projects().get(0), second);
        String path = "/api/jury/assignments/{id}/evaluation";
        api(second.token()).body(Map.of("scores", fullScores())).put(path, other).then().statusCode(200);
        api(second.token()).post(path + "/submit", other).then().statusCode(200);

        api(s.juror().token()).get("/api/jury/assignments/{id}/panel", s.assignment()).then().statusCode(409)
                .body("type", endsWith("/evaluation-not-submitted"));
        api(s.juror().token()).body(Map.of("scores", fullScores())).put(path, s.assignment()).then().statusCode(200);
        api(s.juror().token()).get("/api/jury/assignments/{id}/panel", s.assignment()).then().statusCode(409);
        api(s.juror().token()).post(path + "/submit", s.assignment()).then().statusCode(200);
        String panel = api(s.juror().token()).get("/api/jury/assignments/{id}/panel", s.assignment()).then().statusCode(200)
                .body("mine.status", equalTo("SUBMITTED")).body("others", hasSize(1))
                .body("others[0].reviewer", equalTo("A")).body("others[0].scores", hasSize(6))
                .extract().asString();
        assertThat(panel).doesNotContain(second.email(), "privateComment");
    }

    @Test
    void shouldRemoveTheAssignmentWhenAJurorDeclaresAConflict() {
        Setup s = assigned(true);
        invalidRequest(s.juror().token()).body(Map.of("reason", "x")).post("/api/jury/assignments/{id}/conflict", s.assignment())
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        api(s.juror().token()).body(Map.of("reason", "L'enseignante est ma sœur")).post("/api/jury/assignments/{id}/conflict",
                s.assignment()).then().statusCode(204);
        assertThat(fixtures.count("SELECT COUNT(*) FROM assignment WHERE id = ?", s.assignment())).isZero();
        assertThat(fixtures.rows("SELECT reason FROM conflict WHERE juror_id = ?", s.juror().id()).get(0).get("reason"))
                .isEqualTo("L'enseignante est ma sœur");
        api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(404);
        api(s.competition().admin().token()).body(Map.of("jurorIds", List.of(s.juror().id())))
                .post("/api/editions/{id}/assignments/auto", s.competition().edition()).then().statusCode(200)
                .body("created", equalTo(0)).body("understaffed[0].reason", containsString("1 declared a conflict"));
        api(s.competition().admin().token()).body(Map.of("submissionId", s.competition().projects().get(0), "jurorId",
                s.juror().id())).post("/api/editions/{id}/assignments", s.competition().edition()).then().statusCode(409)
                .body("reason", equalTo("DECLARED"));
    }

    @Test
    void shouldAcceptEvaluationsOnlyDuringTheEvaluationPhase() {
        Setup s = assigned(true);
        fixtures.move(s.competition().admin(), s.competition().edition(), "DELIBERATION");
        api(s.juror().token()).body(Map.of("scores", fullScores())).put("/api/jury/assignments/{id}/evaluation", s.assignment())
                .then().statusCode(409).body("type", endsWith("/evaluation-closed"));
        api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(200)
                .body("canEvaluate", equalTo(false));
    }
}
