package ma.innovatice.evaluation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static ma.innovatice.testing.Fixtures.fullScores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Feedback moderation (issue 18, point 8): before publication an administrator reads every evaluation
 * of a project and rewrites the feedback for tone; the teacher reads only the moderated text, the juror
 * keeps their own, and the audit log keeps both.
 */
@QuarkusTest
class ModerationTest {

    private static final String HARSH = "Projet sans intérêt, l'enseignant n'a rien compris au numérique.";
    private static final String MODERATED = "Le projet gagnerait à faire une place plus grande au numérique.";

    @Inject
    Fixtures fixtures;

    private record Scored(Competition competition, User juror, long assignment, long evaluation) {
        long project() {
            return competition.projects().get(0);
        }

        User admin() {
            return competition.admin();
        }
    }

    private Scored scored(Competition c, String feedback) {
        User juror = fixtures.juror();
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        Map<String, Object> body = new HashMap<>();
        body.put("scores", fullScores());
        body.put("privateComment", "Entre nous : le dossier est mince.");
        if (feedback != null) {
            body.put("feedback", feedback);
        }
        api(juror.token()).body(body).put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
        long evaluation = api(juror.token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment).then()
                .statusCode(200).extract().jsonPath().getLong("id");
        return new Scored(c, juror, assignment, evaluation);
    }

    private Competition competition() {
        return fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Jardin connecté")));
    }

    private static Map<String, Object> moderation(String text, long version, long evaluationVersion) {
        return Map.of("text", text, "version", version, "evaluationVersion", evaluationVersion);
    }

    private long evaluationVersion(Scored s) {
        return ((Number) fixtures.rows("SELECT version FROM evaluation WHERE id = ?", s.evaluation()).get(0).get("version"))
                .longValue();
    }

    private void publish(Competition c) {
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        fixtures.prepareNextStep(c.admin(), c.edition(), "DELIBERATION");
        fixtures.move(c.admin(), c.edition(), "PUBLISHED");
    }

    @Test
    void shouldShowTheTeacherOnlyTheModeratedFeedbackAfterPublicationAndTheJurorTheirOwn() {
        Scored s = scored(competition(), HARSH);
        String path = "/api/evaluations/{id}/moderated-feedback";

        JsonPath listed = api(s.admin().token()).get("/api/editions/{id}/evaluations", s.competition().edition()).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].submissionId", equalTo((int) s.project()))
                .body("items[0].title", equalTo("Jardin connecté"))
                .body("items[0].evaluations", hasSize(1))
                .body("items[0].evaluations[0].juror.email", equalTo(s.juror().email()))
                .body("items[0].evaluations[0].evaluation.status", equalTo("SUBMITTED"))
                .body("items[0].evaluations[0].evaluation.scores", hasSize(6))
                .body("items[0].evaluations[0].evaluation.feedback", equalTo(HARSH))
                .body("items[0].evaluations[0].evaluation.privateComment", equalTo("Entre nous : le dossier est mince."))
                .body("items[0].evaluations[0].moderation", nullValue())
                .extract().jsonPath();
        long evaluationVersion = listed.getLong("items[0].evaluations[0].evaluation.version");

        api(s.juror().token()).body(moderation(MODERATED, 0, evaluationVersion)).put(path, s.evaluation()).then().statusCode(403);
        api(s.competition().teachers().get(0).token()).body(moderation(MODERATED, 0, evaluationVersion))
                .put(path, s.evaluation()).then().statusCode(403);
        api(s.competition().teachers().get(0).token()).get("/api/editions/{id}/evaluations", s.competition().edition())
                .then().statusCode(403);

        api(s.admin().token()).body(moderation("  " + MODERATED + "\n", 0, evaluationVersion)).put(path, s.evaluation()).then()
                .statusCode(200)
                .body("evaluation.feedback", equalTo(HARSH))
                .body("moderation.text", equalTo(MODERATED))
                .body("moderation.version", equalTo(1))
                .body("moderation.moderatedBy", equalTo(s.admin().email()))
                .body("moderation.current", equalTo(true));
        api(s.admin().token()).body(moderation("Une autre version.", 0, evaluationVersion)).put(path, s.evaluation()).then()
                .statusCode(409).body("type", endsWith("/stale-version"));
        api(s.admin().token()).get("/api/submissions/{id}/evaluations", s.project()).then().statusCode(200)
                .body("[0].moderation.text", equalTo(MODERATED)).body("[0].evaluation.feedback", equalTo(HARSH));

        // The original stays in the evaluation and, with the moderated text, in the audit log.
        assertThat(fixtures.rows("SELECT feedback FROM evaluation WHERE id = ?", s.evaluation()).get(0).get("feedback"))
                .isEqualTo(HARSH);
        Map<String, Object> entry = fixtures.rows("SELECT actor_id, before_state, after_state FROM audit_log "
                + "WHERE entity_type = 'EVALUATION' AND entity_id = ? AND action = 'MODERATE'", s.evaluation()).get(0);
        assertThat(entry.get("actor_id")).isEqualTo(s.admin().id());
        api(s.admin().token()).queryParam("editionId", s.competition().edition()).queryParam("action", "MODERATE")
                .get("/api/audit").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].entityId", equalTo((int) s.evaluation()))
                .body("items[0].editionId", equalTo((int) s.competition().edition()))
                .body("items[0].before.feedback", equalTo(HARSH)).body("items[0].before.moderatedFeedback", nullValue())
                .body("items[0].after.feedback", equalTo(HARSH)).body("items[0].after.moderatedFeedback", equalTo(MODERATED));

        // The juror keeps reading their own text; the teacher reads nothing before publication.
        api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(200)
                .body("evaluation.feedback", equalTo(HARSH));
        api(s.competition().teachers().get(0).token()).get("/api/submissions/{id}/result", s.project()).then().statusCode(409);

        publish(s.competition());
        String result = api(s.competition().teachers().get(0).token()).get("/api/submissions/{id}/result", s.project())
                .then().statusCode(200).body("feedback", contains(MODERATED)).extract().asString();
        assertThat(result).doesNotContain("sans intérêt", "Entre nous", s.juror().email());
        api(s.juror().token()).get("/api/jury/assignments/{id}", s.assignment()).then().statusCode(200)
                .body("evaluation.feedback", equalTo(HARSH));

        // Teachers may have read it: no moderation after publication.
        api(s.admin().token()).body(moderation("Trop tard.", 1, evaluationVersion)).put(path, s.evaluation()).then()
                .statusCode(409).body("type", endsWith("/moderation-closed"));
        api(s.admin().token()).get("/api/submissions/{id}/evaluations", s.project()).then()
                .body("[0].moderation.text", equalTo(MODERATED));
    }

    @Test
    void shouldWithholdAnEmptiedFeedbackAndFollowAJurorWhoRewritesTheirs() {
        Competition c = competition();
        Scored withheld = scored(c, "Feedback blessant.");
        Scored rewritten = scored(c, HARSH);
        String path = "/api/evaluations/{id}/moderated-feedback";
        api(c.admin().token()).body(moderation("", 0, evaluationVersion(withheld))).put(path, withheld.evaluation()).then()
                .statusCode(200).body("moderation.text", equalTo(""));
        api(c.admin().token()).body(moderation(MODERATED, 0, evaluationVersion(rewritten))).put(path, rewritten.evaluation())
                .then().statusCode(200).body("moderation.current", equalTo(true));

        // The juror changes their feedback after the moderation: it no longer applies.
        api(c.admin().token()).body(Map.of("reason", "Le juré veut reformuler")).post("/api/evaluations/{id}/reopen",
                rewritten.evaluation()).then().statusCode(200);
        long version = evaluationVersion(rewritten);
        api(c.admin().token()).body(moderation("Encore une autre.", 1, version)).put(path, rewritten.evaluation()).then()
                .statusCode(409).body("type", endsWith("/not-submitted"));
        api(rewritten.juror().token()).body(Map.of("scores", fullScores(), "feedback", "Bon projet, à approfondir.",
                "version", version)).put("/api/jury/assignments/{id}/evaluation", rewritten.assignment()).then().statusCode(200);
        api(rewritten.juror().token()).post("/api/jury/assignments/{id}/evaluation/submit", rewritten.assignment()).then()
                .statusCode(200);
        api(c.admin().token()).get("/api/editions/{id}/evaluations", c.edition()).then().statusCode(200)
                .body("items[0].evaluations.find { it.evaluation.id == " + rewritten.evaluation() + " }.moderation.current",
                        equalTo(false))
                .body("items[0].evaluations.find { it.evaluation.id == " + withheld.evaluation() + " }.moderation.current",
                        equalTo(true));

        publish(c);
        api(c.teachers().get(0).token()).get("/api/submissions/{id}/result", c.projects().get(0)).then().statusCode(200)
                .body("feedback", contains("Bon projet, à approfondir."));
    }

    @Test
    void shouldRemoveTheModerationWhenTheJurorsTextIsWrittenBack() {
        Scored s = scored(competition(), HARSH);
        String path = "/api/evaluations/{id}/moderated-feedback";
        long version = evaluationVersion(s);
        api(s.admin().token()).body(moderation(MODERATED, 0, version)).put(path, s.evaluation()).then().statusCode(200);
        api(s.admin().token()).body(moderation(HARSH, 1, version)).put(path, s.evaluation()).then().statusCode(200)
                .body("moderation", nullValue()).body("evaluation.feedback", equalTo(HARSH));
        assertThat(fixtures.count("SELECT COUNT(*) FROM evaluation_moderation WHERE evaluation_id = ?", s.evaluation())).isZero();
        api(s.admin().token()).queryParam("entityType", "EVALUATION").queryParam("entityId", s.evaluation())
                .queryParam("action", "MODERATE").get("/api/audit").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].before.moderatedFeedback", equalTo(MODERATED))
                .body("items[0].after.feedback", equalTo(HARSH)).body("items[0].after.moderatedFeedback", nullValue());
        publish(s.competition());
        api(s.competition().teachers().get(0).token()).get("/api/submissions/{id}/result", s.project()).then()
                .body("feedback", contains(HARSH));
    }

    @Test
    void shouldRefuseADraftAnEvaluationWithoutFeedbackAndAnOverlongOrUnprintableText() {
        Competition c = competition();
        Scored silent = scored(c, null);
        String path = "/api/evaluations/{id}/moderated-feedback";
        api(c.admin().token()).body(moderation(MODERATED, 0, evaluationVersion(silent))).put(path, silent.evaluation()).then()
                .statusCode(409).body("type", endsWith("/no-feedback"));

        User drafter = fixtures.juror();
        long assignment = fixtures.assign(c.admin(), c.edition(), c.projects().get(0), drafter);
        long draft = api(drafter.token()).body(Map.of("scores", fullScores(), "feedback", HARSH))
                .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200).extract().jsonPath().getLong("id");
        api(c.admin().token()).body(moderation(MODERATED, 0, 0)).put(path, draft).then().statusCode(409)
                .body("type", endsWith("/not-submitted"));

        Scored s = scored(c, HARSH);
        long version = evaluationVersion(s);
        api(c.admin().token()).body(moderation(MODERATED, 0, version + 1)).put(path, s.evaluation()).then().statusCode(409)
                .body("type", endsWith("/stale-version"));
        invalidRequest(c.admin().token()).body(moderation("x".repeat(10_001), 0, version)).put(path, s.evaluation()).then()
                .statusCode(400).body("errors.field", hasItem("text"));
        api(c.admin().token()).body(moderation("Un retour\u0007 sonore", 0, version)).put(path, s.evaluation()).then()
                .statusCode(400).body("errors.field", hasItem("text"));
        api(c.admin().token()).body(moderation(MODERATED, 0, version)).put(path, Long.MAX_VALUE).then().statusCode(404);
        api(c.admin().token()).get("/api/editions/{id}/evaluations", Long.MAX_VALUE).then().statusCode(404);
        assertThat(fixtures.count("SELECT COUNT(*) FROM evaluation_moderation m JOIN evaluation e ON e.id = m.evaluation_id "
                + "WHERE e.edition_id = ?", c.edition())).isZero();
    }
}
