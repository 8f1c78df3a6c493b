package ma.innovatice.finalist;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import ma.innovatice.notification.OutboxWorker;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The finalists' round: presentation slots with calendar invitations, the jury's president and minutes. */
@QuarkusTest
class FinalistRoundTest {

    private final TestSmtp smtp = new TestSmtp();

    @Inject
    Fixtures fixtures;

    @Inject
    OutboxWorker worker;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void cleanUp() {
        smtp.stop();
    }

    /** A finalists' round (position 3, presentation rubric) whose entries are the given projects. */
    private long finalistsRound(long edition, String status, List<Long> entries) {
        fixtures.execute("INSERT INTO judging_round (edition_id, position, name_fr, name_ar, name_en, scope, rubric, "
                + "jurors_per_project, blind_review, evaluation_close_at, status) VALUES (?, 3, 'Jury des finalistes', "
                + "'لجنة النهائيات', 'Finalists'' jury', 'NATIONAL', 'PRESENTATION', 3, FALSE, ?, ?)", edition,
                java.sql.Timestamp.from(Instant.now().plus(30, ChronoUnit.DAYS)), status);
        long round = ((Number) fixtures.rows("SELECT id FROM judging_round WHERE edition_id = ? AND position = 3", edition)
                .get(0).get("id")).longValue();
        for (long project : entries) {
            fixtures.execute("INSERT INTO round_entry (round_id, submission_id, region_code) VALUES (?, ?, 'MA-04')",
                    round, project);
        }
        return round;
    }

    private static Map<String, Object> slot(Instant start, int minutes, String place, String videoUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", start.toString());
        body.put("durationMinutes", minutes);
        if (place != null) {
            body.put("place", place);
        }
        if (videoUrl != null) {
            body.put("videoUrl", videoUrl);
        }
        return body;
    }

    private List<TestSmtp.Received> mailsTo(String email) {
        worker.drain();
        return smtp.to(email).stream().filter(m -> m.attachment() != null).toList();
    }

    @Test
    void shouldScheduleChangeAndCancelASlotWithCalendarInvitations() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Contes, tri; recyclage"),
                Fixtures.completeProject("Robotique"), Fixtures.completeProject("Hors finale")));
        long a = c.projects().get(0);
        long b = c.projects().get(1);
        long outsider = c.projects().get(2);
        finalistsRound(c.edition(), "PENDING", List.of(a, b));
        String path = "/api/editions/{e}/rounds/3/slots/{s}";
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        api(c.admin().token()).get("/api/editions/{e}/rounds/3/slots", c.edition()).then().statusCode(200)
                .body("rubric", equalTo("PRESENTATION")).body("editable", equalTo(true))
                .body("finalists", hasSize(2)).body("finalists.find { it.submissionId == " + a + " }.slot", nullValue());

        smtp.start();
        long slotId = api(c.admin().token()).body(slot(start, 20, "Salle 3, Rabat", null)).put(path, c.edition(), a)
                .then().statusCode(200).body("sequence", equalTo(0)).body("durationMinutes", equalTo(20))
                .body("endsAt", equalTo(start.plus(20, ChronoUnit.MINUTES).toString()))
                .extract().jsonPath().getLong("id");
        String teacher = c.teachers().get(0).email();
        List<TestSmtp.Received> mails = mailsTo(teacher);
        assertThat(mails).hasSize(1);
        TestSmtp.Received invitation = mails.get(0);
        assertThat(invitation.text()).contains("Contes, tri; recyclage").contains("Salle 3, Rabat").contains("heure du Maroc");
        assertThat(invitation.attachment()).isNotNull();
        assertThat(invitation.attachment().contentType()).contains("text/calendar").contains("method=REQUEST");
        Map<String, String> ics = IcsTest.parse(invitation.attachment().content());
        assertThat(ics.get("METHOD")).isEqualTo("REQUEST");
        assertThat(ics.get("UID")).isEqualTo("presentation-slot-" + slotId + "@innovatice.ma");
        assertThat(ics.get("SEQUENCE")).isEqualTo("0");
        assertThat(ics.get("DTSTART")).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(start));
        assertThat(IcsTest.unescape(ics.get("LOCATION"))).isEqualTo("Salle 3, Rabat");
        assertThat(IcsTest.unescape(ics.get("SUMMARY"))).contains("« Contes, tri; recyclage »");

        // The same slot again changes nothing and mails nothing; a change bumps the sequence.
        api(c.admin().token()).body(slot(start, 20, "Salle 3, Rabat", null)).put(path, c.edition(), a)
                .then().statusCode(200).body("sequence", equalTo(0));
        api(c.admin().token()).body(slot(start.plus(1, ChronoUnit.HOURS), 30, "Salle 3, Rabat", "https://meet.example.ma/jury"))
                .put(path, c.edition(), a).then().statusCode(200).body("sequence", equalTo(1)).body("id", equalTo((int) slotId));
        mails = mailsTo(teacher);
        assertThat(mails).hasSize(2);
        Map<String, String> changed = IcsTest.parse(mails.get(1).attachment().content());
        assertThat(changed.get("UID")).isEqualTo(ics.get("UID"));
        assertThat(changed.get("SEQUENCE")).isEqualTo("1");
        assertThat(changed.get("URL")).isEqualTo("https://meet.example.ma/jury");

        // Another finalist overlapping the first one's slot is refused, naming it.
        api(c.admin().token()).body(slot(start.plus(80, ChronoUnit.MINUTES), 15, null, "https://meet.example.ma/b"))
                .put(path, c.edition(), b).then().statusCode(409)
                .body("type", containsString("slot-overlap")).body("detail", containsString("Contes, tri; recyclage"));
        api(c.admin().token()).body(slot(start.plus(90, ChronoUnit.MINUTES), 15, null, "https://meet.example.ma/b"))
                .put(path, c.edition(), b).then().statusCode(200);

        // Bad inputs.
        api(c.admin().token()).body(slot(start.plus(5, ChronoUnit.HOURS), 15, null, "http://meet.example.ma/b"))
                .put(path, c.edition(), b).then().statusCode(400).body("errors[0].field", equalTo("videoUrl"));
        api(c.admin().token()).body(slot(start.plus(5, ChronoUnit.HOURS), 15, null, null))
                .put(path, c.edition(), b).then().statusCode(400);
        invalidRequest(c.admin().token()).body(slot(start.plus(5, ChronoUnit.HOURS), 4, "Salle", null))
                .put(path, c.edition(), b).then().statusCode(400);
        api(c.admin().token()).body(slot(start.plus(5, ChronoUnit.HOURS), 15, "Salle", null))
                .put(path, c.edition(), outsider).then().statusCode(404);
        api(c.teachers().get(0).token()).body(slot(start.plus(5, ChronoUnit.HOURS), 15, "Salle", null))
                .put(path, c.edition(), a).then().statusCode(403);

        // The teacher sees her own slot and downloads it; another teacher does not.
        api(c.teachers().get(0).token()).get("/api/submissions/{s}/slot", a).then().statusCode(200)
                .body("slot.id", equalTo((int) slotId)).body("position", equalTo(3))
                .body("roundNameFr", equalTo("Jury des finalistes"));
        api(c.teachers().get(1).token()).get("/api/submissions/{s}/slot", a).then().statusCode(404);
        api(c.teachers().get(2).token()).get("/api/submissions/{s}/slot", outsider).then().statusCode(200)
                .body("slot", nullValue());
        String download = api(c.teachers().get(0).token()).accept("text/calendar, application/problem+json")
                .get("/api/submissions/{s}/slot/ics", a).then().statusCode(200).extract().asString();
        assertThat(IcsTest.parse(download).get("UID")).isEqualTo(ics.get("UID"));

        // Cancelling sends METHOD:CANCEL with the same UID and a higher sequence.
        api(c.admin().token()).delete(path, c.edition(), a).then().statusCode(204);
        mails = mailsTo(teacher);
        assertThat(mails).hasSize(3);
        assertThat(mails.get(2).attachment().contentType()).contains("method=CANCEL");
        Map<String, String> cancel = IcsTest.parse(mails.get(2).attachment().content());
        assertThat(cancel.get("METHOD")).isEqualTo("CANCEL");
        assertThat(cancel.get("UID")).isEqualTo(ics.get("UID"));
        assertThat(cancel.get("SEQUENCE")).isEqualTo("2");
        api(c.admin().token()).delete(path, c.edition(), a).then().statusCode(404);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'SUBMISSION' AND entity_id = ? "
                + "AND action LIKE 'PRESENTATION_SLOT_%'", a)).isEqualTo(3);

        // Once the round is closed, slots no longer change.
        fixtures.execute("UPDATE judging_round SET status = 'CLOSED' WHERE edition_id = ? AND position = 3", c.edition());
        api(c.admin().token()).body(slot(start, 20, "Salle 3", null)).put(path, c.edition(), a).then().statusCode(409)
                .body("type", containsString("round-not-schedulable"));
        api(c.admin().token()).get("/api/editions/{e}/rounds/3/slots", c.edition()).then().statusCode(200)
                .body("editable", equalTo(false));
        api(c.admin().token()).get("/api/editions/{e}/rounds/2/slots", c.edition()).then().statusCode(404);
    }

    @Test
    void shouldLetThePresidentRecordTheMinutesAndAuditEachVersion() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Finaliste")));
        long project = c.projects().get(0);
        long round = finalistsRound(c.edition(), "OPEN", List.of(project));
        User president = fixtures.juror();
        User other = fixtures.juror();
        fixtures.execute("INSERT INTO assignment (edition_id, round_id, submission_id, juror_id, origin, created_at) "
                + "VALUES (?, ?, ?, ?, 'MANUAL', NOW(6))", c.edition(), round, project, president.id());
        String base = "/api/editions/{e}/rounds/3";

        api(c.admin().token()).body(Map.of("jurorId", other.id())).put(base + "/president", c.edition())
                .then().statusCode(400);
        api(c.admin().token()).body(Map.of("jurorId", president.id())).put(base + "/president", c.edition())
                .then().statusCode(200).body("presidentId", equalTo((int) president.id()))
                .body("editable", equalTo(false));
        api(president.token()).get("/api/jury/presided-rounds").then().statusCode(200)
                .body("find { it.roundId == " + round + " }.editable", equalTo(true));

        api(other.token()).body(Map.of("text", "Pas moi")).put(base + "/minutes", c.edition()).then().statusCode(404);
        api(other.token()).get(base + "/minutes", c.edition()).then().statusCode(404);
        api(president.token()).body(Map.of("text", "Première version")).put(base + "/minutes", c.edition())
                .then().statusCode(200).body("minutes", equalTo("Première version")).body("editable", equalTo(true));
        api(president.token()).body(Map.of("text", "Le jury retient « Finaliste » à l'unanimité."))
                .put(base + "/minutes", c.edition()).then().statusCode(200);
        api(c.admin().token()).get(base + "/minutes", c.edition()).then().statusCode(200)
                .body("minutes", equalTo("Le jury retient « Finaliste » à l'unanimité."))
                .body("presidentName", org.hamcrest.Matchers.notNullValue());
        invalidRequest(president.token()).body(Map.of("text", "x".repeat(20001))).put(base + "/minutes", c.edition())
                .then().statusCode(400);
        List<Map<String, Object>> versions = fixtures.rows("SELECT before_state, after_state FROM audit_log "
                + "WHERE entity_type = 'EDITION' AND entity_id = ? AND action = 'ROUND_MINUTES_RECORDED' ORDER BY id", c.edition());
        assertThat(versions).hasSize(2);
        assertThat((String) versions.get(1).get("before_state")).contains("Première version");
        assertThat((String) versions.get(1).get("after_state")).contains("unanimité");

        fixtures.execute("UPDATE judging_round SET status = 'PENDING' WHERE id = ?", round);
        api(president.token()).body(Map.of("text", "Trop tôt")).put(base + "/minutes", c.edition()).then().statusCode(409);
    }
}
