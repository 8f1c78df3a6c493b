package ma.innovatice.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.TestSmtp;
import ma.innovatice.testing.TestSmtp.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The emails of the platform's events, as a real SMTP server receives them. */
@QuarkusTest
class NotificationMailTest {

    private static TestSmtp smtp;

    @Inject
    Fixtures fixtures;

    @Inject
    OutboxWorker worker;

    @BeforeAll
    static void startSmtp() {
        smtp = new TestSmtp().start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void shouldWelcomeASelfRegisteredTeacherInTheirLanguageWithTheConfirmationLink() {
        String email = "enseignant-" + UUID.randomUUID() + "@test.innovatice.ma";
        api().body(Map.of("email", email, "password", "une-classe-2026", "firstName", "John", "lastName", "Doe",
                "regionCode", "MA-09", "schoolName", "École Al Amal, Agadir", "schoolLevel", "PRIMAIRE",
                "preferredLanguage", "en", "privacyNoticeVersion", 1)).post("/api/auth/register").then().statusCode(202);
        worker.drain();

        List<Received> mails = smtp.to(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Confirm your address for InnovaTICE");
        assertThat(mails.get(0).text()).startsWith("Hello \u2068John\u2069,").contains("Welcome to InnovaTICE")
                .contains("http://localhost:8080/confirm-email?token=").doesNotContain("une-classe-2026");
        assertThat(mails.get(0).html()).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void shouldConfirmASubmissionInArabicWithItsSummaryDeadlineAndLink() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        api(teacher.token()).body(Map.of("preferredLanguage", "ar", "firstName", "فاطمة")).patch("/api/me")
                .then().statusCode(200);
        Map<String, Object> project = Fixtures.completeProject("Tri <sélectif> & recyclage");
        long id = fixtures.draftProject(teacher, edition, project);
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
        worker.drain();

        List<Received> mails = smtp.to(teacher.email());
        assertThat(mails).hasSize(1);
        Received mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("تم استلام مشروعكم: \u2068Tri <sélectif> & recyclage\u2069");
        assertThat(mail.text()).startsWith("مرحبا \u2068فاطمة\u2069،")
                .contains((String) project.get("summary"))
                .contains("بتوقيت المغرب")
                .contains("http://localhost:8080/my/submissions/" + id);
        assertThat(mail.html()).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("<bdi>Tri &lt;sélectif&gt; &amp; recyclage</bdi>")
                .doesNotContain("<sélectif>")
                .contains("href=\"http://localhost:8080/my/submissions/" + id + "\"");
        // The deadline shown is the edition's close, in Morocco's time.
        String close = (String) api().get("/api/editions/{id}", edition).then().statusCode(200).extract().path("submissionsCloseAt");
        String local = java.time.Instant.parse(close).atZone(java.time.ZoneId.of("Africa/Casablanca"))
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(mail.text()).contains(local);

        // Withdrawn, then submitted again: two more emails, one each.
        api(teacher.token()).post("/api/submissions/{id}/withdraw", id).then().statusCode(200);
        api(teacher.token()).post("/api/submissions/{id}/submit", id).then().statusCode(200);
        worker.drain();
        assertThat(smtp.to(teacher.email())).extracting(Received::subject).containsExactly(
                "تم استلام مشروعكم: \u2068Tri <sélectif> & recyclage\u2069",
                "تم سحب المشروع: \u2068Tri <sélectif> & recyclage\u2069",
                "تم استلام مشروعكم: \u2068Tri <sélectif> & recyclage\u2069");
    }

    @Test
    void shouldTellJurorsWhatTheyWereAssigned() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet A"),
                Fixtures.completeProject("Projet B")));
        User juror = fixtures.juror();
        fixtures.assign(c.admin(), c.edition(), c.projects().get(0), juror);
        fixtures.assign(c.admin(), c.edition(), c.projects().get(1), juror);
        worker.drain();

        List<Received> mails = smtp.to(juror.email());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).subject()).startsWith("Projets à évaluer : ");
        assertThat(mails.get(0).text()).contains("1 projet à évaluer").contains("http://localhost:8080/jury");
        assertThat(mails.get(1).text()).contains("2 projets à évaluer");
    }

    @Test
    void shouldWriteOneEmailPerJurorForAnAutomaticAssignment() {
        Competition c = fixtures.competition(Map.of("jurorsPerProject", 2), null, List.of(
                Fixtures.completeProject("Projet A"), Fixtures.completeProject("Projet B")));
        List<User> jurors = List.of(fixtures.juror(), fixtures.juror());
        api(c.admin().token()).body(Map.of("jurorIds", jurors.stream().map(User::id).toList()))
                .post("/api/editions/{id}/assignments/auto", c.edition()).then().statusCode(200)
                .body("created", equalTo(4));
        for (User juror : jurors) {
            assertThat(fixtures.rows("SELECT kind, text_body FROM outbox_message WHERE recipient = ?", juror.email()))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("kind")).isEqualTo("JURY_ASSIGNED");
                        assertThat((String) row.get("text_body")).contains("2 projets à évaluer");
                    });
        }
    }

    @Test
    void shouldTellEveryTeacherTheirOwnResultWhenPublished() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet gagnant"),
                Fixtures.completeProject("Projet participant")));
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(0), "kind", "WINNER", "rank", 1))
                .post("/api/editions/{id}/awards", c.edition()).then().statusCode(201);
        worker.drain();
        fixtures.move(c.admin(), c.edition(), "PUBLISHED");
        worker.drain();

        List<Received> winner = smtp.to(c.teachers().get(0).email()).stream()
                .filter(m -> m.subject().startsWith("Résultats publiés")).toList();
        assertThat(winner).hasSize(1);
        assertThat(winner.get(0).text()).contains("Projet gagnant").contains("lauréat national")
                .contains("http://localhost:8080/my/submissions/" + c.projects().get(0));
        List<Received> other = smtp.to(c.teachers().get(1).email()).stream()
                .filter(m -> m.subject().startsWith("Résultats publiés")).toList();
        assertThat(other).hasSize(1);
        assertThat(other.get(0).text()).contains("Projet participant").contains("n'a pas été retenu")
                .contains("http://localhost:8080/my/submissions/" + c.projects().get(1));
        api(c.teachers().get(1).token()).get("/api/me").then().statusCode(200).body("remindersEnabled", equalTo(true));
    }

    @Test
    void shouldGiveLaureatesTheCeremonyAndTheWinnerTheForumInTheirLanguage() {
        Competition c = fixtures.competition(Map.of("ceremonyDate", "2099-06-03",
                        "ceremonyVenue", "Théâtre Mohammed V, Rabat"), null,
                List.of(Fixtures.completeProject("Projet gagnant"), Fixtures.completeProject("Projet lauréat"),
                        Fixtures.completeProject("Projet mentionné"), Fixtures.completeProject("Projet participant")));
        api(c.teachers().get(1).token()).body(Map.of("preferredLanguage", "ar")).patch("/api/me").then().statusCode(200);
        api(c.teachers().get(2).token()).body(Map.of("preferredLanguage", "en")).patch("/api/me").then().statusCode(200);
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        String[] kinds = {"WINNER", "LAUREATE", "SPECIAL_MENTION"};
        for (int i = 0; i < kinds.length; i++) {
            api(c.admin().token()).body(Map.of("submissionId", c.projects().get(i), "kind", kinds[i], "rank", i + 1))
                    .post("/api/editions/{id}/awards", c.edition()).then().statusCode(201);
        }
        fixtures.move(c.admin(), c.edition(), "PUBLISHED");

        assertThat(resultText(c.teachers().get(0))).contains("lauréat national")
                .contains("En tant que grand gagnant, vous représentez le Maroc au forum international "
                        + "« Global Education Forum » (Budapest, 2026).")
                .contains("Cérémonie de remise des prix : mercredi 3 juin 2099, Théâtre Mohammed V, Rabat.");
        assertThat(resultText(c.teachers().get(1))).contains("من بين المشاريع المتوجة")
                .contains("حفل تسليم الجوائز: الأربعاء 3 يونيو 2099، Théâtre Mohammed V, Rabat.")
                .doesNotContain("Global Education Forum");
        assertThat(resultText(c.teachers().get(2))).contains("your project receives a special mention from the jury")
                .contains("Award ceremony: Wednesday 3 June 2099, Théâtre Mohammed V, Rabat.")
                .doesNotContain("not retained").doesNotContain("Global Education Forum");
        assertThat(resultText(c.teachers().get(3))).contains("n'a pas été retenu")
                .doesNotContain("Cérémonie").doesNotContain("Global Education Forum");
        assertThat(fixtures.rows("SELECT status FROM submission WHERE edition_id = ? ORDER BY id", c.edition()))
                .extracting(r -> r.get("status")).containsExactly("WINNER", "LAUREATE", "SPECIAL_MENTION", "NOT_RETAINED");
    }

    @Test
    void shouldSayNothingOfACeremonyOrForumTheEditionDoesNotName() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet gagnant")));
        fixtures.execute("UPDATE edition SET ceremony_date = NULL, ceremony_venue = NULL, forum_name = NULL, "
                + "forum_city = NULL, forum_year = NULL WHERE id = ?", c.edition());
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        api(c.admin().token()).body(Map.of("submissionId", c.projects().get(0), "kind", "WINNER", "rank", 1))
                .post("/api/editions/{id}/awards", c.edition()).then().statusCode(201);
        fixtures.move(c.admin(), c.edition(), "PUBLISHED");

        assertThat(resultText(c.teachers().get(0))).contains("lauréat national").doesNotContain("Cérémonie")
                .doesNotContain("forum").doesNotContain("null");
    }

    /** The text of the results email the teacher was written, as the outbox keeps it. */
    /** The results email's words as a reader reads them (the isolates of the typed texts are MailBidiTest's). */
    private String resultText(User teacher) {
        return fixtures.rows("SELECT text_body FROM outbox_message WHERE recipient = ? AND kind = 'RESULTS_PUBLISHED'",
                teacher.email()).stream().map(r -> (String) r.get("text_body")).reduce((a, b) -> {
                    throw new AssertionError("more than one results email to " + teacher.email());
                }).map(text -> text.replaceAll("[\u2068\u2069]", ""))
                .orElseThrow(() -> new AssertionError("no results email to " + teacher.email()));
    }

    @Test
    void shouldWriteNoEmailWhenTheChangeIsRefused() {
        Competition c = fixtures.competition(Map.of(), null, List.of(Fixtures.completeProject("Projet refusé")));
        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        // No winner: publication is refused, and with it every result email.
        api(c.admin().token()).body(Map.of("to", "PUBLISHED")).post("/api/editions/{id}/transitions", c.edition())
                .then().statusCode(409);
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE ?",
                "results:edition:" + c.edition() + ":%")).isZero();

        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        long draft = fixtures.draftProject(teacher, edition, Map.of("title", "Brouillon incomplet"));
        api(teacher.token()).post("/api/submissions/{id}/submit", draft).then().statusCode(422);
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", teacher.email())).isZero();
    }

    @Test
    void shouldSendTransactionalEmailsEvenWithRemindersOff() {
        User admin = fixtures.admin();
        long edition = fixtures.editionIn(admin, "OPEN");
        User teacher = fixtures.teacher();
        api(teacher.token()).body(Map.of("remindersEnabled", false)).patch("/api/me").then().statusCode(200)
                .body("remindersEnabled", equalTo(false));
        fixtures.submittedProject(teacher, edition);
        api().body(Map.of("email", teacher.email())).post("/api/auth/password-reset").then().statusCode(202);
        fixtures.handlePasswordResetRequests();
        assertThat(fixtures.rows("SELECT kind FROM outbox_message WHERE recipient = ? ORDER BY id", teacher.email()))
                .extracting(r -> r.get("kind")).containsExactly("SUBMISSION_RECEIVED", "PASSWORD_RESET");
    }
}
