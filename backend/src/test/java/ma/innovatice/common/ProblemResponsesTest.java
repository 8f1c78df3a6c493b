package ma.innovatice.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Failures of the HTTP layer itself are problem documents too, and never show internals. */
@QuarkusTest
class ProblemResponsesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldAnswerAnUnknownApiRouteWithA404Problem() {
        String body = RestAssured.given().accept("application/json").get("/api/nothing-here").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found")).body("status", equalTo(404))
                .body("instance", equalTo("/api/nothing-here"))
                .extract().asString();
        assertThat(body).doesNotContain("Exception", "at ma.", "io.quarkus");
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithA405Problem() {
        RestAssured.given().delete("/api/reference/regions").then()
                .statusCode(405).contentType("application/problem+json")
                .body("type", endsWith("/method-not-allowed"));
    }

    @Test
    void shouldAnswerABodyThatIsNotJsonWithA415Problem() {
        invalidRequest().contentType("text/plain").body("email=a@b.ma").post("/api/auth/login").then()
                .statusCode(415).contentType("application/problem+json")
                .body("type", endsWith("/unsupported-media-type"));
    }

    @Test
    void shouldAnswerAMissingBodyWithA400Problem() {
        invalidRequest().post("/api/auth/login").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAJsonArrayWhereAnObjectIsExpectedWithA400Problem() {
        invalidRequest().body("[1, 2]").post("/api/auth/login").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"));
    }

    @Test
    void shouldAnswerAWrongTypeWithTheFieldAtFault() {
        var admin = fixtures.admin();
        invalidRequest(admin.token()).header("Accept-Language", "en").body("{\"enabled\": \"perhaps\"}").patch("/api/accounts/{id}", admin.id()).then()
                .statusCode(400).body("errors[0].field", equalTo("enabled"))
                .body("errors[0].message", equalTo("must be true or false"));
    }

    @Test
    void shouldAnswerABodyOverTheRequestLimitWithA413Problem() {
        var teacher = fixtures.teacher();
        byte[] huge = new byte[8 * 1024 * 1024 + 512 * 1024];
        RestAssured.given().auth().oauth2(teacher.token()).contentType("multipart/form-data; boundary=x")
                .body(huge).post("/api/submissions/{id}/attachments", 1).then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"));
    }
}
