package ma.innovatice.demo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The demonstration data tells a consistent story: the 2016 edition's certificates and projects are of 2016. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Inject
    Fixtures fixtures;

    /** Finding (issue 17, point 9): the demo's 2016 certificates were dated on the day the demo was loaded. */
    @Test
    void shouldIssueThe2016CertificatesOnTheDayOfThe2016Ceremony() {
        // The contract fuzzer may have taken the number 12 with an edition of its own: the demo then has none.
        assumeThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE number = 12 AND demo = FALSE")).isZero();
        // The demo opens its current edition: the call another test left open is closed first.
        fixtures.closeOpenCalls(fixtures.admin());

        demo.seed();

        long twelfth = ((Number) fixtures.rows("SELECT id FROM edition WHERE number = 12 AND demo = TRUE").get(0)
                .get("id")).longValue();
        List<Map<String, Object>> certificates = fixtures.rows("SELECT code, "
                + "DATE_FORMAT(issued_at, '%Y-%m-%dT%H:%i') AS issued_at FROM certificate WHERE edition_id = ? ORDER BY id",
                twelfth);
        assertThat(certificates).hasSize(DemoData.HISTORY_2016.size());
        assertThat(certificates).extracting(c -> c.get("issued_at").toString())
                .containsOnly("2016-05-25T09:00");

        // Nor were the 2016 projects last changed on the day the demo was loaded (their teachers' lists show that date).
        assertThat(fixtures.rows("SELECT DATE_FORMAT(updated_at, '%Y') AS y FROM submission WHERE edition_id = ?", twelfth))
                .extracting(r -> r.get("y").toString()).containsOnly("2016");

        String code = (String) certificates.get(0).get("code");
        api().get("/api/certificates/{code}", code).then().statusCode(200)
                .body("editionYear", equalTo(2016))
                .body("issuedAt", startsWith("2016-05-25T09:00"));
    }

    /** Issue 19: the demo's current edition is judged in three rounds, with a screening checklist and two coordinators. */
    @Test
    void shouldShowAThreeRoundEditionWithScreeningAndRegionalCoordinators() {
        assumeThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE number = 22 AND demo = FALSE")).isZero();
        if (fixtures.count("SELECT COUNT(*) FROM edition WHERE number = 22") == 0) {
            // The demo opens its current edition: the call another test left open is closed first (closing a
            // call in the tests empties its checklist, so the demo's own is not closed here once seeded).
            fixtures.closeOpenCalls(fixtures.admin());
            demo.seed();
        }

        long current = ((Number) fixtures.rows("SELECT id FROM edition WHERE number = 22 AND demo = TRUE").get(0)
                .get("id")).longValue();
        assertThat(fixtures.rows("SELECT position, scope, rubric, advance_count, name_ar FROM judging_round "
                + "WHERE edition_id = ? ORDER BY position", current))
                .extracting(r -> r.get("position") + " " + r.get("scope") + " " + r.get("rubric") + " " + r.get("advance_count"))
                .containsExactly("1 REGIONAL CLD21 3", "2 NATIONAL CLD21 6", "3 NATIONAL PRESENTATION null");
        assertThat(fixtures.count("SELECT COUNT(*) FROM criterion c JOIN judging_round r ON r.id = c.round_id "
                + "WHERE r.edition_id = ? AND r.position = 3", current)).isPositive();
        assertThat(fixtures.count("SELECT COUNT(*) FROM screening_item WHERE edition_id = ?", current)).isEqualTo(3);
        assertThat(fixtures.rows("SELECT email, region_code FROM account WHERE role = 'COORDINATOR' AND demo = TRUE "
                + "ORDER BY email")).extracting(r -> r.get("email") + " " + r.get("region_code"))
                .containsExactly("coord-casa@demo.innovatice.ma MA-06", "coord-rabat@demo.innovatice.ma MA-04");
    }

    /** Issue 21: an Arabic or an English visitor of the demo reads none of the organisers' texts in French. */
    @Test
    void shouldGiveEveryDemoEditionTextAndCitationInArabicAndEnglish() {
        assumeThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE number IN (12, 22) AND demo = FALSE")).isZero();
        if (fixtures.count("SELECT COUNT(*) FROM edition WHERE number IN (12, 22)") < 2) {
            fixtures.closeOpenCalls(fixtures.admin());
            demo.seed();
        }

        List<Map<String, Object>> editions = fixtures.rows("SELECT id, number, title, title_ar, title_en, theme_ar, "
                + "theme_en, rules_ar, rules_en, ceremony_venue_ar, ceremony_venue_en, forum_name, forum_name_ar, "
                + "forum_name_en FROM edition WHERE demo = TRUE AND number IN (12, 22) ORDER BY number");
        assertThat(editions).hasSize(2);
        for (Map<String, Object> edition : editions) {
            for (String text : List.of("title", "theme", "rules", "ceremony_venue")) {
                assertThat((String) edition.get(text + "_ar")).as(text + "_ar of " + edition.get("number"))
                        .matches("(?s).*\\p{IsArabic}.*");
                assertThat((String) edition.get(text + "_en")).as(text + "_en of " + edition.get("number")).isNotBlank();
            }
            if (edition.get("forum_name") != null) {
                assertThat((String) edition.get("forum_name_ar")).matches("(?s).*\\p{IsArabic}.*");
                assertThat((String) edition.get("forum_name_en")).isNotBlank();
            }
        }
        long twelfth = ((Number) editions.get(0).get("id")).longValue();
        List<Map<String, Object>> citations = fixtures.rows("SELECT citation, citation_ar, citation_en FROM award "
                + "WHERE edition_id = ?", twelfth);
        assertThat(citations).hasSize((int) DemoData.HISTORY_2016.stream().filter(p -> p.award() != null).count());
        assertThat(citations).allSatisfy(c -> {
            assertThat((String) c.get("citation_ar")).matches("(?s).*\\p{IsArabic}.*");
            assertThat((String) c.get("citation_en")).isNotBlank();
        });

        // What the public reads of the 2016 results in Arabic: no French stand-in anywhere.
        api().queryParam("lang", "ar").get("/api/editions/{id}/results", twelfth).then().statusCode(200)
                .body("edition.fallbacks", org.hamcrest.Matchers.empty())
                .body("winner.citationLanguage", equalTo("ar"))
                .body("laureates.citationLanguage", org.hamcrest.Matchers.everyItem(equalTo("ar")))
                .body("specialMentions.citationLanguage", org.hamcrest.Matchers.everyItem(equalTo("ar")));
        assertThat(DemoData.englishOrdinal(22)).isEqualTo("22nd");
        assertThat(DemoData.englishOrdinal(12)).isEqualTo("12th");
        assertThat(DemoData.englishOrdinal(21)).isEqualTo("21st");
    }
}
