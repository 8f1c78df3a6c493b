package ma.innovatice.round;

import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A staged edition: a regional pre-selection (one juror per project, the best project of each
 * region goes on) then a national round. Regions MA-04 (projects P1 and P2) and MA-06 (P3 and P4);
 * P1 and P4 score best in their regions.
 */
@QuarkusTest
class ShortlistTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    private record Staged(User admin, long edition, List<User> teachers, List<Long> projects, User coordinator04,
                          User coordinator06) {

        long project(int n) {
            return projects.get(n - 1);
        }
    }

    /** Two rounds set while the edition is a draft, four projects scored in the regional round. */
    private Staged staged() {
        User admin = fixtures.admin();
        long edition = fixtures.draftEdition(admin);
        api(admin.token()).body(Fixtures.TWO_CRITERIA_RUBRIC).put("/api/editions/{id}/criteria", edition).then()
                .statusCode(200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        fixtures.execute("UPDATE judging_round SET scope = 'REGIONAL', name_fr = 'Présélection régionale', "
                + "name_ar = 'الانتقاء الجهوي', name_en = 'Regional pre-selection', jurors_per_project = 1, "
                + "advance_count = 1, evaluation_close_at = ? WHERE edition_id = ? AND position = 1",
                now.plus(20, ChronoUnit.DAYS), edition);
        fixtures.execute("INSERT INTO judging_round (edition_id, position, name_fr, name_ar, name_en, scope, rubric, "
                + "jurors_per_project, blind_review, evaluation_close_at) VALUES (?, 2, 'Jury national', "
                + "'اللجنة الوطنية', 'National jury', 'NATIONAL', 'CLD21', 2, TRUE, ?)", edition,
                now.plus(40, ChronoUnit.DAYS));
        fixtures.execute("UPDATE edition SET jurors_per_project = 1, evaluation_close_at = ? WHERE id = ?",
                now.plus(20, ChronoUnit.DAYS), edition);
        fixtures.move(admin, edition, "OPEN");
        String[] regions = {"MA-04", "MA-04", "MA-06", "MA-06"};
        List<User> teachers = new ArrayList<>();
        List<Long> projects = new ArrayList<>();
        for (int i = 0; i < regions.length; i++) {
            User teacher = fixtures.teacher();
            Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Projet P" + (i + 1)));
            body.put("regionCode", regions[i]);
            long id = fixtures.draftProject(teacher, edition, body);
            api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
            teachers.add(teacher);
            projects.add(id);
        }
        fixtures.move(admin, edition, "EVALUATION");
        User juror04 = fixtures.juror("MA-04", "École de Salé");
        User juror06 = fixtures.juror("MA-06", "École de Casablanca");
        int[][] marks = {{9, 5}, {3, 2}, {2, 1}, {8, 4}};
        for (int i = 0; i < 4; i++) {
            User juror = i < 2 ? juror04 : juror06;
            long assignment = fixtures.assign(admin, edition, projects.get(i), juror);
            api(juror.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "A", "score", marks[i][0]),
                            Map.of("criterionCode", "B", "score", marks[i][1]))))
                    .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
            api(juror.token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment).then().statusCode(200);
        }
        return new Staged(admin, edition, teachers, projects, fixtures.coordinator("MA-04"),
                fixtures.coordinator("MA-06"));
    }

    @Test
    void shouldProposeTheBestOfEachRegionAndOpenTheNextRoundOnceEveryRegionIsConfirmed() {
        Staged s = staged();
        // The evaluation cannot close while the edition judges its first round.
        api(s.admin().token()).queryParam("to", "DELIBERATION").get("/api/editions/{id}/transitions/preview", s.edition())
                .then().statusCode(200).body("blockers", hasItem("ROUNDS_REMAINING"));
        api(s.admin().token()).body(Fixtures.transitionBody("DELIBERATION"))
                .post("/api/editions/{id}/transitions", s.edition()).then().statusCode(409)
                .body("type", endsWith("/rounds-remaining"));
        // No shortlist before the round closes; the preview of closing finds nothing missing.
        api(s.admin().token()).get("/api/editions/{id}/rounds/1/shortlist", s.edition()).then().statusCode(409)
                .body("type", endsWith("/round-not-closed"));
        api(s.admin().token()).get("/api/editions/{id}/rounds/1/close-preview", s.edition()).then().statusCode(200)
                .body("blockers", equalTo(List.of())).body("understaffed", equalTo(List.of()))
                .body("overrideRequired", equalTo(false));
        api(s.admin().token()).get("/api/editions/{id}/rounds/2/close-preview", s.edition()).then().statusCode(200)
                .body("blockers", containsInAnyOrder("ROUND_NOT_OPEN", "LAST_ROUND"));
        api(s.admin().token()).body(Map.of()).post("/api/editions/{id}/rounds/1/close", s.edition()).then()
                .statusCode(200).body("status", equalTo("CLOSED"));

        // The proposal: the best project of each region.
        api(s.admin().token()).get("/api/editions/{id}/rounds/1/shortlist", s.edition()).then().statusCode(200)
                .body("advanceCount", equalTo(1)).body("nextRound.position", equalTo(2))
                .body("regions.regionCode", contains("MA-04", "MA-06"))
                .body("regions.proposed", contains(1, 1)).body("regions.confirmed", contains(false, false))
                .body("rows.findAll { it.proposed }.submissionId", containsInAnyOrder((int) s.project(1), (int) s.project(4)));

        // Sending P2 on too differs from the proposal: a reason is required, then recorded.
        long version = ((Number) fixtures.rows("SELECT version FROM round_entry WHERE submission_id = ?", s.project(2))
                .get(0).get("version")).longValue();
        api(s.coordinator04().token()).body(Map.of("advances", true, "version", version))
                .put("/api/editions/{id}/rounds/1/shortlist/{sid}", s.edition(), s.project(2)).then().statusCode(422);
        api(s.coordinator06().token()).body(Map.of("advances", true, "version", version, "reason", "Projet prometteur"))
                .put("/api/editions/{id}/rounds/1/shortlist/{sid}", s.edition(), s.project(2)).then().statusCode(403);
        api(s.coordinator04().token()).body(Map.of("advances", true, "version", version,
                        "reason", "Projet très original malgré une note basse"))
                .put("/api/editions/{id}/rounds/1/shortlist/{sid}", s.edition(), s.project(2)).then().statusCode(200)
                .body("proposed", equalTo(false)).body("advances", equalTo(true)).body("adjusted", equalTo(true))
                .body("reason", equalTo("Projet très original malgré une note basse"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ROUND' "
                + "AND action = 'SHORTLIST_DECISION' AND after_state LIKE ?", "%très original%")).isEqualTo(1);

        // A coordinator sees and confirms its own region only.
        api(s.coordinator06().token()).get("/api/editions/{id}/rounds/1/shortlist", s.edition()).then().statusCode(200)
                .body("regions.regionCode", contains("MA-06")).body("unconfirmedRegions", equalTo(2))
                .body("rows.submissionId", containsInAnyOrder((int) s.project(3), (int) s.project(4)));
        api(s.coordinator06().token()).queryParam("region", "MA-04")
                .get("/api/editions/{id}/rounds/1/shortlist", s.edition()).then().statusCode(403);
        api(s.coordinator04().token()).body(Map.of()).post("/api/editions/{id}/rounds/1/shortlist/confirm", s.edition())
                .then().statusCode(200).body("regions[0].confirmed", equalTo(true)).body("round.status", equalTo("CLOSED"))
                .body("regions.regionCode", contains("MA-04")).body("unconfirmedRegions", equalTo(1));
        api(s.coordinator04().token()).body(Map.of()).post("/api/editions/{id}/rounds/1/shortlist/confirm", s.edition())
                .then().statusCode(409).body("type", endsWith("/region-confirmed"));
        api(s.admin().token()).body(Map.of("advances", false, "version", version + 1))
                .put("/api/editions/{id}/rounds/1/shortlist/{sid}", s.edition(), s.project(1)).then().statusCode(409);
        api(s.coordinator06().token()).body(Map.of()).post("/api/editions/{id}/rounds/1/shortlist/confirm", s.edition())
                .then().statusCode(200).body("round.status", equalTo("ADVANCED"));

        // The national round is open with the three projects that went on; the edition judges it.
        assertThat(fixtures.rows("SELECT re.submission_id FROM round_entry re JOIN judging_round r ON r.id = re.round_id "
                + "WHERE r.edition_id = ? AND r.position = 2 ORDER BY re.submission_id", s.edition()).stream()
                .map(r -> ((Number) r.get("submission_id")).longValue()).toList())
                .containsExactly(s.project(1), s.project(2), s.project(4));
        assertThat(fixtures.rows("SELECT r.status, e.jurors_per_project FROM judging_round r JOIN edition e "
                + "ON e.id = r.edition_id WHERE r.edition_id = ? AND r.position = 2", s.edition()).get(0))
                .containsEntry("status", "OPEN").containsEntry("jurors_per_project", 2);

        // Every author learns whether her project goes on, in her language; nobody learns a score.
        List<Map<String, Object>> mails = fixtures.rows("SELECT recipient, subject, text_body FROM outbox_message "
                + "WHERE kind = 'ROUND_OUTCOME' AND edition_id = ? ORDER BY recipient", s.edition());
        assertThat(mails).hasSize(4);
        Map<String, String> byRecipient = new HashMap<>();
        mails.forEach(m -> byRecipient.put((String) m.get("recipient"), m.get("subject") + "\n" + m.get("text_body")));
        assertThat(byRecipient.get(s.teachers().get(1).email()))
                .contains("Votre projet passe au tour suivant\u00a0: \u2068Jury national\u2069", "Projet P2")
                .doesNotContain("score", "note");
        assertThat(byRecipient.get(s.teachers().get(2).email()))
                .contains("Résultat du tour «\u00a0\u2068Présélection régionale\u2069\u00a0»", "n'est pas retenu pour le tour suivant");

        // The teacher's timeline: where her project stopped, no score.
        api(s.teachers().get(2).token()).get("/api/submissions/{id}/rounds", s.project(3)).then().statusCode(200)
                .body("position", contains(1, 2)).body("reached", contains(true, false))
                .body("[0].outcome", equalTo("NOT_ADVANCED")).body("[0].rawScore", nullValue())
                .body("[0].rank", nullValue()).body("[1].status", equalTo("OPEN"));
        api(s.teachers().get(2).token()).get("/api/submissions/{id}/rounds", s.project(4)).then().statusCode(404);
        // The admin sees every round's scores side by side.
        api(s.admin().token()).get("/api/submissions/{id}/rounds", s.project(4)).then().statusCode(200)
                .body("[0].outcome", equalTo("ADVANCED")).body("[0].evaluations", equalTo(1))
                .body("[0].rawScore", not(nullValue())).body("[1].outcome", equalTo("IN"));

        // A national juror who scored P1 compares with the national round's other jurors only, never with
        // the regional round's scores of the same project.
        User national = fixtures.juror();
        long round2 = fixtures.assign(s.admin(), s.edition(), s.project(1), national);
        api(national.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "A", "score", 5),
                        Map.of("criterionCode", "B", "score", 3))))
                .put("/api/jury/assignments/{id}/evaluation", round2).then().statusCode(200);
        api(national.token()).post("/api/jury/assignments/{id}/evaluation/submit", round2).then().statusCode(200);
        api(national.token()).get("/api/jury/assignments/{id}/panel", round2).then().statusCode(200)
                .body("others", equalTo(List.of()));
    }

    @Test
    void shouldLoseNothingWhenTwoCoordinatorsConfirmAtOnce() throws Exception {
        Staged s = staged();
        api(s.admin().token()).body(Map.of()).post("/api/editions/{id}/rounds/1/close", s.edition()).then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> api(s.coordinator04().token()).body(Map.of())
                            .post("/api/editions/{id}/rounds/1/shortlist/confirm", s.edition()).statusCode(),
                    () -> api(s.coordinator06().token()).body(Map.of())
                            .post("/api/editions/{id}/rounds/1/shortlist/confirm", s.edition()).statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both, 60, TimeUnit.SECONDS)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactly(200, 200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.rows("SELECT status FROM judging_round WHERE edition_id = ? ORDER BY position", s.edition())
                .stream().map(r -> r.get("status")).toList()).containsExactly("ADVANCED", "OPEN");
        assertThat(fixtures.count("SELECT COUNT(*) FROM round_entry re JOIN judging_round r ON r.id = re.round_id "
                + "WHERE r.edition_id = ? AND r.position = 2", s.edition())).isEqualTo(2);
        assertThat(fixtures.count("SELECT COUNT(*) FROM round_entry re JOIN judging_round r ON r.id = re.round_id "
                + "WHERE r.edition_id = ? AND r.position = 1 AND re.decided_at IS NULL", s.edition())).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ROUND_OUTCOME' AND edition_id = ?",
                s.edition())).isEqualTo(4);
    }

    /**
     * A score saved while the round is being closed: the close holds the round's row, the save waits
     * for it and then sees the round CLOSED (409), instead of slipping a score into a closed round.
     */
    @Test
    void shouldRefuseAScoreSavedWhileTheRoundCloses() throws Exception {
        Staged s = staged();
        User late = fixtures.juror("MA-04", "École de Kénitra");
        long assignment = fixtures.assign(s.admin(), s.edition(), s.project(1), late);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection closing = dataSource.getConnection()) {
            closing.setAutoCommit(false);
            try (PreparedStatement lock = closing.prepareStatement(
                    "SELECT id FROM judging_round WHERE edition_id = ? AND position = 1 FOR UPDATE")) {
                lock.setLong(1, s.edition());
                lock.executeQuery().close();
            }
            Future<io.restassured.response.Response> save = pool.submit(() -> api(late.token())
                    .body(Map.of("scores", List.of(Map.of("criterionCode", "A", "score", 10))))
                    .put("/api/jury/assignments/{id}/evaluation", assignment));
            // The save waits for the round's row; the close goes on and commits.
            Thread.sleep(1500);
            assertThat(save.isDone()).as("the save waits for the close").isFalse();
            try (PreparedStatement close = closing.prepareStatement(
                    "UPDATE judging_round SET status = 'CLOSED', closed_at = NOW(6) WHERE edition_id = ? AND position = 1")) {
                close.setLong(1, s.edition());
                close.executeUpdate();
            }
            closing.commit();
            io.restassured.response.Response answer = save.get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(answer.jsonPath().getString("type")).endsWith("/evaluation-closed");
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.count("SELECT COUNT(*) FROM evaluation WHERE assignment_id = ?", assignment)).isZero();
    }
}
