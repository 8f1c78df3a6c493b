package ma.innovatice.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.notification.OutboxWorker;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.TestSmtp;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Fixtures.fullScores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * With the query cache turned on (a single API process; off by default), the hottest lists are read
 * from Hibernate's query cache on repeat, and every write made through the application shows in them
 * at once: the cache may save work, never show an older state than the database holds. The account
 * check of every request is not cached: it still reads the database.
 */
@QuarkusTest
@TestProfile(QueryCacheTest.QueryCacheOn.class)
class QueryCacheTest {

    /** A single API process that keeps its lists in the query cache. */
    public static class QueryCacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("innovatice.query-cache", "true");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    QueryCache queryCache;

    @Inject
    OutboxWorker outbox;

    /** Statements the database server has run, counted as the benchmark counts them. */
    private long statements() {
        return fixtures.rows("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert', 'Com_update', "
                + "'Com_delete')").stream().mapToLong(row -> Long.parseLong(row.get("Value").toString())).sum();
    }

    /** The statements that {@code requests} runs of a read cost the database. */
    private long statementsOf(int requests, Runnable read) {
        long before = statements();
        for (int i = 0; i < requests; i++) {
            read.run();
        }
        return statements() - before;
    }

    @Test
    void shouldAnswerARepeatedAuthenticatedListWithoutAskingTheDatabase() {
        assertThat(queryCache.enabled()).isTrue();
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Robotique au collège"),
                Fixtures.completeProject("Podcast en darija")));
        User juror = fixtures.juror();
        c.projects().forEach(project -> fixtures.assign(c.admin(), c.edition(), project, juror));
        Runnable jurorList = () -> api(juror.token()).queryParam("editionId", c.edition()).get("/api/jury/assignments")
                .then().statusCode(200).body("submissionId", hasSize(2));
        jurorList.run();

        // Uncached, each request would cost an account check and a read: 100 statements for 50 requests;
        // cached, only the account checks remain (50). The pool's checks of its connections (SELECT 1, at
        // most one per pooled connection, DB_POOL_MAX = 20) may fall in between. (The admin list is one
        // statement a page and is not kept: SubmissionListQuery.)
        assertThat(statementsOf(50, jurorList)).isBetween(50L, 75L);
    }

    @Test
    void shouldShowEveryStepOfAJurorsWorkInTheirListAtOnce() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Atelier de codage"),
                Fixtures.completeProject("Classe inversée")));
        User juror = fixtures.juror();
        long first = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        long second = fixtures.assign(c.admin(), c.edition(), c.projects().get(1), juror);
        listShows(juror, c, List.of((int) first, (int) second), List.of("NOT_STARTED", "NOT_STARTED"));

        api(juror.token()).body(Map.of("scores", fullScores())).put("/api/jury/assignments/{id}/evaluation", first)
                .then().statusCode(200);
        listShows(juror, c, List.of((int) first, (int) second), List.of("DRAFT", "NOT_STARTED"));

        // Submitting is a native UPDATE statement, reopening another one.
        long evaluation = api(juror.token()).post("/api/jury/assignments/{id}/evaluation/submit", first).then()
                .statusCode(200).extract().jsonPath().getLong("id");
        listShows(juror, c, List.of((int) first, (int) second), List.of("SUBMITTED", "NOT_STARTED"));
        api(c.admin().token()).body(Map.of("reason", "Barème mal lu")).post("/api/evaluations/{id}/reopen", evaluation)
                .then().statusCode(200);
        listShows(juror, c, List.of((int) first, (int) second), List.of("DRAFT", "NOT_STARTED"));

        // A declared conflict removes the assignment.
        api(juror.token()).body(Map.of("reason", "Je connais l'enseignante")).post("/api/jury/assignments/{id}/conflict", second)
                .then().statusCode(204);
        listShows(juror, c, List.of((int) first), List.of("DRAFT"));
    }

    private void listShows(User juror, Competition c, List<Integer> ids, List<String> progress) {
        api(juror.token()).queryParam("editionId", c.edition()).get("/api/jury/assignments").then().statusCode(200)
                .body("id", contains(ids.toArray())).body("evaluationStatus", contains(progress.toArray()));
    }

    @Test
    void shouldShowAutomaticAssignmentsAtOnce() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 1), null,
                List.of(Fixtures.completeProject("Sciences et tablettes")));
        User juror = fixtures.juror();
        api(juror.token()).queryParam("editionId", c.edition()).get("/api/jury/assignments").then().statusCode(200)
                .body("id", hasSize(0));

        api(c.admin().token()).body(Map.of("jurorIds", List.of(juror.id())))
                .post("/api/editions/{id}/assignments/auto", c.edition()).then().statusCode(200).body("created", equalTo(1));
        api(juror.token()).queryParam("editionId", c.edition()).get("/api/jury/assignments").then().statusCode(200)
                .body("submissionId", contains(c.projects().get(0).intValue()));
    }

    @Test
    void shouldShowTeachersChangesInTheAdminListAtOnce() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long project = fixtures.draftProject(teacher, edition, Fixtures.completeProject("Lecture numérique"));
        adminListShows(admin, edition, List.of("Lecture numérique"), List.of("Prénom"));

        Map<String, Object> renamed = new HashMap<>(Fixtures.completeProject("Lecture numérique en CE2"));
        renamed.put("version", api(teacher.token()).get("/api/submissions/{id}", project).jsonPath().getLong("version"));
        api(teacher.token()).body(renamed).put("/api/submissions/{id}", project).then().statusCode(200);
        api(teacher.token()).body(Map.of("firstName", "Salma")).patch("/api/me").then().statusCode(200);
        adminListShows(admin, edition, List.of("Lecture numérique en CE2"), List.of("Salma"));

        User other = fixtures.teacher();
        long second = fixtures.draftProject(other, edition, Fixtures.completeProject("Mathématiques en plein air"));
        adminListShows(admin, edition, List.of("Lecture numérique en CE2", "Mathématiques en plein air"),
                List.of("Salma", "Prénom"));
        api(other.token()).delete("/api/submissions/{id}", second).then().statusCode(204);
        adminListShows(admin, edition, List.of("Lecture numérique en CE2"), List.of("Salma"));
    }

    private void adminListShows(User admin, long edition, List<String> titles, List<String> firstNames) {
        api(admin.token()).queryParam("editionId", edition).queryParam("sort", "createdAt").get("/api/submissions")
                .then().statusCode(200).body("total", equalTo(titles.size()))
                .body("items.title", containsInAnyOrder(titles.toArray()))
                .body("items.author.firstName", containsInAnyOrder(firstNames.toArray()));
    }

    @Test
    void shouldKeepCachedListsWhileOnlyEmailsAreWritten() {
        // A write from outside leaves the cached list behind; the outbox's own native writes (queueing,
        // claiming, marking sent) name their table, so they must not drop it as an unnamed write would.
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Club d'échecs en ligne")));
        User juror = fixtures.juror();
        fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        String email = "courrier-" + UUID.randomUUID() + "@test.innovatice.ma";
        api().body(Map.of("email", email, "password", "une-classe-2026", "firstName", "Nadia", "lastName", "Tazi",
                        "regionCode", "MA-06", "schoolName", "Lycée Al Khansaa", "schoolLevel", "SECONDAIRE_QUALIFIANT",
                        "privacyNoticeVersion", 1))
                .post("/api/auth/register").then().statusCode(202);
        jurorListShows(juror, c.edition(), "Club d'échecs en ligne");
        fixtures.executeUnseen("UPDATE submission SET title = 'Changé dans la base' WHERE id = ?", c.projects().get(0));

        TestSmtp smtp = new TestSmtp();
        smtp.start();
        try {
            outbox.drain();
            assertThat(smtp.to(email)).hasSize(1);
        } finally {
            smtp.stop();
        }
        jurorListShows(juror, c.edition(), "Club d'échecs en ligne");
        queryCache.clear();
        jurorListShows(juror, c.edition(), "Changé dans la base");
    }

    private void jurorListShows(User juror, long edition, String title) {
        api(juror.token()).queryParam("editionId", edition).get("/api/jury/assignments").then().statusCode(200)
                .body("title", contains(title));
    }

    @Test
    void shouldNotSeeAWriteFromOutsideUntilCleared() {
        // What the README says of changes made with a SQL client: restart the application after them.
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Jardin pédagogique")));
        User juror = fixtures.juror();
        fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        jurorListShows(juror, c.edition(), "Jardin pédagogique");

        fixtures.executeUnseen("UPDATE submission SET title = 'Changé dans la base' WHERE id = ?", c.projects().get(0));
        jurorListShows(juror, c.edition(), "Jardin pédagogique");
        queryCache.clear();
        jurorListShows(juror, c.edition(), "Changé dans la base");
    }
}
