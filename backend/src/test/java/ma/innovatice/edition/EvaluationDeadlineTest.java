package ma.innovatice.edition;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** The administrator extends the evaluation deadline: audited, every juror mailed, never earlier nor past. */
@QuarkusTest
class EvaluationDeadlineTest {

    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    @Inject
    Fixtures fixtures;

    private Instant deadline(User admin, long edition) {
        return Instant.parse(api(admin.token()).get("/api/editions/{id}", edition).then().statusCode(200).extract()
                .path("evaluationCloseAt"));
    }

    private static Map<String, Object> extension(Instant to, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("evaluationCloseAt", to.toString());
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    @Test
    void shouldExtendTheDeadlineAuditItAndMailEveryJurorTheNewDate() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet A"),
                Fixtures.completeProject("Projet B")));
        User french = fixtures.juror();
        User english = fixtures.juror();
        api(english.token()).body(Map.of("preferredLanguage", "en", "firstName", "Sarah")).patch("/api/me")
                .then().statusCode(200);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(0), french);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(1), french);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(0), english);
        Instant previous = deadline(c.admin(), c.edition());
        Instant later = previous.plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        api(c.admin().token()).body(extension(later, "Deux jurés malades cette semaine."))
                .post("/api/editions/{id}/evaluation-deadline", c.edition()).then().statusCode(200)
                .body("status", equalTo("EVALUATION"));
        assertThat(deadline(c.admin(), c.edition())).isEqualTo(later);
        assertThat(fixtures.rows("SELECT before_state, after_state FROM audit_log WHERE entity_type = 'EDITION' "
                + "AND entity_id = ? AND action = 'EVALUATION_DEADLINE'", c.edition())).singleElement().satisfies(row -> {
                    assertThat((String) row.get("before_state")).contains(previous.toString());
                    assertThat((String) row.get("after_state")).contains(later.toString())
                            .contains("Deux jurés malades cette semaine.");
                });

        String frenchTime = later.atZone(MOROCCO).format(DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm",
                java.util.Locale.FRENCH));
        List<Map<String, Object>> mails = fixtures.rows("SELECT recipient, language, subject, text_body FROM outbox_message "
                + "WHERE kind = 'EVALUATION_DEADLINE_EXTENDED' AND dedup_key LIKE ? ORDER BY id",
                "evaluation-deadline:edition:" + c.edition() + ":%");
        assertThat(mails).extracting(m -> m.get("recipient")).containsExactlyInAnyOrder(french.email(), english.email());
        Map<String, Object> toFrench = mails.stream().filter(m -> m.get("recipient").equals(french.email())).findFirst()
                .orElseThrow();
        assertThat((String) toFrench.get("subject")).startsWith("Évaluations prolongées jusqu'au ").contains(frenchTime);
        assertThat((String) toFrench.get("text_body")).contains("est reportée au").contains(frenchTime)
                .contains("(heure du Maroc)").contains("http://localhost:8080/jury");
        Map<String, Object> toEnglish = mails.stream().filter(m -> m.get("recipient").equals(english.email())).findFirst()
                .orElseThrow();
        assertThat(toEnglish.get("language")).isEqualTo("en");
        assertThat((String) toEnglish.get("text_body")).startsWith("Hello \u2068Sarah\u2069,").contains("moves to")
                .contains("(Morocco time)");
    }

    @Test
    void shouldRefuseAnEarlierOrPastDeadlineOrOneAfterTheCeremony() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet A")));
        Instant current = deadline(c.admin(), c.edition());
        api(c.admin().token()).header("Accept-Language", "en").body(extension(current.minus(1, ChronoUnit.DAYS), null))
                .post("/api/editions/{id}/evaluation-deadline", c.edition()).then().statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("/invalid-deadline"))
                .body("errors.field", contains("evaluationCloseAt"))
                .body("errors[0].message", containsString("later than the current deadline"));
        api(c.admin().token()).header("Accept-Language", "en").body(extension(Instant.now().minus(1, ChronoUnit.HOURS), null))
                .post("/api/editions/{id}/evaluation-deadline", c.edition()).then().statusCode(422)
                .body("errors[0].message", containsString("in the future"));
        String ceremony = api(c.admin().token()).get("/api/editions/{id}", c.edition()).then().extract().path("ceremonyDate");
        Instant afterCeremony = LocalDate.parse(ceremony).plusDays(1).atStartOfDay(MOROCCO).plusHours(12).toInstant();
        api(c.admin().token()).header("Accept-Language", "en").body(extension(afterCeremony, null))
                .post("/api/editions/{id}/evaluation-deadline", c.edition()).then().statusCode(422)
                .body("errors[0].message", containsString("ceremony"));
        assertThat(deadline(c.admin(), c.edition())).isEqualTo(current);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'EDITION' AND entity_id = ? "
                + "AND action = 'EVALUATION_DEADLINE'", c.edition())).isZero();
    }

    @Test
    void shouldExtendOnlyDuringTheEvaluationAndNotThroughTheEditionForm() {
        User admin = fixtures.admin();
        long open = fixtures.editionIn(admin, "OPEN");
        api(admin.token()).body(extension(deadline(admin, open).plus(1, ChronoUnit.DAYS), null))
                .post("/api/editions/{id}/evaluation-deadline", open).then().statusCode(409)
                .body("type", endsWith("/not-in-evaluation"));

        long evaluating = fixtures.editionIn(admin, "EVALUATION");
        Map<String, Object> current = api(admin.token()).get("/api/editions/{id}", evaluating).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> body = new LinkedHashMap<>(current);
        for (String readOnly : List.of("id", "status", "nextStatus", "acceptingSubmissions", "createdAt", "updatedAt",
                "currentRound", "rounds", "language", "fallbacks", "texts")) {
            body.remove(readOnly);
        }
        body.put("evaluationCloseAt", Instant.parse((String) current.get("evaluationCloseAt")).plus(1, ChronoUnit.DAYS)
                .toString());
        api(admin.token()).body(body).put("/api/editions/{id}", evaluating).then().statusCode(409)
                .body("type", endsWith("/field-locked"))
                .body("detail", containsString("/api/editions/" + evaluating + "/evaluation-deadline"));

        api(fixtures.juror().token()).body(extension(Instant.now().plus(90, ChronoUnit.DAYS), null))
                .post("/api/editions/{id}/evaluation-deadline", evaluating).then().statusCode(403);
        api(admin.token()).body(extension(Instant.now().plus(90, ChronoUnit.DAYS), null))
                .post("/api/editions/{id}/evaluation-deadline", 987654321L).then().statusCode(404);
    }
}
