package ma.innovatice.edition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.Competition;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 21: the texts the organisers type (an edition's title, theme, rules, ceremony venue and forum name,
 * the awards' citations) are stored in French, Arabic and English and served in the request's language, each
 * in French when it was not translated; rubric texts need only French.
 */
@QuarkusTest
class ContentTranslationsTest {

    private static final String AR_TITLE = "الدورة التجريبية للمسابقة";
    private static final String AR_THEME = "الرقمي في القسم";
    private static final String AR_RULES = "مشروع واحد لكل أستاذ.\nيُرفق بالحجج.";
    private static final String AR_VENUE = "الرباط";
    private static final String AR_FORUM = "المنتدى العالمي للتعليم";
    private static final String EN_TITLE = "Test edition of the competition";

    @Inject
    Fixtures fixtures;

    /** Arabic complete; English with a title only, and a blank theme that counts as no translation. */
    private static Map<String, Object> translated(Map<String, Object> body) {
        Map<String, Object> ar = new LinkedHashMap<>();
        ar.put("title", AR_TITLE);
        ar.put("theme", AR_THEME);
        ar.put("rules", AR_RULES);
        ar.put("ceremonyVenue", "  " + AR_VENUE + " ");
        ar.put("forumName", AR_FORUM);
        Map<String, Object> en = new LinkedHashMap<>();
        en.put("title", EN_TITLE);
        en.put("theme", "   ");
        body.put("translations", Map.of("ar", ar, "en", en));
        return body;
    }

    private long create(User admin, Map<String, Object> body) {
        for (int attempt = 0; attempt < 20; attempt++) {
            body.put("number", Fixtures.nextEditionNumber());
            Response response = api(admin.token()).body(body).post("/api/editions");
            if (response.statusCode() == 409) {
                continue;
            }
            return response.then().statusCode(201).extract().jsonPath().getLong("id");
        }
        throw new AssertionError("No free edition number");
    }

    @Test
    void shouldServeAnEditionInTheLanguageAskedAndInFrenchWhereItIsNotTranslated() {
        User admin = fixtures.admin();
        Map<String, Object> body = translated(Fixtures.editionBody(0));
        long id = create(admin, body);

        // lang=ar: every text in Arabic, nothing in French.
        Response arabic = api(admin.token()).queryParam("lang", "ar").get("/api/editions/{id}", id);
        arabic.then().statusCode(200)
                .header("Content-Language", "ar")
                .body("language", equalTo("ar"))
                .body("title", equalTo(AR_TITLE))
                .body("theme", equalTo(AR_THEME))
                .body("rules", equalTo(AR_RULES))
                .body("ceremonyVenue", equalTo(AR_VENUE))
                .body("forum.name", equalTo(AR_FORUM))
                .body("forum.city", equalTo("Budapest"))
                .body("fallbacks", empty());

        // Accept-Language: en: the title in English, the rest in French and named as such.
        api(admin.token()).header("Accept-Language", "en-GB,en;q=0.9").get("/api/editions/{id}", id).then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("language", equalTo("en"))
                .body("title", equalTo(EN_TITLE))
                .body("theme", equalTo(body.get("theme")))
                .body("rules", equalTo(body.get("rules")))
                .body("forum.name", equalTo("Global Education Forum"))
                .body("fallbacks", containsInAnyOrder("theme", "rules", "ceremonyVenue", "forumName"));

        // No language asked: French, with every stored text for the side-by-side editor.
        api(admin.token()).get("/api/editions/{id}", id).then().statusCode(200)
                .header("Content-Language", "fr")
                .body("language", equalTo("fr"))
                .body("title", equalTo(body.get("title")))
                .body("fallbacks", empty())
                .body("texts.fr.title", equalTo(body.get("title")))
                .body("texts.fr.forumName", equalTo("Global Education Forum"))
                .body("texts.ar.title", equalTo(AR_TITLE))
                .body("texts.ar.ceremonyVenue", equalTo(AR_VENUE))
                .body("texts.en.title", equalTo(EN_TITLE))
                .body("texts.en.theme", nullValue())
                .body("texts.en.rules", nullValue());

        // The list serves the same way.
        api(admin.token()).queryParam("lang", "ar").queryParam("status", "DRAFT").get("/api/editions").then()
                .statusCode(200).body("find { it.id == " + id + " }.title", equalTo(AR_TITLE));

        // Stored trimmed; a blank translation is stored as none.
        Map<String, Object> row = fixtures.rows("SELECT title_ar, theme_en, ceremony_venue_ar, forum_name_ar, rules_en "
                + "FROM edition WHERE id = ?", id).get(0);
        assertThat(row.get("title_ar")).isEqualTo(AR_TITLE);
        assertThat(row.get("ceremony_venue_ar")).isEqualTo(AR_VENUE);
        assertThat(row.get("forum_name_ar")).isEqualTo(AR_FORUM);
        assertThat(row.get("theme_en")).isNull();
        assertThat(row.get("rules_en")).isNull();
    }

    @Test
    void shouldReplaceTheTranslationsAndAuditThem() {
        User admin = fixtures.admin();
        Map<String, Object> body = translated(Fixtures.editionBody(0));
        long id = create(admin, body);

        Map<String, Object> replaced = new HashMap<>(body);
        replaced.put("version", 0);
        replaced.put("translations", Map.of("en", Map.of("title", "Renamed edition", "rules", "One project per teacher.")));
        api(admin.token()).queryParam("lang", "en").body(replaced).put("/api/editions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Renamed edition"))
                .body("rules", equalTo("One project per teacher."))
                .body("texts.ar.title", nullValue());
        assertThat(fixtures.rows("SELECT title_ar, title_en FROM edition WHERE id = ?", id).get(0))
                .containsEntry("title_ar", null).containsEntry("title_en", "Renamed edition");

        // The audit keeps the translations before and after.
        Map<String, Object> audit = fixtures.rows("SELECT before_state, after_state FROM audit_log WHERE entity_type = 'EDITION' "
                + "AND entity_id = ? AND action = 'UPDATE' ORDER BY id DESC", id).get(0);
        assertThat(JsonPath.from((String) audit.get("before_state")).getString("texts.ar.title")).isEqualTo(AR_TITLE);
        assertThat(JsonPath.from((String) audit.get("after_state")).getString("texts.en.title")).isEqualTo("Renamed edition");
        assertThat(JsonPath.from((String) audit.get("after_state")).getString("texts.ar.title")).isNull();

        // Without translations, a replacement clears them.
        replaced.remove("translations");
        replaced.put("version", 1);
        api(admin.token()).queryParam("lang", "en").body(replaced).put("/api/editions/{id}", id).then().statusCode(200)
                .body("title", equalTo(body.get("title")))
                .body("fallbacks", hasItem("title"));
        assertThat(fixtures.rows("SELECT title_en FROM edition WHERE id = ?", id).get(0)).containsEntry("title_en", null);
    }

    @Test
    void shouldRefuseAnOverLongOrMisplacedTranslationAndWriteNothing() {
        User admin = fixtures.admin();
        Map<String, Object> body = Fixtures.editionBody(Fixtures.nextEditionNumber());
        body.put("translations", Map.of("ar", Map.of("title", "ع".repeat(201))));
        invalidRequest(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("translations.ar.title"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE number = ?", body.get("number"))).isZero();

        // Control characters are refused as in the French fields.
        body.put("translations", Map.of("en", Map.of("theme", "Bad\u0007theme")));
        invalidRequest(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors.field", hasItem("translations.en.theme"));

        // A forum name in Arabic without a forum.
        body.remove("forum");
        body.put("translations", Map.of("ar", Map.of("forumName", AR_FORUM)));
        invalidRequest(admin.token()).body(body).post("/api/editions").then().statusCode(400)
                .body("errors.field", hasItem("translations.ar.forumName"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM edition WHERE number = ?", body.get("number"))).isZero();

        // A replacement with over-long rules changes nothing, French included.
        Map<String, Object> valid = translated(Fixtures.editionBody(0));
        long id = create(admin, valid);
        Map<String, Object> replaced = new HashMap<>(valid);
        replaced.put("version", 0);
        replaced.put("title", "Titre changé");
        replaced.put("translations", Map.of("en", Map.of("rules", "x".repeat(20001))));
        invalidRequest(admin.token()).body(replaced).put("/api/editions/{id}", id).then().statusCode(400)
                .body("errors.field", hasItem("translations.en.rules"));
        assertThat(fixtures.rows("SELECT title, title_ar, rules_en, version FROM edition WHERE id = ?", id).get(0))
                .containsEntry("title", valid.get("title")).containsEntry("title_ar", AR_TITLE)
                .containsEntry("rules_en", null);
    }

    @Test
    void shouldAcceptACriterionInFrenchOnly() {
        User admin = fixtures.admin();
        long id = fixtures.draftEdition(admin);
        Map<String, Object> french = new LinkedHashMap<>();
        french.put("code", "FRONLY");
        french.put("label", Map.of("fr", "Critère en français"));
        french.put("description", Map.of("fr", "Décrit en français", "ar", " ", "en", "Described in English"));
        french.put("weight", 1);
        french.put("scaleMin", 1);
        french.put("scaleMax", 3);
        french.put("gates", List.of(Map.of("fr", "Première question ?"), Map.of("fr", "Seconde ?", "ar", "الثانية؟")));
        api(admin.token()).body(List.of(french)).put("/api/editions/{id}/criteria", id).then().statusCode(200)
                .body("[0].label.fr", equalTo("Critère en français"))
                .body("[0].label.ar", nullValue())
                .body("[0].description.ar", nullValue())
                .body("[0].description.en", equalTo("Described in English"))
                .body("[0].gates[1].ar", equalTo("الثانية؟"));
        api(admin.token()).queryParam("lang", "ar").get("/api/editions/{id}/criteria", id).then().statusCode(200)
                .body("code", contains("FRONLY")).body("[0].gates[0].fr", equalTo("Première question ?"));
        assertThat(fixtures.rows("SELECT label_ar, label_en, description_ar FROM criterion WHERE edition_id = ?", id).get(0))
                .containsEntry("label_ar", null).containsEntry("label_en", null).containsEntry("description_ar", null);
    }

    @Test
    void shouldServeCitationsInTheLanguageAskedAndKeepOnePublicPageALanguage() {
        Map<String, Object> overrides = new HashMap<>();
        translated(overrides);
        Competition c = fixtures.competition(overrides, null, List.of(
                Fixtures.completeProject("Projet cité " + System.nanoTime()),
                Fixtures.completeProject("Projet cité en français " + System.nanoTime())));
        User admin = c.admin();
        fixtures.move(admin, c.edition(), "DELIBERATION");
        Map<String, Object> winner = new LinkedHashMap<>();
        winner.put("submissionId", c.projects().get(0));
        winner.put("kind", "WINNER");
        winner.put("rank", 1);
        winner.put("citation", "Un projet remarquable.");
        winner.put("citationTranslations", Map.of("ar", " مشروع متميز. ", "en", "A remarkable project."));
        long winnerAward = api(admin.token()).body(winner).post("/api/editions/{id}/awards", c.edition()).then()
                .statusCode(201)
                .body("citation", equalTo("Un projet remarquable."))
                .body("citationTranslations.ar", equalTo("مشروع متميز."))
                .body("citationTranslations.en", equalTo("A remarkable project."))
                .extract().jsonPath().getLong("id");
        api(admin.token()).body(Map.of("submissionId", c.projects().get(1), "kind", "LAUREATE", "rank", 2,
                        "citation", "Seulement en français.", "citationTranslations", Map.of("en", "")))
                .post("/api/editions/{id}/awards", c.edition()).then().statusCode(201);
        // An over-long translation is refused and the award unchanged.
        invalidRequest(admin.token()).body(Map.of("kind", "WINNER", "rank", 1, "citation", "Changée.",
                        "citationTranslations", Map.of("ar", "م".repeat(2001)), "version", 0))
                .put("/api/awards/{id}", winnerAward).then().statusCode(400)
                .body("errors.field", hasItem("citationTranslations.ar"));
        assertThat(fixtures.rows("SELECT citation, citation_ar FROM award WHERE id = ?", winnerAward).get(0))
                .containsEntry("citation", "Un projet remarquable.").containsEntry("citation_ar", "مشروع متميز.");
        fixtures.move(admin, c.edition(), "PUBLISHED");

        // Arabic first: the page kept for Arabic callers must not reach French ones.
        api().queryParam("lang", "ar").get("/api/editions/{id}/results", c.edition()).then().statusCode(200)
                .header("Content-Language", "ar")
                .body("edition.title", equalTo(AR_TITLE))
                .body("winner.citation", equalTo("مشروع متميز."))
                .body("winner.citationLanguage", equalTo("ar"))
                .body("laureates[0].citation", equalTo("Seulement en français."))
                .body("laureates[0].citationLanguage", equalTo("fr"));
        api().get("/api/editions/{id}/results", c.edition()).then().statusCode(200)
                .header("Content-Language", "fr")
                .body("edition.title", equalTo(fixtures.rows("SELECT title FROM edition WHERE id = ?", c.edition()).get(0)
                        .get("title")))
                .body("edition.language", equalTo("fr"))
                .body("winner.citation", equalTo("Un projet remarquable."))
                .body("winner.citationLanguage", equalTo("fr"));
        api().header("Accept-Language", "en").get("/api/editions/{id}/results", c.edition()).then().statusCode(200)
                .body("edition.title", equalTo(EN_TITLE))
                .body("edition.fallbacks", hasItem("rules"))
                .body("winner.citation", equalTo("A remarkable project."))
                .body("winner.citationLanguage", equalTo("en"))
                .body("laureates[0].citationLanguage", equalTo("fr"));

        // The laureates' list, both ways round.
        api().queryParam("editionId", c.edition()).get("/api/laureates").then().statusCode(200)
                .body("items[0].citation", equalTo("Un projet remarquable."));
        api().queryParam("editionId", c.edition()).queryParam("lang", "ar").get("/api/laureates").then().statusCode(200)
                .body("items[0].citation", equalTo("مشروع متميز."))
                .body("items[0].citationLanguage", equalTo("ar"));

        // The teacher's own result.
        User teacher = c.teachers().get(0);
        api(teacher.token()).queryParam("lang", "ar").get("/api/submissions/{id}/result", c.projects().get(0)).then()
                .statusCode(200).body("award.citation", equalTo("مشروع متميز.")).body("award.citationLanguage", equalTo("ar"));
        api(teacher.token()).get("/api/submissions/{id}/result", c.projects().get(0)).then()
                .statusCode(200).body("award.citation", equalTo("Un projet remarquable."))
                .body("award.citationLanguage", equalTo("fr"));
    }

    @Test
    void shouldRefuseATranslationOfAPublishedEditionsFieldOnceArchived() {
        User admin = fixtures.admin();
        long id = fixtures.editionIn(admin, "ARCHIVED");
        Map<String, Object> current = api(admin.token()).get("/api/editions/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> replaced = Fixtures.editionBody(((Number) current.get("number")).intValue());
        replaced.put("submissionsOpenAt", current.get("submissionsOpenAt"));
        replaced.put("submissionsCloseAt", current.get("submissionsCloseAt"));
        replaced.put("evaluationCloseAt", current.get("evaluationCloseAt"));
        replaced.put("ceremonyDate", current.get("ceremonyDate"));
        replaced.put("title", current.get("title"));
        replaced.put("version", current.get("version"));
        replaced.put("translations", Map.of("ar", Map.of("title", AR_TITLE)));
        api(admin.token()).body(replaced).put("/api/editions/{id}", id).then().statusCode(409)
                .body("type", endsWith("/field-locked")).body("detail", containsString("translations"));
        assertThat(fixtures.rows("SELECT title_ar FROM edition WHERE id = ?", id).get(0)).containsEntry("title_ar", null);
    }
}
