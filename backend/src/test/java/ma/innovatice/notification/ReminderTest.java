package ma.innovatice.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

/** Deadline reminders: to the right people, once per person and deadline, never to those who turned them off. */
@QuarkusTest
class ReminderTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Reminders reminders;

    @Inject
    MutableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private List<Map<String, Object>> outbox(User user) {
        return fixtures.rows("SELECT kind, dedup_key, language, subject, text_body FROM outbox_message "
                + "WHERE recipient = ? AND kind LIKE '%REMINDER' ORDER BY id", user.email());
    }

    @Test
    void shouldRemindTeachersWithADraftSevenDaysThenOneDayBeforeTheClose() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        Instant close = Instant.parse(api().get("/api/editions/{id}", edition).then().statusCode(200)
                .extract().path("submissionsCloseAt"));
        User drafting = fixtures.teacher();
        long draft = fixtures.draftProject(drafting, edition, Fixtures.completeProject("Brouillon en cours"));
        User quiet = fixtures.teacher();
        fixtures.draftProject(quiet, edition, Fixtures.completeProject("Brouillon discret"));
        api(quiet.token()).body(Map.of("remindersEnabled", false)).patch("/api/me").then().statusCode(200);
        User done = fixtures.teacher();
        fixtures.submittedProject(done, edition);
        User english = fixtures.teacher();
        api(english.token()).body(Map.of("preferredLanguage", "en")).patch("/api/me").then().statusCode(200);
        fixtures.draftProject(english, edition, Fixtures.completeProject("Draft in English"));

        clock.pin(close.minus(Duration.ofDays(8)));
        reminders.run();
        assertThat(outbox(drafting)).isEmpty();

        clock.pin(close.minus(Duration.ofDays(6)));
        reminders.run();
        reminders.run();
        clock.pin(close.minus(Duration.ofDays(5)));
        reminders.run();
        List<Map<String, Object>> sent = outbox(drafting);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("kind")).isEqualTo("CALL_CLOSING_REMINDER");
        assertThat((String) sent.get(0).get("dedup_key")).startsWith("reminder:call-close:PT168H:edition:" + edition);
        assertThat((String) sent.get(0).get("subject")).startsWith("Rappel : l'appel à projets ferme le");
        assertThat((String) sent.get(0).get("text_body")).contains("Brouillon en cours")
                .contains("http://localhost:8080/my/submissions/" + draft)
                .contains("http://localhost:8080/profile");
        assertThat(outbox(quiet)).isEmpty();
        assertThat(outbox(done)).isEmpty();
        assertThat(outbox(english)).singleElement().satisfies(row -> {
            assertThat(row.get("language")).isEqualTo("en");
            assertThat((String) row.get("subject")).startsWith("Reminder: the call for projects closes on");
        });

        clock.pin(close.minus(Duration.ofHours(12)));
        reminders.run();
        reminders.run();
        assertThat(outbox(drafting)).extracting(r -> ((String) r.get("dedup_key")).split(":")[2])
                .containsExactly("PT168H", "PT24H");

        clock.pin(close.plusSeconds(1));
        reminders.run();
        assertThat(outbox(drafting)).hasSize(2);
        assertThat(outbox(quiet)).isEmpty();
    }

    @Test
    void shouldSendOnlyTheClosestReminderWhenTheFirstWasMissed() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        Instant close = Instant.parse(api().get("/api/editions/{id}", edition).then().statusCode(200)
                .extract().path("submissionsCloseAt"));
        User teacher = fixtures.teacher();
        fixtures.draftProject(teacher, edition, Fixtures.completeProject("Brouillon tardif"));

        clock.pin(close.minus(Duration.ofHours(2)));
        reminders.run();
        assertThat(outbox(teacher)).extracting(r -> ((String) r.get("dedup_key")).split(":")[2])
                .containsExactly("PT24H");
    }

    @Test
    void shouldRemindJurorsWithEvaluationsNotYetSubmitted() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet A"),
                Fixtures.completeProject("Projet B")));
        User busy = fixtures.juror();
        fixtures.assign(c.admin(), c.edition(), c.projects().get(0), busy);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(1), busy);
        User quiet = fixtures.juror();
        api(quiet.token()).body(Map.of("remindersEnabled", false)).patch("/api/me").then().statusCode(200);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(0), quiet);
        Instant close = Instant.parse(api().get("/api/editions/{id}", c.edition()).then().statusCode(200)
                .extract().path("evaluationCloseAt"));

        clock.pin(close.minus(Duration.ofDays(3)));
        reminders.run();
        reminders.run();
        List<Map<String, Object>> sent = outbox(busy);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("kind")).isEqualTo("EVALUATION_REMINDER");
        assertThat((String) sent.get(0).get("subject")).isEqualTo("Rappel : 2 évaluations à terminer");
        assertThat((String) sent.get(0).get("text_body")).contains("http://localhost:8080/jury");
        assertThat(outbox(quiet)).isEmpty();
    }
}
