package ma.innovatice.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class AuthResourceTest {

    @Inject
    Fixtures fixtures;

    private static String email() {
        return "Teacher." + UUID.randomUUID() + "@Example.MA";
    }

    private static Map<String, Object> registration(String email, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("firstName", "Fatima");
        body.put("lastName", "Zahra");
        body.put("preferredLanguage", "ar");
        return body;
    }

    @Test
    void shouldRegisterATeacherWithABcryptHash() {
        String email = email();
        long id = api().body(registration(email, "une-classe-2026"))
                .post("/api/auth/register").then()
                .statusCode(201)
                .header("Location", endsWith("/api/me"))
                .body("email", equalTo(email))
                .body("role", equalTo("TEACHER"))
                .body("preferredLanguage", equalTo("ar"))
                .body("enabled", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .extract().jsonPath().getLong("id");

        Map<String, Object> row = fixtures.rows("SELECT email, role, password_hash, preferred_language FROM account WHERE id = ?", id).get(0);
        assertThat(row.get("role")).isEqualTo("TEACHER");
        assertThat(row.get("preferred_language")).isEqualTo("ar");
        assertThat((String) row.get("password_hash")).startsWith("$2").doesNotContain("une-classe-2026");
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? AND action = 'CREATE'", id))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAnEmailAlreadyRegisteredWhateverItsCase() {
        String email = email();
        api().body(registration(email, "une-classe-2026")).post("/api/auth/register").then().statusCode(201);

        api().body(registration(email.toUpperCase(), "une-classe-2026")).post("/api/auth/register").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-email"))
                .body("status", equalTo(409));
        assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAWeakPasswordAndWriteNothing() {
        String email = email();
        api().body(registration(email, "abcdefghijk")).post("/api/auth/register").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem("password"))
                .body("errors.message", hasItem("must contain at least one letter and one digit"));
        invalidRequest().body(registration(email, "short1")).post("/api/auth/register").then()
                .statusCode(400).body("errors.field", hasItem("password"));
        api().body(registration(email, email.toLowerCase())).post("/api/auth/register").then()
                .statusCode(400).body("errors.message", hasItem("must not be the email address"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isZero();
    }

    @Test
    void shouldListEveryMissingOrInvalidField() {
        invalidRequest().body(Map.of("email", "not-an-email", "preferredLanguage", "de")).post("/api/auth/register").then()
                .statusCode(400)
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem("preferredLanguage"));
        invalidRequest().body(Map.of("email", "not-an-email")).post("/api/auth/register").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("email", "password", "firstName", "lastName"));
    }

    @Test
    void shouldRejectUnknownPropertiesSuchAsARole() {
        Map<String, Object> body = registration(email(), "une-classe-2026");
        body.put("role", "ADMIN");
        invalidRequest().body(body).post("/api/auth/register").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", equalTo("unknown property"));
        assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", body.get("email"))).isZero();
    }

    @Test
    void shouldAnswerMalformedJsonWithAProblemAndNoInternals() {
        String body = invalidRequest().body("{\"email\": ").post("/api/auth/register").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .extract().asString();
        assertThat(body).doesNotContain("jackson", "Exception", "at ma.", "com.fasterxml");
    }

    @Test
    void shouldLogInWithAnRs256TokenForOneHourAtMost() {
        String email = email();
        api().body(registration(email, "une-classe-2026")).post("/api/auth/register").then().statusCode(201);

        Response response = api().body(Map.of("email", email.toLowerCase(), "password", "une-classe-2026"))
                .post("/api/auth/login");
        response.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("account.email", equalTo(email));
        String[] parts = response.jsonPath().getString("accessToken").split("\\.");
        Map<String, Object> header = decode(parts[0]);
        Map<String, Object> claims = decode(parts[1]);
        assertThat(header).containsEntry("alg", "RS256");
        assertThat(claims).containsEntry("iss", "https://innovatice.ma").containsEntry("aud", "innovatice-api")
                .containsEntry("upn", email);
        assertThat(claims.get("groups")).isEqualTo(java.util.List.of("TEACHER"));
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isPositive().isLessThanOrEqualTo(3600);

        api(response.jsonPath().getString("accessToken")).get("/api/me").then().statusCode(200)
                .body("email", equalTo(email));
    }

    @Test
    void shouldNotRevealWhetherAnEmailExists() {
        String email = email();
        api().body(registration(email, "une-classe-2026")).post("/api/auth/register").then().statusCode(201);

        String wrongPassword = api().body(Map.of("email", email, "password", "pas-le-bon-1")).post("/api/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("/invalid-credentials")).extract().asString();
        String unknownEmail = api().body(Map.of("email", "nobody-" + email, "password", "pas-le-bon-1"))
                .post("/api/auth/login").then().statusCode(401).extract().asString();
        assertThat(unknownEmail).isEqualTo(wrongPassword);
    }

    @Test
    void shouldRefuseToLogInADisabledAccount() {
        Fixtures.User teacher = fixtures.teacher();
        fixtures.execute("UPDATE account SET enabled = FALSE WHERE id = ?", teacher.id());
        api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login").then()
                .statusCode(403)
                .body("type", endsWith("/account-disabled"))
                .body("detail", containsString("disabled"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decode(String part) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8), Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
