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
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Fixtures.fullScores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * No silent error between the juror and the ranking: an unanswered criterion stays unanswered (never a
 * default level 1), an incomplete evaluation is refused naming each criterion in the juror's language,
 * and the evaluation's closing instant is enforced by the server clock.
 */
@QuarkusTest
class EvaluationIntegrityTest {

    private static final String EVALUATION = "/api/jury/assignments/{id}/evaluation";

    @Inject
    Fixtures fixtures;

    @Inject
    MutableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private record Setup(Competition competition, User juror, long assignment) {
    }

    private Setup assigned() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Herbier numérique")));
        User juror = fixtures.juror();
        return new Setup(c, juror, fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror));
    }

    @Test
    void shouldKeepACriterionTheJurorHasNotAnsweredAbsentFromTheDraft() {
        Setup s = assigned();
        long version = api(s.juror().token()).body(Map.of("scores", List.of(
                        Map.of("criterionCode", "ICT", "gates", List.of(true, false, false, false)),
                        Map.of("criterionCode", "COMM", "gates", List.of(false, false, false)))))
                .put(EVALUATION, s.assignment()).then().statusCode(200)
                .body("scores.criterionCode", contains("ICT", "COMM"))
                .extract().jsonPath().getLong("version");
        api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(200)
                .body("evaluation.scores", hasSize(2))
                .body("evaluation.scores.criterionCode", not(contains("COLLAB")))
                // "none of the gates" is an answer: level 1, kept as such.
                .body("evaluation.scores.find { it.criterionCode == 'COMM' }.score", equalTo(1))
                .body("evaluation.scores.find { it.criterionCode == 'COMM' }.gates", contains(false, false, false));
        assertThat(fixtures.count("SELECT COUNT(*) FROM evaluation_score s JOIN evaluation e ON e.id = s.evaluation_id "
                + "WHERE e.assignment_id = ?", s.assignment())).isEqualTo(2);

        // A later save without a criterion answered before leaves it unanswered again: nothing is filled in.
        api(s.juror().token()).body(Map.of("scores", List.of(Map.of("criterionCode", "ICT", "gates",
                        List.of(true, true, false, false))), "version", version))
                .put(EVALUATION, s.assignment()).then().statusCode(200)
                .body("scores.criterionCode", contains("ICT")).body("scores[0].score", equalTo(3));
        assertThat(fixtures.rows("SELECT c.code, s.score FROM evaluation_score s JOIN evaluation e ON e.id = s.evaluation_id "
                + "JOIN criterion c ON c.id = s.criterion_id WHERE e.assignment_id = ?", s.assignment()))
                .containsExactly(Map.of("code", "ICT", "score", 3));
    }

    @Test
    void shouldRefuseAnIncompleteEvaluationNamingEachMissingCriterionInTheCallersLanguage() {
        Setup s = assigned();
        api(s.juror().token()).body(Map.of("scores", List.of(Map.of("criterionCode", "ICT", "score", 2),
                        Map.of("criterionCode", "KNOW", "score", 1), Map.of("criterionCode", "SELFREG", "score", 3),
                        Map.of("criterionCode", "RWPS", "score", 2))))
                .put(EVALUATION, s.assignment()).then().statusCode(200);

        api(s.juror().token()).header("Accept-Language", "fr-MA, fr;q=0.9").post(EVALUATION + "/submit", s.assignment())
                .then().statusCode(422)
                .body("type", endsWith("/incomplete-evaluation"))
                .body("errors.field", contains("scores.COLLAB", "scores.COMM"))
                .body("errors.message", contains("Collaboration", "Communication efficace"))
                .body("detail", containsString("Sans réponse : Collaboration, Communication efficace."));
        api(s.juror().token()).header("Accept-Language", "ar").post(EVALUATION + "/submit", s.assignment())
                .then().statusCode(422)
                .body("errors.field", contains("scores.COLLAB", "scores.COMM"))
                .body("errors.message", contains("التعاون", "التواصل الفعال"))
                .body("detail", containsString("التعاون، التواصل الفعال"));
        api(s.juror().token()).header("Accept-Language", "de-DE, fr;q=0, en;q=0.5").post(EVALUATION + "/submit", s.assignment())
                .then().statusCode(422).body("errors.message", contains("Collaboration", "Skilled communication"));
        // A header that does not parse falls back like no header at all (the juror's language, French here).
        api(s.juror().token()).header("Accept-Language", "fr;q=x;;").post(EVALUATION + "/submit", s.assignment())
                .then().statusCode(422).body("errors.message", contains("Collaboration", "Communication efficace"));

        // Without a language the rubric has, the juror's own preferred language.
        fixtures.execute("UPDATE account SET preferred_language = 'ar' WHERE id = ?", s.juror().id());
        api(s.juror().token()).post(EVALUATION + "/submit", s.assignment()).then().statusCode(422)
                .body("errors.message", contains("التعاون", "التواصل الفعال"));
        // The lang parameter wins over the header and over the juror's language.
        api(s.juror().token()).queryParam("lang", "en").header("Accept-Language", "ar")
                .post(EVALUATION + "/submit", s.assignment()).then().statusCode(422)
                .body("errors.message", contains("Collaboration", "Skilled communication"));
        assertThat(fixtures.rows("SELECT status FROM evaluation WHERE assignment_id = ?", s.assignment()).get(0))
                .containsEntry("status", "DRAFT");
    }

    @Test
    void shouldRefuseSavingAndSubmittingFromTheEvaluationClosingInstant() {
        Setup s = assigned();
        Instant closesAt = Instant.parse(api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment())
                .jsonPath().getString("edition.evaluationCloseAt"));

        clock.pin(closesAt.minusSeconds(1));
        long version = api(s.juror().token()).body(Map.of("scores", List.of(Map.of("criterionCode", "ICT", "score", 2))))
                .put(EVALUATION, s.assignment()).then().statusCode(200).extract().jsonPath().getLong("version");
        api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().body("canEvaluate", equalTo(true));

        for (Instant late : new Instant[] {closesAt, closesAt.plusSeconds(86_400)}) {
            clock.pin(late);
            api(s.juror().token()).body(Map.of("scores", fullScores(), "version", version)).put(EVALUATION, s.assignment())
                    .then().statusCode(409)
                    .body("type", equalTo("https://innovatice.ma/problems/evaluation-deadline-passed"))
                    .body("evaluationCloseAt", equalTo(closesAt.toString()))
                    .body("detail", containsString(closesAt.toString()));
            api(s.juror().token()).post(EVALUATION + "/submit", s.assignment()).then().statusCode(409)
                    .body("type", equalTo("https://innovatice.ma/problems/evaluation-deadline-passed"));
            api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(200)
                    .body("canEvaluate", equalTo(false));
        }
        assertThat(fixtures.rows("SELECT status, version FROM evaluation WHERE assignment_id = ?", s.assignment()).get(0))
                .containsEntry("status", "DRAFT").containsEntry("version", version);

        clock.pin(closesAt.minusSeconds(1));
        api(s.juror().token()).body(Map.of("scores", fullScores(), "version", version)).put(EVALUATION, s.assignment())
                .then().statusCode(200);
        api(s.juror().token()).post(EVALUATION + "/submit", s.assignment()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedAt", equalTo(closesAt.minusSeconds(1).toString()));
    }

    /**
     * A submitted evaluation reopened after the deadline would go back to draft with no way to submit
     * it again, and leave the ranking without a word: the admin is told to extend the deadline first.
     */
    @Test
    void shouldRefuseToReopenAnEvaluationAfterTheDeadlineUntilItIsExtended() {
        Setup s = assigned();
        Instant closesAt = Instant.parse(api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment())
                .jsonPath().getString("edition.evaluationCloseAt"));
        clock.pin(closesAt.minusSeconds(60));
        api(s.juror().token()).body(Map.of("scores", fullScores())).put(EVALUATION, s.assignment()).then().statusCode(200);
        long evaluation = api(s.juror().token()).post(EVALUATION + "/submit", s.assignment()).then().statusCode(200)
                .extract().jsonPath().getLong("id");

        clock.pin(closesAt.plusSeconds(3600));
        api(s.competition().admin().token()).header("Accept-Language", "en").body(Map.of("reason", "note mal saisie"))
                .post("/api/evaluations/{id}/reopen", evaluation).then().statusCode(409)
                .body("type", equalTo("https://innovatice.ma/problems/evaluation-deadline-passed"))
                .body("detail", containsString("extend the evaluation deadline first"));
        assertThat(fixtures.rows("SELECT status FROM evaluation WHERE id = ?", evaluation).get(0))
                .containsEntry("status", "SUBMITTED");

        // Once the deadline is extended, the same reopening goes through.
        api(s.competition().admin().token())
                .body(Map.of("evaluationCloseAt", closesAt.plusSeconds(7 * 86_400).toString(), "reason", "réouverture"))
                .post("/api/editions/{id}/evaluation-deadline", s.competition().edition()).then().statusCode(200);
        api(s.competition().admin().token()).body(Map.of("reason", "note mal saisie"))
                .post("/api/evaluations/{id}/reopen", evaluation).then().statusCode(200).body("status", equalTo("DRAFT"));
    }
}
