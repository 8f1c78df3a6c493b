package ma.innovatice.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: an email names the edition, its ceremony venue and its forum in the recipient's language when the
 * organisers translated them, in French otherwise.
 */
@QuarkusTest
class ContentLanguageMailTest {

    private static final String AR_TITLE = "دورة الاختبار بالعربية";
    private static final String EN_TITLE = "Test edition in English";

    @Inject
    Fixtures fixtures;

    /** An edition open for projects, its title translated into Arabic and English, its venue and forum into Arabic. */
    private long openTranslatedEdition(User admin) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, Object> body = Fixtures.editionBody(Fixtures.nextEditionNumber());
            body.put("ceremonyVenue", "Théâtre national, Rabat");
            body.put("translations", Map.of(
                    "ar", Map.of("title", AR_TITLE, "ceremonyVenue", "المسرح الوطني، الرباط",
                            "forumName", "المنتدى العالمي للتعليم"),
                    "en", Map.of("title", EN_TITLE)));
            var response = api(admin.token()).body(body).post("/api/editions");
            if (response.statusCode() == 409) {
                continue;
            }
            long id = response.then().statusCode(201).extract().jsonPath().getLong("id");
            fixtures.move(admin, id, "OPEN");
            return id;
        }
        throw new AssertionError("No free edition number");
    }

    private User teacherSpeaking(String language) {
        User teacher = fixtures.teacher();
        api(teacher.token()).body(Map.of("preferredLanguage", language)).patch("/api/me").then().statusCode(200);
        return teacher;
    }

    private String text(User recipient, String kind) {
        List<Map<String, Object>> rows = fixtures.rows("SELECT text_body FROM outbox_message WHERE recipient = ? "
                + "AND kind = ? ORDER BY id", recipient.email(), kind);
        assertThat(rows).as(kind + " to " + recipient.email()).hasSize(1);
        return (String) rows.get(0).get("text_body");
    }

    @Test
    void shouldNameTheEditionVenueAndForumInTheRecipientsLanguageElseInFrench() {
        User admin = fixtures.admin();
        long edition = openTranslatedEdition(admin);
        String french = (String) fixtures.rows("SELECT title FROM edition WHERE id = ?", edition).get(0).get("title");
        User arabic = teacherSpeaking("ar");
        User english = teacherSpeaking("en");
        User frenchSpeaker = teacherSpeaking("fr");
        long arabicProject = fixtures.submittedProject(arabic, edition);
        long englishProject = fixtures.submittedProject(english, edition);
        fixtures.submittedProject(frenchSpeaker, edition);

        assertThat(text(arabic, "SUBMISSION_RECEIVED")).contains(AR_TITLE).doesNotContain(french);
        assertThat(text(english, "SUBMISSION_RECEIVED")).contains(EN_TITLE).doesNotContain(french);
        assertThat(text(frenchSpeaker, "SUBMISSION_RECEIVED")).contains(french).doesNotContain(AR_TITLE);
        // The teacher's own project names the edition in the language asked too.
        api(arabic.token()).header("Accept-Language", "ar").get("/api/submissions/{id}", arabicProject).then()
                .statusCode(200).body("edition.title", org.hamcrest.Matchers.equalTo(AR_TITLE));
        api(arabic.token()).get("/api/submissions/{id}", arabicProject).then()
                .statusCode(200).body("edition.title", org.hamcrest.Matchers.equalTo(french));
        api(english.token()).header("Accept-Language", "en").get("/api/me/submissions").then().statusCode(200)
                .body("[0].edition.title", org.hamcrest.Matchers.equalTo(EN_TITLE))
                .body("[0].id", org.hamcrest.Matchers.equalTo((int) englishProject));

        fixtures.move(admin, edition, "EVALUATION");
        fixtures.move(admin, edition, "DELIBERATION");
        api(admin.token()).body(Map.of("submissionId", arabicProject, "kind", "WINNER", "rank", 1))
                .post("/api/editions/{id}/awards", edition).then().statusCode(201);
        api(admin.token()).body(Map.of("submissionId", englishProject, "kind", "LAUREATE", "rank", 2))
                .post("/api/editions/{id}/awards", edition).then().statusCode(201);
        fixtures.move(admin, edition, "PUBLISHED");

        // The Arabic winner: the venue and the forum in Arabic; the English laureate: the venue in French
        // (not translated into English), the title in English.
        assertThat(text(arabic, "RESULTS_PUBLISHED")).contains(AR_TITLE).contains("المسرح الوطني، الرباط")
                .contains("المنتدى العالمي للتعليم").doesNotContain("Théâtre national").doesNotContain("Global Education Forum");
        assertThat(text(english, "RESULTS_PUBLISHED")).contains(EN_TITLE).contains("Théâtre national, Rabat")
                .doesNotContain(french);
        assertThat(text(frenchSpeaker, "RESULTS_PUBLISHED")).contains(french);
    }
}
