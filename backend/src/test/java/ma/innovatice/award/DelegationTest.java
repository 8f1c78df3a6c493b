package ma.innovatice.award;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.account.Language;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The delegation to the international forum: chosen in deliberation, shown once published, in the emails and on the certificate. */
@QuarkusTest
class DelegationTest {

    private static final Map<String, Object> FORUM = Map.of("name", "Global Education Forum", "city", "Budapest",
            "year", 2026, "startsOn", "2026-11-03", "endsOn", "2026-11-06");

    @Inject
    Fixtures fixtures;

    @Test
    void shouldRefuseAForumEndingBeforeItStarts() {
        Map<String, Object> body = new LinkedHashMap<>(Fixtures.editionBody(Fixtures.nextEditionNumber()));
        body.put("forum", Map.of("name", "Forum", "city", "Paris", "year", 2026, "startsOn", "2026-11-06",
                "endsOn", "2026-11-03"));
        api(fixtures.admin().token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors.field", contains("forum.endsOn"));
    }

    @Test
    void shouldSendTheWinnerAndCompanionsToTheForum() throws Exception {
        Competition c = fixtures.competition(Map.of("forum", FORUM), null, List.of(Fixtures.completeProject("Gagnant"),
                Fixtures.completeProject("Compagnon"), Fixtures.completeProject("Mention"), Fixtures.completeProject("Autre")));
        long winner = c.projects().get(0);
        long companion = c.projects().get(1);
        long mention = c.projects().get(2);
        String token = c.admin().token();
        api(token).get("/api/editions/{e}", c.edition()).then().statusCode(200)
                .body("forum.startsOn", equalTo("2026-11-03")).body("forum.endsOn", equalTo("2026-11-06"));
        api(token).body(Map.of("companions", List.of())).put("/api/editions/{e}/delegation", c.edition())
                .then().statusCode(409).body("type", containsString("delegation-closed"));

        fixtures.move(c.admin(), c.edition(), "DELIBERATION");
        api(token).body(Map.of("companions", List.of())).put("/api/editions/{e}/delegation", c.edition())
                .then().statusCode(409).body("type", containsString("winner-missing"));
        award(token, c.edition(), winner, "WINNER", 1);
        award(token, c.edition(), companion, "LAUREATE", 2);
        award(token, c.edition(), mention, "SPECIAL_MENTION", 3);

        api(token).body(Map.of("companions", List.of(winner))).put("/api/editions/{e}/delegation", c.edition())
                .then().statusCode(400);
        api(token).body(Map.of("companions", List.of(companion, companion))).put("/api/editions/{e}/delegation", c.edition())
                .then().statusCode(400);
        api(token).body(Map.of("companions", List.of(c.projects().get(3)))).put("/api/editions/{e}/delegation", c.edition())
                .then().statusCode(400);
        api(token).body(Map.of("companions", List.of(companion))).put("/api/editions/{e}/delegation", c.edition())
                .then().statusCode(200).body("editable", equalTo(true))
                .body("members.submissionId", contains((int) winner, (int) companion))
                .body("members.role", contains("WINNER", "COMPANION"))
                .body("candidates.submissionId", contains((int) mention));
        api(c.teachers().get(0).token()).get("/api/editions/{e}/delegation", c.edition()).then().statusCode(403);

        fixtures.move(c.admin(), c.edition(), "PUBLISHED");
        api(token).body(Map.of("companions", List.of())).put("/api/editions/{e}/delegation", c.edition())
                .then().statusCode(409);
        api().get("/api/editions/{e}/results", c.edition()).then().statusCode(200)
                .body("delegation.forumName", equalTo("Global Education Forum"))
                .body("delegation.forumStartsOn", equalTo("2026-11-03"))
                .body("delegation.members", hasSize(2))
                .body("delegation.members[1].title", equalTo("Compagnon"))
                .body("delegation.members[1].schoolName", equalTo("Collège Al Massira (démo)"));

        String winnerMail = (String) fixtures.rows("SELECT text_body FROM outbox_message WHERE kind = 'RESULTS_PUBLISHED' "
                + "AND dedup_key = ?", "results:edition:" + c.edition() + ":submission:" + winner).get(0).get("text_body");
        assertThat(winnerMail).contains("(\u2068Budapest\u2069, du 3 novembre 2026 au 6 novembre 2026)")
                .contains("Vous y serez accompagné(e) par : ").contains("« Compagnon »");
        String companionMail = (String) fixtures.rows("SELECT text_body FROM outbox_message WHERE kind = 'RESULTS_PUBLISHED' "
                + "AND dedup_key = ?", "results:edition:" + c.edition() + ":submission:" + companion).get(0).get("text_body");
        assertThat(companionMail).contains("Votre projet rejoint la délégation");
        String mentionMail = (String) fixtures.rows("SELECT text_body FROM outbox_message WHERE kind = 'RESULTS_PUBLISHED' "
                + "AND dedup_key = ?", "results:edition:" + c.edition() + ":submission:" + mention).get(0).get("text_body");
        assertThat(mentionMail).doesNotContain("délégation").doesNotContain("Global Education Forum");

        byte[] pdf = api(c.teachers().get(0).token()).accept("application/pdf, application/problem+json")
                .get("/api/submissions/{s}/certificate", winner).then().statusCode(200).extract().asByteArray();
        String text = String.join("\n", CertificateForumTest.readBack(pdf));
        assertThat(text).contains("Représente le Maroc au forum international « Global Education Forum », Budapest, "
                + "du 3 novembre 2026 au 6 novembre 2026");
        byte[] other = api(c.teachers().get(1).token()).accept("application/pdf, application/problem+json")
                .get("/api/submissions/{s}/certificate", companion).then().statusCode(200).extract().asByteArray();
        assertThat(String.join("\n", CertificateForumTest.readBack(other))).doesNotContain("Représente le Maroc");
    }

    private static void award(String token, long edition, long project, String kind, int rank) {
        api(token).body(Map.of("submissionId", project, "kind", kind, "rank", rank))
                .post("/api/editions/{id}/awards", edition).then().statusCode(201);
    }
}
