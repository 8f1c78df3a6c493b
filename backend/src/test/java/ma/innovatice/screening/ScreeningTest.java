package ma.innovatice.screening;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ScreeningTest {

    static final List<Map<String, Object>> CHECKLIST = List.of(
            Map.of("fr", "Réalisé dans une classe marocaine cette année scolaire", "ar", "أنجز في قسم مغربي هذه السنة الدراسية",
                    "en", "Carried out in a Moroccan class this school year"),
            Map.of("fr", "Preuves jointes", "en", "Evidence present"));

    @Inject
    Fixtures fixtures;

    /** An OPEN edition with the checklist and one submitted project in each of MA-04 and MA-01. */
    private record Call(User admin, long edition, User rabatTeacher, long rabat, User tangerTeacher, long tanger) {
    }

    private Call call(boolean withChecklist) {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "DRAFT");
        if (withChecklist) {
            api(admin.token()).body(Map.of("items", CHECKLIST)).put("/api/editions/{id}/screening-checklist", edition)
                    .then().statusCode(200).body("items", hasSize(2)).body("editable", equalTo(true));
        }
        fixtures.move(admin, edition, "OPEN");
        User rabatTeacher = fixtures.teacher();
        long rabat = fixtures.submittedProject(rabatTeacher, edition);
        User tangerTeacher = fixtures.teacher();
        Map<String, Object> project = new HashMap<>(Fixtures.completeProject("Projet de Tanger"));
        project.put("regionCode", "MA-01");
        long tanger = fixtures.draftProject(tangerTeacher, edition, project);
        api(tangerTeacher.token()).post("/api/submissions/{id}/submit", tanger).then().statusCode(200);
        return new Call(admin, edition, rabatTeacher, rabat, tangerTeacher, tanger);
    }

    private static Map<String, Object> screening(String outcome, List<Boolean> answers, String reason, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("answers", answers);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    @Test
    void shouldKeepTheChecklistBoundedAndFrozenOnceTheCallIsClosed() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "DRAFT");
        api(admin.token()).get("/api/editions/{id}/screening-checklist", edition).then().statusCode(200)
                .body("items", hasSize(0));
        List<Map<String, Object>> eleven = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> Map.<String, Object>of("fr", "Condition " + i)).toList();
        ma.innovatice.testing.Api.invalidRequest(admin.token()).body(Map.of("items", eleven))
                .put("/api/editions/{id}/screening-checklist", edition).then().statusCode(400);
        ma.innovatice.testing.Api.invalidRequest(admin.token()).body(Map.of("items", List.of(Map.of("fr", " "))))
                .put("/api/editions/{id}/screening-checklist", edition).then().statusCode(400);
        api(admin.token()).body(Map.of("items", CHECKLIST)).put("/api/editions/{id}/screening-checklist", edition)
                .then().statusCode(200).body("items[1].fr", equalTo("Preuves jointes")).body("items[1].ar", nullValue());
        api(fixtures.coordinator("MA-04").token()).get("/api/editions/{id}/screening-checklist", edition).then()
                .statusCode(200).body("items", hasSize(2));
        api(fixtures.coordinator("MA-04").token()).body(Map.of("items", List.of()))
                .put("/api/editions/{id}/screening-checklist", edition).then().statusCode(403);

        long closed = fixtures.editionIn(admin, "EVALUATION");
        api(admin.token()).body(Map.of("items", CHECKLIST)).put("/api/editions/{id}/screening-checklist", closed)
                .then().statusCode(409).body("type", containsString("checklist-frozen"));
    }

    @Test
    void shouldShowACoordinatorOnlyItsRegionAndLetItScreenOnlyThere() {
        Call c = call(true);
        User rabat = fixtures.coordinator("MA-04");
        User tanger = fixtures.coordinator("MA-01");

        api(rabat.token()).get("/api/editions/{id}/screening", c.edition()).then().statusCode(200)
                .body("items.submissionId", contains((int) c.rabat()))
                .body("progress", hasSize(1)).body("progress[0].regionCode", equalTo("MA-04"))
                .body("progress[0].total", equalTo(1)).body("checklist", hasSize(2));
        api(rabat.token()).queryParam("region", "MA-01").get("/api/editions/{id}/screening", c.edition()).then()
                .statusCode(403);
        api(c.admin().token()).get("/api/editions/{id}/screening", c.edition()).then().statusCode(200)
                .body("total", equalTo(2)).body("progress.regionCode", contains("MA-01", "MA-04"));
        api(c.admin().token()).queryParam("region", "MA-01").get("/api/editions/{id}/screening", c.edition()).then()
                .statusCode(200).body("items.submissionId", contains((int) c.tanger()));

        api(tanger.token()).body(screening("ELIGIBLE", List.of(true, true), null, null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(404);
        api(c.rabatTeacher().token()).body(screening("ELIGIBLE", List.of(true, true), null, null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(403);
        api(rabat.token()).body(screening("ELIGIBLE", List.of(true, true), null, null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("screening.outcome", equalTo("ELIGIBLE"))
                .body("screening.answers", contains(true, true)).body("screening.version", equalTo(0));
        assertThat(fixtures.count("SELECT COUNT(*) FROM screening WHERE submission_id = ? AND screened_by = ? "
                + "AND answers = 'YY'", c.rabat(), rabat.id())).isEqualTo(1);
        api(rabat.token()).queryParam("state", "PENDING").get("/api/editions/{id}/screening", c.edition()).then()
                .body("items", hasSize(0));
        api(c.admin().token()).queryParam("state", "PENDING").get("/api/editions/{id}/screening", c.edition()).then()
                .body("items.submissionId", contains((int) c.tanger()));
    }

    @Test
    void shouldRequireAReasonAndAnAnswerPerItem() {
        Call c = call(true);
        api(c.admin().token()).body(screening("INELIGIBLE", List.of(false, true), null, null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        api(c.admin().token()).body(screening("INELIGIBLE", List.of(false, true), "   ", null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(422);
        api(c.admin().token()).body(screening("ELIGIBLE", List.of(true), null, null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(422)
                .body("errors.field", hasItem("answers"));
        ma.innovatice.testing.Api.invalidRequest(c.admin().token())
                .body(screening("INELIGIBLE", List.of(false, true), "x".repeat(1001), null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(400);
        assertThat(fixtures.count("SELECT COUNT(*) FROM screening WHERE submission_id = ?", c.rabat())).isZero();
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", c.rabat()).get(0).get("status"))
                .isEqualTo("SUBMITTED");

        Call none = call(false);
        api(none.admin().token()).body(screening("ELIGIBLE", List.of(), null, null))
                .put("/api/submissions/{id}/screening", none.rabat()).then().statusCode(409)
                .body("type", containsString("no-screening"));
    }

    @Test
    void shouldTakeAnIneligibleProjectOutTellItsAuthorWhyAndGiveItBackWhenRescreened() {
        Call c = call(true);
        User coordinator = fixtures.coordinator("MA-04");
        String reason = "Le projet a été réalisé en 2019, hors de l'année scolaire.";
        api(coordinator.token()).body(screening("INELIGIBLE", List.of(false, true), reason, null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(200)
                .body("status", equalTo("INELIGIBLE")).body("screening.reason", equalTo(reason));

        api(c.rabatTeacher().token()).get("/api/submissions/{id}", c.rabat()).then().statusCode(200)
                .body("status", equalTo("INELIGIBLE")).body("screening.outcome", equalTo("INELIGIBLE"))
                .body("screening.reason", equalTo(reason)).body("editable", equalTo(false));
        api(c.rabatTeacher().token()).get("/api/submissions/{id}/history", c.rabat()).then().statusCode(200)
                .body("find { it.toStatus == 'INELIGIBLE' }.fromStatus", equalTo("SUBMITTED"))
                .body("find { it.toStatus == 'INELIGIBLE' }.actorRole", equalTo("COORDINATOR"));
        List<Map<String, Object>> mails = fixtures.rows("SELECT subject, text_body FROM outbox_message WHERE recipient = ? "
                + "AND kind = 'SUBMISSION_INELIGIBLE'", c.rabatTeacher().email());
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat((String) m.get("subject")).startsWith("Projet non recevable");
            assertThat((String) m.get("text_body")).contains("Motif : \u2068" + reason + "\u2069");
        });

        // A stale version loses nothing: refused, the screening stays.
        api(c.admin().token()).body(screening("ELIGIBLE", List.of(true, true), null, null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(409)
                .body("type", containsString("stale-version"));
        api(c.admin().token()).body(screening("ELIGIBLE", List.of(true, true), null, 0L))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("screening.version", equalTo(1))
                .body("screening.reason", nullValue());
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", c.rabat()).get(0).get("status"))
                .isEqualTo("SUBMITTED");
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND kind = 'SUBMISSION_INELIGIBLE'",
                c.rabatTeacher().email())).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'SCREENING' AND entity_id = ?",
                c.rabat())).isEqualTo(2);
    }

    @Test
    void shouldMailTheReasonInTheAuthorsLanguage() {
        Call c = call(true);
        api(c.tangerTeacher().token()).body(Map.of("preferredLanguage", "ar")).patch("/api/me").then().statusCode(200);
        String reason = "لا توجد موافقة أولياء التلاميذ";
        api(c.admin().token()).body(screening("INELIGIBLE", List.of(true, false), reason, null))
                .put("/api/submissions/{id}/screening", c.tanger()).then().statusCode(200);
        assertThat(fixtures.rows("SELECT subject, text_body, language FROM outbox_message WHERE recipient = ? "
                + "AND kind = 'SUBMISSION_INELIGIBLE'", c.tangerTeacher().email())).singleElement().satisfies(m -> {
            assertThat((String) m.get("subject")).startsWith("مشروع غير مقبول");
            assertThat((String) m.get("text_body")).contains("السبب: \u2068" + reason + "\u2069");
        });
    }

    @Test
    void shouldNotCloseTheCallOverUnscreenedProjects() {
        Call c = call(true);
        api(c.admin().token()).queryParam("to", "EVALUATION").get("/api/editions/{id}/transitions/preview", c.edition())
                .then().statusCode(200).body("blockers", hasItem("SCREENING_INCOMPLETE"))
                .body("unscreened.regionCode", contains("MA-01", "MA-04")).body("unscreened.count", contains(1, 1));
        api(c.admin().token()).body(Fixtures.transitionBody("EVALUATION"))
                .post("/api/editions/{id}/transitions", c.edition()).then().statusCode(409)
                .body("type", containsString("screening-incomplete"));
        assertThat(fixtures.rows("SELECT status FROM edition WHERE id = ?", c.edition()).get(0).get("status"))
                .isEqualTo("OPEN");

        api(c.admin().token()).body(screening("ELIGIBLE", List.of(true, true), null, null))
                .put("/api/submissions/{id}/screening", c.rabat()).then().statusCode(200);
        api(c.admin().token()).body(screening("INELIGIBLE", List.of(true, false), "Pas de preuves jointes.", null))
                .put("/api/submissions/{id}/screening", c.tanger()).then().statusCode(200);
        api(c.admin().token()).queryParam("to", "EVALUATION").get("/api/editions/{id}/transitions/preview", c.edition())
                .then().statusCode(200).body("blockers", hasSize(0)).body("unscreened", hasSize(0))
                .body("enteringReview", equalTo(1));
        api(c.admin().token()).body(Fixtures.transitionBody("EVALUATION"))
                .post("/api/editions/{id}/transitions", c.edition()).then().statusCode(200);
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", c.rabat()).get(0).get("status"))
                .isEqualTo("UNDER_REVIEW");
        assertThat(fixtures.rows("SELECT status FROM submission WHERE id = ?", c.tanger()).get(0).get("status"))
                .isEqualTo("INELIGIBLE");
        api(c.admin().token()).body(screening("ELIGIBLE", List.of(true, true), null, 0L))
                .put("/api/submissions/{id}/screening", c.tanger()).then().statusCode(409)
                .body("type", containsString("screening-closed"));
    }

    @Test
    void shouldCloseACallWithoutChecklistAsBefore() {
        Call c = call(false);
        api(c.admin().token()).queryParam("to", "EVALUATION").get("/api/editions/{id}/transitions/preview", c.edition())
                .then().statusCode(200).body("blockers", hasSize(0)).body("unscreened", hasSize(0));
        api(c.admin().token()).body(Fixtures.transitionBody("EVALUATION"))
                .post("/api/editions/{id}/transitions", c.edition()).then().statusCode(200);
    }
}
