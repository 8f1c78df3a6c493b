package ma.innovatice.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.MutableClock;
import ma.innovatice.testing.Races;
import ma.innovatice.testing.ReliabilityReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

/** Races that a national deadline produces: each request either wins cleanly or gets a 409, nothing is lost or doubled. */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    Fixtures fixtures;

    @Inject
    MutableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private static final java.util.Map<String, String> RACES = new java.util.concurrent.ConcurrentSkipListMap<>();

    static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).toList();
    }

    /** Notes a race's outcome for the report. */
    static void note(String race, List<Response> responses) {
        java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
        responses.forEach(r -> counts.merge(r.statusCode(), 1L, Long::sum));
        RACES.put(race, responses.size() + " parallel requests → " + counts);
    }

    @org.junit.jupiter.api.AfterAll
    static void report() {
        List<String> lines = new ArrayList<>();
        RACES.forEach((race, outcome) -> lines.add(race + ": " + outcome));
        ReliabilityReport.write("concurrency", "Races (no lost update, no duplicate, 409 for the losers)", lines);
    }

    @Test
    void shouldAcceptEverySubmitJustBeforeTheDeadlineAndNoneAtIt() throws Exception {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        Instant closesAt = Instant.parse(api().get("/api/editions/{id}", edition).jsonPath().getString("submissionsCloseAt"));
        int teachers = 16;
        List<User> authors = new ArrayList<>();
        List<Long> projects = new ArrayList<>();
        for (int i = 0; i < 2 * teachers; i++) {
            User teacher = fixtures.teacher();
            authors.add(teacher);
            projects.add(fixtures.draftProject(teacher, edition, Fixtures.completeProject("Projet de dernière minute " + i)));
        }

        clock.pin(closesAt.minusMillis(1));
        List<Response> early = Races.race(teachers, i -> api(authors.get(i).token())
                .post("/api/submissions/{id}/submit", projects.get(i)));
        note("submits 1 ms before the deadline", early);
        assertThat(statuses(early)).containsOnly(200);

        clock.pin(closesAt);
        List<Response> late = Races.race(teachers, i -> api(authors.get(teachers + i).token())
                .post("/api/submissions/{id}/submit", projects.get(teachers + i)));
        note("submits at the deadline instant", late);
        assertThat(statuses(late)).containsOnly(409);
        assertThat(late).allSatisfy(r -> assertThat(r.jsonPath().getString("type")).endsWith("/submissions-closed"));

        assertThat(fixtures.count("SELECT COUNT(*) FROM submission WHERE edition_id = ? AND status = 'SUBMITTED'", edition))
                .isEqualTo(teachers);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log a JOIN submission s ON s.id = a.entity_id "
                + "WHERE a.entity_type = 'SUBMISSION' AND a.action = 'STATUS' AND a.after_state LIKE '%SUBMITTED%' "
                + "AND s.edition_id = ? AND s.title LIKE 'Projet de dernière minute%'", edition)).isEqualTo(teachers);
    }

    @Test
    void shouldPublishOnceWhenTwoAdminsPublishAtTheSameTime() throws Exception {
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Projet de la course"));
        Competition c = fixtures.competition(Map.of(), null, List.of(body, body, body));
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(0), "kind", "WINNER", "rank", 1))
                .post("/api/editions/{id}/awards", c.edition()).then().statusCode(201);
        User secondAdmin = fixtures.admin();
        List<User> admins = List.of(c.admin(), secondAdmin, c.admin(), secondAdmin);

        List<Response> answers = Races.race(admins.size(), i -> api(admins.get(i).token()).body(Map.of("to", "PUBLISHED"))
                .post("/api/editions/{id}/transitions", c.edition()));
        note("two admins publishing, twice each", answers);
        assertThat(statuses(answers)).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(fixtures.count("SELECT COUNT(*) FROM certificate WHERE edition_id = ?", c.edition())).isEqualTo(3);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'EDITION' AND action = 'TRANSITION' "
                + "AND entity_id = ? AND after_state LIKE '%PUBLISHED%'", c.edition())).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'SUBMISSION' AND action = 'STATUS' "
                + "AND entity_id = ? AND after_state LIKE '%WINNER%'", c.projects().get(0))).isEqualTo(1);
    }

    @Test
    void shouldAssignOnceWhenTwoAutomaticAssignmentsRunAtTheSameTime() throws Exception {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bodies.add(new HashMap<>(Fixtures.completeProject("Projet " + i)));
        }
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 2), null, bodies);
        List<Long> jurors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            jurors.add(fixtures.juror().id());
        }
        List<Response> answers = Races.race(2, i -> api(c.admin().token()).body(Map.of("jurorIds", jurors))
                .post("/api/editions/{id}/assignments/auto", c.edition()));
        note("two automatic assignments", answers);
        assertThat(statuses(answers)).allSatisfy(s -> assertThat(s).isIn(200, 409));
        assertThat(statuses(answers)).contains(200);
        assertThat(fixtures.count("SELECT COUNT(*) FROM assignment WHERE edition_id = ?", c.edition())).isEqualTo(12);
        assertThat(fixtures.count("SELECT COUNT(*) FROM (SELECT submission_id FROM assignment WHERE edition_id = ? "
                + "GROUP BY submission_id HAVING COUNT(*) <> 2) x", c.edition())).isZero();
    }

    @Test
    void shouldAnswerParallelAdminEditsOfOneAccountWithoutAServerError() throws Exception {
        User admin = fixtures.admin();
        User juror = fixtures.juror();
        List<Response> answers = Races.race(8, i -> api(admin.token()).body(Map.of("firstName", "Nom " + i))
                .patch("/api/accounts/{id}", juror.id()));
        note("parallel admin edits of one account", answers);
        assertThat(statuses(answers)).contains(200).allSatisfy(s -> assertThat(s).isIn(200, 409));
        String kept = (String) fixtures.rows("SELECT first_name FROM account WHERE id = ?", juror.id()).get(0)
                .get("first_name");
        assertThat(kept).startsWith("Nom ");
    }

    @Test
    void shouldKeepOneOfManyParallelEditsOfOneProjectAndRefuseTheOthersCleanly() throws Exception {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long project = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Version 0"));
        List<Response> answers = Races.race(6, i -> {
            Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Version " + (i + 1)));
            body.put("version", 0);
            return api(teacher.token()).body(body).put("/api/submissions/{id}", project);
        });
        note("parallel edits of one project (same version)", answers);
        assertThat(statuses(answers)).containsOnlyOnce(200).containsOnly(200, 409);
        String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                .jsonPath().getString("title");
        assertThat(fixtures.rows("SELECT title, version FROM submission WHERE id = ?", project).get(0))
                .containsEntry("title", winner).containsEntry("version", 1L);
    }
}
