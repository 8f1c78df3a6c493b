package ma.innovatice.common.i18n;

import io.quarkus.test.junit.QuarkusTest;
import ma.innovatice.account.Language;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The language an answer is given in: lang parameter, then Accept-Language, then French; said in Content-Language. */
@QuarkusTest
class RequestLanguageTest {

    @Test
    void shouldPreferTheParameterThenTheHeaderThenFrench() {
        assertThat(RequestLanguage.resolve("ar", "en")).isEqualTo(Language.AR);
        assertThat(RequestLanguage.resolve(" EN ", null)).isEqualTo(Language.EN);
        assertThat(RequestLanguage.resolve("de", "en-GB,en;q=0.8")).isEqualTo(Language.EN);
        assertThat(RequestLanguage.resolve(null, "de-DE, ar-MA;q=0.5, fr;q=0.4")).isEqualTo(Language.AR);
        assertThat(RequestLanguage.resolve(null, "de, zh")).isEqualTo(Language.FR);
        assertThat(RequestLanguage.resolve(null, null)).isEqualTo(Language.FR);
        assertThat(RequestLanguage.resolve(null, ";;;q=x,")).isEqualTo(Language.FR);
    }

    @Test
    void shouldSayTheLanguageOfEveryApiAnswer() {
        given().header("Accept-Language", "ar-MA").get("/api/editions").then().statusCode(200)
                .header("Content-Language", "ar").header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"));
        given().header("Accept-Language", "ar").queryParam("lang", "en").get("/api/editions").then().statusCode(200)
                .header("Content-Language", "en");
        given().get("/api/no-such-route").then().statusCode(404).header("Content-Language", "fr");
    }
}
