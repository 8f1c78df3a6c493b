package ma.innovatice.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** Client-side routes reload into the client; the API and the /q endpoints keep their own answers. */
@QuarkusTest
class SinglePageAppTest {

    @Test
    void shouldServeTheClientForItsOwnRoutes() {
        for (String route : new String[] {"/", "/editions/12", "/teacher/projects/new", "/ar/verify/ABCD-1234"}) {
            RestAssured.given().get(route).then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("<div id=\"root\">"));
        }
    }

    @Test
    void shouldNotHideApiOrToolRoutesOrMissingFiles() {
        RestAssured.given().get("/api/unknown").then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        RestAssured.given().get("/q/health").then().statusCode(200).contentType(containsString("json"));
        RestAssured.given().get("/assets/missing.js").then().statusCode(404);
    }
}
