package ma.innovatice.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Security headers on every kind of answer, CORS limited to the configured origins, no server banner. */
@QuarkusTest
class HttpHardeningTest {

    private static void assertHardened(Response response) {
        String csp = response.header("Content-Security-Policy");
        // No plugin content, no <base> pointing scripts elsewhere, no form posting to another site, no framing.
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'");
        String scripts = csp.substring(csp.indexOf("script-src"));
        scripts = scripts.substring(0, scripts.indexOf(';') < 0 ? scripts.length() : scripts.indexOf(';'));
        assertThat(scripts).isEqualTo("script-src 'self'");
        // A juror's evidence is previewed in the page from blob: URLs (a PDF in a frame, an image), never as a plugin.
        assertThat(csp).contains("frame-src 'self' blob:;", "img-src 'self' data: blob:;");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Server")).isNull();
        assertThat(response.header("X-Powered-By")).isNull();
    }

    @Test
    void shouldHardenApiAnswersProblemsAndTools() {
        assertHardened(given().get("/api/editions").then().statusCode(200).extract().response());
        assertHardened(given().get("/api/no-such-route").then().statusCode(404).extract().response());
        assertHardened(given().get("/api/me").then().statusCode(401).extract().response());
        assertHardened(given().get("/q/openapi").then().statusCode(200).extract().response());
        assertHardened(given().get("/q/health").then().statusCode(200).extract().response());
        assertHardened(given().get("/no-such-file.js").then().statusCode(404).extract().response());
    }

    @Test
    void shouldLetOnlySwaggerUiRunItsInlineScript() {
        Response page = given().get("/q/swagger-ui/").then().statusCode(200).extract().response();
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void shouldRefuseOriginsThatAreNotConfigured() {
        Response foreign = given().header("Origin", "https://evil.example").get("/api/editions");
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
        assertThat(foreign.statusCode()).isEqualTo(403);
        Response preflight = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").options("/api/auth/login");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.statusCode()).isEqualTo(403);

        Response partner = given().header("Origin", "https://partenaire.example.ma")
                .header("Access-Control-Request-Method", "POST").options("/api/auth/login");
        assertThat(partner.statusCode()).isEqualTo(200);
        assertThat(partner.header("Access-Control-Allow-Origin")).isEqualTo("https://partenaire.example.ma");
        assertThat(given().header("Origin", "https://partenaire.example.ma").get("/api/editions")
                .header("Access-Control-Allow-Origin")).isEqualTo("https://partenaire.example.ma");
    }
}
