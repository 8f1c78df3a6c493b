package ma.innovatice.account;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AccountResourceTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> account(String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", "member-" + UUID.randomUUID() + "@jury.innovatice.ma");
        body.put("password", "jury-secret-2026");
        body.put("firstName", "Rachid");
        body.put("lastName", "Benali");
        body.put("role", role);
        body.put("preferredLanguage", "fr");
        return body;
    }

    @Test
    void shouldLetAnAdminCreateJurorsAndAdminsWhoCanLogIn() {
        User admin = fixtures.admin();
        Map<String, Object> juror = account("JURY");
        long id = api(admin.token()).body(juror).post("/api/accounts").then()
                .statusCode(201)
                .body("role", equalTo("JURY"))
                .extract().jsonPath().getLong("id");
        api().body(Map.of("email", juror.get("email"), "password", "jury-secret-2026")).post("/api/auth/login")
                .then().statusCode(200).body("account.role", equalTo("JURY"));
        assertThat(fixtures.rows("SELECT actor_id FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? "
                + "AND action = 'CREATE'", id).get(0).get("actor_id")).isEqualTo(admin.id());
    }

    @Test
    void shouldAnswerTheLocationOfTheNewAccount() {
        User admin = fixtures.admin();
        var response = api(admin.token()).body(account("ADMIN")).post("/api/accounts");
        long id = response.then().statusCode(201).body("role", equalTo("ADMIN")).extract().jsonPath().getLong("id");
        assertThat(response.header("Location")).endsWith("/api/accounts/" + id);
        api(admin.token()).get(response.header("Location").replaceAll("^https?://[^/]+", "")).then().statusCode(200)
                .body("id", equalTo((int) id));
    }

    @Test
    void shouldNotCreateTeachersOrDuplicatesThroughAdministration() {
        User admin = fixtures.admin();
        invalidRequest(admin.token()).body(account("TEACHER")).post("/api/accounts").then().statusCode(400)
                .body("errors.field", hasItem("role"));
        Map<String, Object> body = account("JURY");
        api(admin.token()).body(body).post("/api/accounts").then().statusCode(201);
        api(admin.token()).body(body).post("/api/accounts").then().statusCode(409)
                .body("type", endsWith("/duplicate-email"));
    }

    @Test
    void shouldKeepAccountAdministrationToAdmins() {
        User juror = fixtures.juror();
        api(juror.token()).body(account("JURY")).post("/api/accounts").then().statusCode(403);
        api().body(account("JURY")).post("/api/accounts").then().statusCode(401);
        api(juror.token()).get("/api/accounts/{id}", juror.id()).then().statusCode(403);
        api(juror.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", juror.id()).then().statusCode(403);
    }

    @Test
    void shouldListAccountsByRoleAndTextOnePageAtATime() {
        User admin = fixtures.admin();
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = account("JURY");
            body.put("lastName", marker + i);
            api(admin.token()).body(body).post("/api/accounts").then().statusCode(201);
        }
        api(admin.token()).queryParam("role", "JURY").queryParam("q", marker).queryParam("size", 2)
                .get("/api/accounts").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2));
        api(admin.token()).queryParam("role", "JURY").queryParam("q", marker).queryParam("size", 2).queryParam("page", 1)
                .get("/api/accounts").then().statusCode(200).body("items", hasSize(1));
        api(admin.token()).queryParam("role", "TEACHER").get("/api/accounts").then().statusCode(200)
                .body("items.role", everyItem(equalTo("TEACHER"))).body("total", greaterThanOrEqualTo(0));
        invalidRequest(admin.token()).queryParam("size", 500).get("/api/accounts").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        invalidRequest(admin.token()).queryParam("page", -1).get("/api/accounts").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void shouldDisableAnAccountWhoseTokensStopWorkingAtOnce() {
        User admin = fixtures.admin();
        User juror = fixtures.juror();
        api(juror.token()).get("/api/me").then().statusCode(200);
        api(admin.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", juror.id()).then()
                .statusCode(200).body("enabled", equalTo(false));
        api(juror.token()).get("/api/me").then().statusCode(401);
        api(admin.token()).body(Map.of("enabled", true)).patch("/api/accounts/{id}", juror.id()).then()
                .statusCode(200).body("enabled", equalTo(true));
        api(juror.token()).get("/api/me").then().statusCode(200);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? "
                + "AND action = 'UPDATE'", juror.id())).isEqualTo(2);
    }

    @Test
    void shouldNotLetAnAdminDisableThemself() {
        User admin = fixtures.admin();
        api(admin.token()).body(Map.of("enabled", false)).patch("/api/accounts/{id}", admin.id()).then()
                .statusCode(409).body("type", endsWith("/self-disable"));
        assertThat(fixtures.rows("SELECT enabled FROM account WHERE id = ?", admin.id()).get(0).get("enabled"))
                .isEqualTo(true);
    }

    @Test
    void shouldAnswer404ForAnUnknownAccount() {
        User admin = fixtures.admin();
        api(admin.token()).get("/api/accounts/{id}", 987654321L).then().statusCode(404)
                .body("type", endsWith("/not-found"));
        api(admin.token()).body(Map.of("firstName", "X")).patch("/api/accounts/{id}", 987654321L).then().statusCode(404);
    }
}
