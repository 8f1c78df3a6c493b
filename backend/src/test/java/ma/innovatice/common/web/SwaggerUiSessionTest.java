package ma.innovatice.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ma.innovatice.testing.Api;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI opened from the admin menu is signed in with the web session (issue 17, point 10): its
 * page loads our hook, which asks the window that opened it for the token and authorizes the
 * contract's bearer scheme; the authorization is never persisted in the origin's storage.
 */
@QuarkusTest
class SwaggerUiSessionTest {

    @Test
    void shouldLoadTheSessionHookOnceTheContractIsLoadedAndPersistNothing() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).contains("<script src=\"/q/swagger-ui-session.js\"")
                .contains("innovaticeSwaggerSession(ui)")
                .contains("persistAuthorization: false")
                .doesNotContain("persistAuthorization: true");
        // The hook is called from the page's onComplete, inside the function where `ui` is defined.
        assertThat(page.indexOf("innovaticeSwaggerSession(ui)")).isGreaterThan(page.indexOf("var ui = SwaggerUIBundle"));
    }

    @Test
    void shouldServeTheHookThatAuthorizesTheContractsBearerSchemeFromTheOpenerOnly() throws IOException {
        Response hook = given().get("/q/swagger-ui-session.js").then().statusCode(200).extract().response();
        assertThat(hook.contentType()).contains("javascript");
        String script = hook.asString();
        JsonNode schemes = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile())
                .path("components").path("securitySchemes");
        String bearer = null;
        for (var it = schemes.fields(); it.hasNext(); ) {
            var scheme = it.next();
            if ("bearer".equals(scheme.getValue().path("scheme").asText())) {
                bearer = scheme.getKey();
            }
        }
        assertThat(bearer).isNotNull();
        assertThat(script).contains("var SCHEME = '" + bearer + "';")
                .contains("ui.preauthorizeApiKey(SCHEME, data.token)");
        // Messages count only from the window that opened the page and from this origin; the ready
        // message goes to this origin only; nothing is written to any storage.
        assertThat(script).contains("event.origin !== origin || event.source !== opener")
                .contains("opener.postMessage({ type: READY }, origin)");
        for (String storage : List.of("localStorage", "sessionStorage", "document.cookie")) {
            assertThat(script).doesNotContain(storage);
        }
        // The page that loads it lets a script of its own origin run.
        assertThat(given().get("/q/swagger-ui/").header("Content-Security-Policy")).contains("script-src 'self'");
    }
}
