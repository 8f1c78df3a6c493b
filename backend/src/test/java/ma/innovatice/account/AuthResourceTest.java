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
        body.put("regionCode", "MA-03");
        body.put("schoolName", "Collège Ibn Khaldoun, Fès");
        body.put("schoolLevel", "SECONDAIRE_COLLEGIAL");
        body.put("preferredLanguage", "ar");
        body.put("privacyNoticeVersion", 1);
        return body;
    }

    @Test
    void shouldRegisterAnUnconfirmedTeacherWithABcryptHash() {
        String email = email();
        api().body(registration(email, "une-classe-2026"))
                .post("/api/auth/register").then()
                .statusCode(202)
                .body("email", equalTo(email))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .body("$", not(org.hamcrest.Matchers.hasKey("id")));

        Map<String, Object> row = fixtures.rows("SELECT id, email, role, password_hash, preferred_language, email_confirmed "
                + "FROM account WHERE email = ?", email).get(0);
        long id = ((Number) row.get("id")).longValue();
        assertThat(row.get("role")).isEqualTo("TEACHER");
        assertThat(row.get("preferred_language")).isEqualTo("ar");
        assertThat(row.get("email_confirmed")).isIn(false, 0, (byte) 0);
        assertThat((String) row.get("password_hash")).startsWith("$2").doesNotContain("une-classe-2026");
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? AND action = 'CREATE'", id))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAWeakPasswordAndWriteNothing() {
        String email = email();
        api().header("Accept-Language", "en").body(registration(email, "abcdefghijk")).post("/api/auth/register").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem("password"))
                .body("errors.message", hasItem("must contain at least one letter and one digit"));
        invalidRequest().body(registration(email, "short1")).post("/api/auth/register").then()
                .statusCode(400).body("errors.field", hasItem("password"));
        api().header("Accept-Language", "en").body(registration(email, email.toLowerCase())).post("/api/auth/register").then()
                .statusCode(400).body("errors.message", hasItem(PasswordPolicy.PERSONAL));
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
                .body("errors.field", containsInAnyOrder("email", "password", "firstName", "lastName", "regionCode",
                        "schoolName", "schoolLevel"));
    }

    @Test
    void shouldRejectUnknownPropertiesSuchAsARole() {
        Map<String, Object> body = registration(email(), "une-classe-2026");
        body.put("role", "ADMIN");
        invalidRequest().header("Accept-Language", "en").body(body).post("/api/auth/register").then()
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
        api().body(registration(email, "une-classe-2026")).post("/api/auth/register").then().statusCode(202);
        fixtures.confirmRegistration(email);

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
        api().body(registration(email, "une-classe-2026")).post("/api/auth/register").then().statusCode(202);
        fixtures.confirmRegistration(email);

        String wrongPassword = api().body(Map.of("email", email, "password", "pas-le-bon-1")).post("/api/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("/invalid-credentials")).extract().asString();
        String unknownEmail = api().body(Map.of("email", "nobody-" + email, "password", "pas-le-bon-1"))
                .post("/api/auth/login").then().statusCode(401).extract().asString();
        assertThat(unknownEmail).isEqualTo(wrongPassword);
    }

    /** Finding: a disabled account's right password answered 403 "disabled", a wrong one 401. */
    @Test
    void shouldAnswerADisabledAccountsRightPasswordAsAWrongOne() {
        Fixtures.User teacher = fixtures.teacher();
        fixtures.execute("UPDATE account SET enabled = FALSE WHERE id = ?", teacher.id());
        String right = api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("/invalid-credentials")).extract().asString();
        String wrong = api().body(Map.of("email", teacher.email(), "password", "pas-le-bon-1")).post("/api/auth/login")
                .then().statusCode(401).extract().asString();
        assertThat(right).isEqualTo(wrong).doesNotContain("disabled");
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
