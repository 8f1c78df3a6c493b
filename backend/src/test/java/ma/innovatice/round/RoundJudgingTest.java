package ma.innovatice.round;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A two-round edition (a regional pre-selection, then a national round) configured as a draft and
 * judged round by round. Until the lead's advancing exists, projects are moved into round 2 with SQL
 * (round_entry rows and round statuses), as the shortlist's confirmation will.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RoundJudgingTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> round(String name, String scope, int jurors, Instant closeAt, Integer advance) {
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("nameFr", name);
        round.put("nameEn", name + " (en)");
        round.put("scope", scope);
        round.put("rubric", "CLD21");
        round.put("jurorsPerProject", jurors);
        round.put("blindReview", true);
        round.put("evaluationCloseAt", closeAt.toString());
        if (advance != null) {
            round.put("advanceCount", advance);
        }
        return round;
    }

    private String login(String email) {
        return api().body(Map.of("email", email, "password", Fixtures.PASSWORD)).post("/api/auth/login")
                .then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void shouldConfigureAndJudgeARegionalThenANationalRound() {
        User admin = fixtures.admin();
        long edition = fixtures.draftEdition(admin);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant first = now.plus(20, ChronoUnit.DAYS);
        Instant second = now.plus(40, ChronoUnit.DAYS);

        // Rounds that do not fit together: every error named by its round.
        Response invalid = api(admin.token()).body(Map.of("rounds", List.of(
                        round("Jury national", "NATIONAL", 2, second, null),
                        round("Présélection", "REGIONAL", 2, first, null))))
                .put("/api/editions/{id}/rounds", edition);
        invalid.then().statusCode(422);
        List<String> fields = invalid.jsonPath().getList("errors.field");
        assertThat(fields).contains("rounds[0].advanceCount", "rounds[1].evaluationCloseAt", "rounds[1].scope");
        invalidRequest(admin.token()).body(Map.of("rounds", List.of(round("", "NATIONAL", 0, first, null))))
                .put("/api/editions/{id}/rounds", edition).then().statusCode(400);

        long roundOneId = ((Number) fixtures.rows("SELECT id FROM judging_round WHERE edition_id = ? AND position = 1",
                edition).get(0).get("id")).longValue();
        List<Map<String, Object>> configured = api(admin.token()).body(Map.of("rounds", List.of(
                        round("Présélection régionale", "REGIONAL", 2, first, 1),
                        round("Jury national", "NATIONAL", 1, second, null))))
                .put("/api/editions/{id}/rounds", edition).then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(configured).hasSize(2);
        assertThat(configured.get(0)).containsEntry("scope", "REGIONAL").containsEntry("advanceCount", 1)
                .containsEntry("current", true);
        assertThat(configured.get(1)).doesNotContainKey("advanceCount").containsEntry("status", "PENDING");
        assertThat(fixtures.count("SELECT COUNT(*) FROM judging_round WHERE id = ?", roundOneId)).isEqualTo(1);
        Map<String, Object> view = api(admin.token()).get("/api/editions/{id}", edition).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(view).containsEntry("rounds", 2).containsEntry("jurorsPerProject", 2);
        assertThat((Map<String, Object>) view.get("currentRound")).containsEntry("position", 1)
                .containsEntry("scope", "REGIONAL");

        // Two projects in Casablanca-Settat (MA-06) and two in Tanger-Tétouan (MA-01).
        fixtures.move(admin, edition, "OPEN");
        List<Long> projects = new ArrayList<>();
        for (String region : List.of("MA-06", "MA-06", "MA-01", "MA-01")) {
            User teacher = fixtures.teacher();
            Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Projet " + region + " " + projects.size()));
            body.put("regionCode", region);
            long id = fixtures.draftProject(teacher, edition, body);
            api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
            projects.add(id);
        }
        api(admin.token()).body(Map.of("rounds", List.of(round("Tardif", "NATIONAL", 1, second, null))))
                .put("/api/editions/{id}/rounds", edition).then().statusCode(409);
        fixtures.move(admin, edition, "EVALUATION");

        User casa1 = fixtures.juror("MA-06", "Lycée A");
        User casa2 = fixtures.juror("MA-06", "Lycée B");
        User tanger1 = fixtures.juror("MA-01", "Lycée C");
        User tanger2 = fixtures.juror("MA-01", "Lycée D");
        List<Long> pool = List.of(casa1.id(), casa2.id(), tanger1.id(), tanger2.id());
        Map<String, Object> report = api(admin.token()).body(Map.of("jurorIds", pool))
                .post("/api/editions/{id}/assignments/auto", edition).then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(report).containsEntry("created", 8).containsEntry("fullyStaffed", 4);
        assertThat(fixtures.count("SELECT COUNT(*) FROM assignment a JOIN submission s ON s.id = a.submission_id "
                + "JOIN account j ON j.id = a.juror_id WHERE a.edition_id = ? AND j.region_code <> s.region_code", edition))
                .isZero();
        List<Map<String, Object>> candidates = api(admin.token()).queryParam("submissionId", projects.get(0))
                .get("/api/editions/{id}/assignments/candidates", edition).then().statusCode(200)
                .extract().jsonPath().getList("jurors");
        assertThat(candidates).filteredOn(c -> ((Map<?, ?>) c.get("juror")).get("id").equals((int) tanger1.id()))
                .singleElement().satisfies(c -> assertThat((List<Object>) c.get("reasons")).contains("OTHER_REGION"));

        // Every juror scores; the Casablanca jurors prefer project 2, the Tanger ones project 3.
        Map<Long, Integer> level = Map.of(projects.get(0), 2, projects.get(1), 4, projects.get(2), 4, projects.get(3), 1);
        for (User juror : List.of(casa1, casa2, tanger1, tanger2)) {
            for (Map<String, Object> a : api(juror.token()).queryParam("editionId", edition).get("/api/jury/assignments")
                    .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$")) {
                assertThat(a).containsEntry("roundPosition", 1).containsEntry("roundName", "Présélection régionale");
                long project = ((Number) a.get("submissionId")).longValue();
                int l = level.get(project);
                List<Map<String, Object>> scores = List.of(Map.of("criterionCode", "COLLAB", "score", l),
                        Map.of("criterionCode", "KNOW", "score", l), Map.of("criterionCode", "SELFREG", "score", l),
                        Map.of("criterionCode", "RWPS", "score", l), Map.of("criterionCode", "COMM", "score", l),
                        Map.of("criterionCode", "ICT", "gates", List.of(l > 1, l > 2, l > 3, false)));
                Object id = a.get("id");
                api(juror.token()).body(Map.of("scores", scores)).put("/api/jury/assignments/{id}/evaluation", id)
                        .then().statusCode(200);
                api(juror.token()).post("/api/jury/assignments/{id}/evaluation/submit", id).then().statusCode(200);
            }
        }
        Map<String, Object> ranking = api(admin.token()).queryParam("round", 1).get("/api/editions/{id}/ranking", edition)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat((Map<String, Object>) ranking.get("round")).containsEntry("position", 1).containsEntry("scope", "REGIONAL");
        List<Map<String, Object>> items = (List<Map<String, Object>>) ranking.get("items");
        assertThat(items).hasSize(4);
        Map<Number, Map<String, Object>> byProject = new HashMap<>();
        items.forEach(i -> byProject.put(((Number) i.get("submissionId")).longValue(), i));
        assertThat(byProject.get(projects.get(1))).containsEntry("regionRank", 1);
        assertThat(byProject.get(projects.get(0))).containsEntry("regionRank", 2);
        assertThat(byProject.get(projects.get(2))).containsEntry("regionRank", 1);
        assertThat(byProject.get(projects.get(3))).containsEntry("regionRank", 2);
        assertThat(items).extracting(i -> i.get("rank")).containsExactly(1, 2, 3, 4);
        Response csv = api(admin.token()).accept("text/csv").queryParam("round", 1).queryParam("region", "MA-01")
                .get("/api/editions/{id}/ranking/export", edition);
        csv.then().statusCode(200);
        assertThat(csv.header("Content-Disposition")).contains("round-1-MA-01");
        assertThat(csv.asString()).contains("Projet MA-01 2").doesNotContain("Projet MA-06 1");
        api(admin.token()).queryParam("round", 3).get("/api/editions/{id}/ranking", edition).then().statusCode(404);

        // The coordinator of Casablanca-Settat sees and manages only their region, in regional rounds.
        User coordinatorAccount = fixtures.juror("MA-06", null);
        fixtures.execute("UPDATE account SET role = 'COORDINATOR' WHERE id = ?", coordinatorAccount.id());
        String coordinator = login(coordinatorAccount.email());
        List<Map<String, Object>> regional = api(coordinator).get("/api/editions/{id}/ranking", edition).then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(regional).extracting(i -> ((Number) i.get("submissionId")).longValue())
                .containsExactlyInAnyOrder(projects.get(0), projects.get(1));
        api(coordinator).queryParam("region", "MA-01").get("/api/editions/{id}/ranking", edition).then().statusCode(403);
        api(coordinator).queryParam("round", 2).get("/api/editions/{id}/ranking", edition).then().statusCode(403);
        api(coordinator).get("/api/editions/{id}/assignments", edition).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(4));
        api(coordinator).body(Map.of("submissionId", projects.get(2), "jurorId", casa1.id()))
                .post("/api/editions/{id}/assignments", edition).then().statusCode(403);
        api(coordinator).body(Map.of("submissionId", projects.get(0), "jurorId", tanger1.id()))
                .post("/api/editions/{id}/assignments", edition).then().statusCode(403);
        api(coordinator).get("/api/editions/{id}/rounds", edition).then().statusCode(200);
        invalidRequest(coordinator).body(Map.of("rounds", List.of())).put("/api/editions/{id}/rounds", edition).then().statusCode(403);

        // Round 2 opens with the best project of each region (SQL until the shortlist's confirmation exists).
        long roundTwo = ((Number) fixtures.rows("SELECT id FROM judging_round WHERE edition_id = ? AND position = 2",
                edition).get(0).get("id")).longValue();
        fixtures.execute("UPDATE judging_round SET status = 'ADVANCED', closed_at = NOW(6) WHERE id = ?", roundOneId);
        fixtures.execute("UPDATE judging_round SET status = 'OPEN', opened_at = NOW(6) WHERE id = ?", roundTwo);
        for (long finalist : List.of(projects.get(1), projects.get(2))) {
            fixtures.execute("INSERT INTO round_entry (round_id, submission_id, region_code, outcome) "
                    + "SELECT ?, id, region_code, 'IN' FROM submission WHERE id = ?", roundTwo, finalist);
        }
        api(admin.token()).queryParam("round", 1).body(Map.of("submissionId", projects.get(0), "jurorId", casa1.id()))
                .post("/api/editions/{id}/assignments", edition).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/round-not-open"));
        api(admin.token()).body(Map.of("submissionId", projects.get(0), "jurorId", tanger1.id()))
                .post("/api/editions/{id}/assignments", edition).then().statusCode(404);
        // The same juror may judge a finalist again (the round does not exclude previous jurors).
        long again = api(admin.token()).body(Map.of("submissionId", projects.get(1), "jurorId", casa1.id()))
                .post("/api/editions/{id}/assignments", edition).then().statusCode(201).body("roundPosition", org.hamcrest.Matchers.is(2))
                .extract().jsonPath().getLong("id");
        List<Map<String, Object>> mine = api(casa1.token()).queryParam("editionId", edition).get("/api/jury/assignments")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(mine).extracting(a -> a.get("roundPosition")).containsExactly(2, 1, 1);
        List<Map<String, Object>> secondRanking = api(admin.token()).get("/api/editions/{id}/ranking", edition).then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(secondRanking).extracting(i -> ((Number) i.get("submissionId")).longValue())
                .containsExactly(projects.get(1), projects.get(2));
        assertThat(secondRanking).allSatisfy(i -> assertThat(i).doesNotContainKey("regionRank").containsEntry("evaluations", 0));
        // Round 1 is no longer open: its evaluations are frozen; round 2's deadline is its own.
        long roundOneAssignment = ((Number) mine.get(1).get("id")).longValue();
        api(casa1.token()).body(Map.of("scores", List.of())).put("/api/jury/assignments/{id}/evaluation", roundOneAssignment)
                .then().statusCode(409);
        api(casa1.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "COLLAB", "score", 3))))
                .put("/api/jury/assignments/{id}/evaluation", again).then().statusCode(200);
        fixtures.execute("UPDATE judging_round SET evaluation_close_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.minus(1, ChronoUnit.HOURS)), roundTwo);
        api(casa1.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "COLLAB", "score", 4))))
                .put("/api/jury/assignments/{id}/evaluation", again).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/evaluation-deadline-passed"));
    }
}
