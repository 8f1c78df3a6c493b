package ma.innovatice.edition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every lifecycle step says what it will do before doing it (the preview), and the step itself
 * enforces the same facts: closing the call early needs a reason and tells the authors of drafts,
 * deliberating with understaffed projects needs an override, publishing shows what the awards lack
 * and which awarded projects the jurors disagree on.
 */
@QuarkusTest
class TransitionPreviewTest {

    /** One criterion scored 0..10: an evaluation's raw score is ten times its mark. */
    private static final List<Map<String, Object>> RUBRIC = List.of(
            Map.of("code", "A", "label", Map.of("fr", "Usage des TIC", "ar", "استعمال التكنولوجيا", "en", "ICT use"),
                    "weight", 1, "scaleMin", 0, "scaleMax", 10));

    @Inject
    Fixtures fixtures;

    @Inject
    MutableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private static JsonPath preview(User admin, long edition, String to) {
        return api(admin.token()).queryParam("to", to).get("/api/editions/{id}/transitions/preview", edition).then()
                .statusCode(200).extract().jsonPath();
    }

    private String status(long edition) {
        return (String) fixtures.rows("SELECT status FROM edition WHERE id = ?", edition).get(0).get("status");
    }

    private String lastTransition(long edition) {
        return (String) fixtures.rows("SELECT after_state FROM audit_log WHERE entity_type = 'EDITION' AND entity_id = ? "
                + "AND action = 'TRANSITION' ORDER BY id DESC LIMIT 1", edition).get(0).get("after_state");
    }

    /** A juror's mark on a project, saved and submitted through the jury's API, or only saved. */
    private void mark(User admin, long edition, long project, User juror, int mark, boolean submit) {
        long assignment = fixtures.assign(admin, edition, project, juror);
        api(juror.token()).body(Map.of("scores", List.of(Map.of("criterionCode", "A", "score", mark))))
                .put("/api/jury/assignments/{id}/evaluation", assignment).then().statusCode(200);
        if (submit) {
            api(juror.token()).post("/api/jury/assignments/{id}/evaluation/submit", assignment).then().statusCode(200);
        }
    }

    @Test
    void shouldPreviewAnEarlyClosingAndRefuseItWithoutAReason() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        long submitted = fixtures.submittedProject(fixtures.teacher(), edition);
        User drafting = fixtures.teacher();
        api(drafting.token()).body(Map.of("preferredLanguage", "ar", "firstName", "سلمى")).patch("/api/me")
                .then().statusCode(200);
        long draft = fixtures.draftProject(drafting, edition, Fixtures.completeProject("Brouillon inachevé"));
        Instant close = Instant.parse(api(admin.token()).get("/api/editions/{id}", edition).then().extract()
                .path("submissionsCloseAt"));

        JsonPath preview = preview(admin, edition, "EVALUATION");
        assertThat(preview.getString("from")).isEqualTo("OPEN");
        assertThat(preview.getBoolean("reasonRequired")).isTrue();
        assertThat(Instant.parse(preview.getString("submissionsCloseAt"))).isEqualTo(close);
        assertThat(preview.getInt("enteringReview")).isEqualTo(1);
        assertThat(preview.getList("drafts.submissionId", Long.class)).containsExactly(draft);
        assertThat(preview.getList("drafts.title", String.class)).containsExactly("Brouillon inachevé");
        assertThat(preview.getList("drafts.authorName", String.class)).containsExactly("سلمى Nom");
        assertThat(preview.getBoolean("overrideRequired")).isFalse();
        assertThat(preview.getList("blockers")).isEmpty();
        assertThat(status(edition)).isEqualTo("OPEN");

        api(admin.token()).body(Map.of("to", "EVALUATION")).post("/api/editions/{id}/transitions", edition).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/reason-required")).body("errors.field", contains("reason"));
        assertThat(status(edition)).isEqualTo("OPEN");
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'CALL_CLOSED_EARLY' "
                + "AND dedup_key LIKE ?", "call-closed-early:edition:" + edition + ":%")).isZero();

        api(admin.token()).body(Map.of("to", "EVALUATION", "reason", "Le jury doit commencer avant les vacances."))
                .post("/api/editions/{id}/transitions", edition).then().statusCode(200).body("status", equalTo("EVALUATION"));
        assertThat(lastTransition(edition)).contains("\"status\":\"EVALUATION\"").contains("\"closedEarly\":true")
                .contains("\"reason\":\"Le jury doit commencer avant les vacances.\"");
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id IN (?, ?) ORDER BY id", submitted, draft))
                .extracting(r -> r.get("status")).containsExactly("UNDER_REVIEW", "DRAFT");
        // Only the author of the draft is told, in her language, with the published date it closed before.
        List<Map<String, Object>> mails = fixtures.rows("SELECT recipient, language, subject, text_body FROM outbox_message "
                + "WHERE kind = 'CALL_CLOSED_EARLY' AND dedup_key LIKE ?", "call-closed-early:edition:" + edition + ":%");
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.get("recipient")).isEqualTo(drafting.email());
            assertThat(mail.get("language")).isEqualTo("ar");
            assertThat((String) mail.get("subject")).startsWith("أغلق باب الترشيح: ");
            assertThat((String) mail.get("text_body")).startsWith("مرحبا \u2068سلمى\u2069،").contains("Brouillon inachevé")
                    .contains("بتوقيت المغرب").contains(close.atZone(ZoneId.of("Africa/Casablanca"))
                            .format(DateTimeFormatter.ofPattern("HH:mm")))
                    .contains("http://localhost:8080/my/submissions/" + draft);
        });
    }

    @Test
    void shouldCloseACallWhoseDeadlinePassedWithoutAReasonOrEmails() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        fixtures.draftProject(fixtures.teacher(), edition, Fixtures.completeProject("Brouillon oublié"));
        Instant close = Instant.parse(api(admin.token()).get("/api/editions/{id}", edition).then().extract()
                .path("submissionsCloseAt"));
        clock.pin(close.plusSeconds(60));

        JsonPath preview = preview(admin, edition, "EVALUATION");
        assertThat(preview.getBoolean("reasonRequired")).isFalse();
        assertThat(preview.getList("drafts")).hasSize(1);
        api(admin.token()).body(Map.of("to", "EVALUATION")).post("/api/editions/{id}/transitions", edition).then()
                .statusCode(200);
        assertThat(lastTransition(edition)).isEqualTo("{\"status\":\"EVALUATION\"}");
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE ?",
                "call-closed-early:edition:" + edition + ":%")).isZero();
    }

    @Test
    void shouldRefuseDeliberationWhileProjectsAreUnderstaffedUnlessOverridden() {
        Map<String, Object> body = new HashMap<>(Fixtures.completeProject("Projet noté deux fois"));
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 2), RUBRIC,
                List.of(body, Fixtures.completeProject("Projet noté une fois")));
        User admin = c.admin();
        long full = c.projects().get(0);
        long half = c.projects().get(1);
        User first = fixtures.juror();
        User second = fixtures.juror();
        // The jurors disagree on the first project (100 and 30: 70 points apart), agree on the second.
        mark(admin, c.edition(), full, first, 10, true);
        mark(admin, c.edition(), full, second, 3, true);
        mark(admin, c.edition(), half, first, 6, true);
        mark(admin, c.edition(), half, second, 6, false);

        JsonPath preview = preview(admin, c.edition(), "DELIBERATION");
        assertThat(preview.getBoolean("reasonRequired")).isFalse();
        assertThat(preview.getInt("jurorsPerProject")).isEqualTo(2);
        assertThat(preview.getBoolean("overrideRequired")).isTrue();
        assertThat(preview.getList("understaffed.submissionId", Long.class)).containsExactly(half);
        assertThat(preview.getInt("understaffed[0].submittedEvaluations")).isEqualTo(1);
        assertThat(preview.getInt("understaffed[0].assignedJurors")).isEqualTo(2);
        assertThat(preview.getInt("understaffed[0].required")).isEqualTo(2);
        assertThat(preview.getList("unsubmittedEvaluations.submissionId", Long.class)).containsExactly(half);
        assertThat(preview.getBoolean("unsubmittedEvaluations[0].started")).isTrue();
        assertThat(preview.getString("unsubmittedEvaluations[0].jurorName")).isEqualTo("Prénom Nom");
        assertThat(preview.getList("disagreements.submissionId", Long.class)).containsExactly(full);
        assertThat(preview.getDouble("disagreements[0].spread")).isEqualTo(70.0);
        assertThat(preview.getList("drafts")).isEmpty();

        api(admin.token()).body(Map.of("to", "DELIBERATION")).post("/api/editions/{id}/transitions", c.edition())
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/understaffed-projects"))
                .body("understaffed.submissionId", contains((int) half))
                .body("understaffed[0].title", equalTo("Projet noté une fois"))
                .body("detail", containsString("override.reason"));
        assertThat(status(c.edition())).isEqualTo("EVALUATION");

        api(admin.token()).body(Map.of("to", "DELIBERATION", "override",
                        Map.of("reason", "Le second juré est indisponible ; le jury délibère avec une note.")))
                .post("/api/editions/{id}/transitions", c.edition()).then().statusCode(200)
                .body("status", equalTo("DELIBERATION"));
        assertThat(lastTransition(c.edition())).isEqualTo("{\"status\":\"DELIBERATION\",\"override\":{\"reason\":"
                + "\"Le second juré est indisponible ; le jury délibère avec une note.\",\"understaffed\":[" + half + "]}}");
    }

    @Test
    void shouldDeliberateWithoutOverrideOnceEveryProjectHasItsEvaluations() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 1), RUBRIC,
                List.of(Fixtures.completeProject("Projet complet")));
        mark(c.admin(), c.edition(), c.projects().get(0), fixtures.juror(), 7, true);

        JsonPath preview = preview(c.admin(), c.edition(), "DELIBERATION");
        assertThat(preview.getBoolean("overrideRequired")).isFalse();
        assertThat(preview.getList("understaffed")).isEmpty();
        assertThat(preview.getList("unsubmittedEvaluations")).isEmpty();
        api(c.admin().token()).body(Map.of("to", "DELIBERATION")).post("/api/editions/{id}/transitions", c.edition())
                .then().statusCode(200);
        assertThat(lastTransition(c.edition())).isEqualTo("{\"status\":\"DELIBERATION\"}");
    }

    @Test
    void shouldPreviewPublicationWithWhatTheAwardsLackAndTheWinnersDisagreement() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 2, "laureateCount", 1), RUBRIC,
                List.of(Fixtures.completeProject("Projet discuté"), Fixtures.completeProject("Projet consensuel")));
        User first = fixtures.juror();
        User second = fixtures.juror();
        mark(c.admin(), c.edition(), c.projects().get(0), first, 10, true);
        mark(c.admin(), c.edition(), c.projects().get(0), second, 5, true);
        mark(c.admin(), c.edition(), c.projects().get(1), first, 4, true);
        mark(c.admin(), c.edition(), c.projects().get(1), second, 4, true);
        api(c.admin().token()).body(Map.of("to", "DELIBERATION")).post("/api/editions/{id}/transitions", c.edition())
                .then().statusCode(200);

        JsonPath empty = preview(c.admin(), c.edition(), "PUBLISHED");
        assertThat(empty.getInt("winners")).isZero();
        assertThat(empty.getInt("laureateCount")).isEqualTo(1);
        assertThat(empty.getList("blockers", String.class)).containsExactly("WINNER_MISSING");
        assertThat(empty.getList("disagreements")).isEmpty();

        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(0), "kind", "WINNER", "rank", 1))
                .post("/api/editions/{id}/awards", c.edition()).then().statusCode(201);
        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(1), "kind", "LAUREATE", "rank", 2))
                .post("/api/editions/{id}/awards", c.edition()).then().statusCode(201);
        JsonPath preview = preview(c.admin(), c.edition(), "PUBLISHED");
        assertThat(preview.getInt("winners")).isEqualTo(1);
        assertThat(preview.getInt("laureates")).isEqualTo(2);
        assertThat(preview.getList("blockers", String.class)).containsExactly("TOO_MANY_LAUREATES");
        assertThat(preview.getList("disagreements.submissionId", Long.class)).containsExactly(c.projects().get(0));
        assertThat(preview.getList("disagreements.award", String.class)).containsExactly("WINNER");
        assertThat(preview.getDouble("disagreements[0].spread")).isEqualTo(50.0);
        // The move refuses what the preview announced.
        api(c.admin().token()).body(Map.of("to", "PUBLISHED")).post("/api/editions/{id}/transitions", c.edition())
                .then().statusCode(409).body("type", endsWith("/too-many-laureates"));
        assertThat(status(c.edition())).isEqualTo("DELIBERATION");
    }

    @Test
    void shouldRefuseToPreviewAnythingButTheNextStep() {
        User admin = fixtures.admin();
        long edition = fixtures.draftEdition(admin);
        api(admin.token()).queryParam("to", "EVALUATION").get("/api/editions/{id}/transitions/preview", edition).then()
                .statusCode(409).body("type", endsWith("/illegal-transition")).body("allowedNext", contains("OPEN"));
        JsonPath opening = preview(admin, edition, "OPEN");
        assertThat(opening.getString("to")).isEqualTo("OPEN");
        assertThat(opening.getBoolean("reasonRequired")).isFalse();
        assertThat(opening.getList("drafts")).isEmpty();
        api(fixtures.teacher().token()).queryParam("to", "OPEN").get("/api/editions/{id}/transitions/preview", edition)
                .then().statusCode(403);
        api(admin.token()).queryParam("to", "OPEN").get("/api/editions/{id}/transitions/preview", 987654321L).then()
                .statusCode(404);
    }
}
