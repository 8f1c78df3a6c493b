package ma.innovatice.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class MeResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldReturnTheCallersOwnAccount() {
        User juror = fixtures.juror();
        api(juror.token()).get("/api/me").then().statusCode(200)
                .body("id", equalTo((int) juror.id()))
                .body("email", equalTo(juror.email()))
                .body("role", equalTo("JURY"));
    }

    /** Statements the database server has run, counted as the benchmark counts them. */
    private long statements() {
        return fixtures.rows("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert', 'Com_update', "
                + "'Com_delete')").stream().mapToLong(row -> Long.parseLong(row.get("Value").toString())).sum();
    }

    @Test
    void shouldReadTheOwnAccountOnceAndShowItAsTheEntityReadsIt() {
        User teacher = fixtures.teacher();
        Map<String, Object> read = api(teacher.token()).get("/api/me").then().statusCode(200).extract().jsonPath()
                .getMap("$");
        // The answer of a write, built from the entity: every field the same as the page's single read.
        Map<String, Object> written = api(teacher.token()).body(Map.of("remindersEnabled", true)).patch("/api/me").then()
                .statusCode(200).extract().jsonPath().getMap("$");
        assertThat(read).isEqualTo(written);

        // The account check and the page share one statement: 50 pages, 50 reads of the account (the
        // pool's checks of its connections, SELECT 1, at most one per pooled connection, may fall in between).
        long before = statements();
        for (int i = 0; i < 50; i++) {
            api(teacher.token()).get("/api/me").then().statusCode(200).body("id", equalTo((int) teacher.id()));
        }
        assertThat(statements() - before).isBetween(50L, 75L);
    }

    @Test
    void shouldChangeNamesAndLanguageAndLeaveTheRestAlone() {
        User teacher = fixtures.teacher();
        api(teacher.token()).body(Map.of("firstName", "  Meryem ", "preferredLanguage", "en"))
                .patch("/api/me").then().statusCode(200)
                .body("firstName", equalTo("Meryem"))
                .body("lastName", equalTo("Nom"))
                .body("preferredLanguage", equalTo("en"));
        Map<String, Object> row = fixtures.rows("SELECT first_name, last_name, preferred_language FROM account WHERE id = ?",
                teacher.id()).get(0);
        assertThat(row).containsEntry("first_name", "Meryem").containsEntry("last_name", "Nom")
                .containsEntry("preferred_language", "en");
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? "
                + "AND action = 'UPDATE' AND before_state LIKE '%\"firstName\":\"Prénom\"%' "
                + "AND after_state LIKE '%\"firstName\":\"Meryem\"%'", teacher.id())).isEqualTo(1);
    }

    @Test
    void shouldChangeThePasswordOnlyWithTheCurrentOne() {
        User teacher = fixtures.teacher();
        api(teacher.token()).body(Map.of("currentPassword", "not-the-password-1", "newPassword", "nouveau-mot-2026"))
                .post("/api/me/password").then().statusCode(400)
                .body("errors.field", hasItem("currentPassword"));
        api().body(Map.of("email", teacher.email(), "password", "nouveau-mot-2026")).post("/api/auth/login")
                .then().statusCode(401);
        api(teacher.token()).get("/api/me").then().statusCode(200);

        String otherSession = api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().jsonPath().getString("accessToken");
        String renewed = api(teacher.token()).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "nouveau-mot-2026"))
                .post("/api/me/password").then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("account.id", equalTo((int) teacher.id()))
                .extract().jsonPath().getString("accessToken");
        // Every session from before the change is over, this one's old token included; the new token works.
        for (String old : java.util.List.of(teacher.token(), otherSession)) {
            invalidRequest(old).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        }
        api(renewed).get("/api/me").then().statusCode(200).body("email", equalTo(teacher.email()));
        api().body(Map.of("email", teacher.email(), "password", "nouveau-mot-2026")).post("/api/auth/login")
                .then().statusCode(200);
        api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login")
                .then().statusCode(401);
        assertThat(fixtures.count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ? "
                + "AND action = 'PASSWORD_CHANGE' AND after_state NOT LIKE '%nouveau%'", teacher.id())).isEqualTo(1);
        // The profile update takes no password: it has an operation of its own.
        invalidRequest(renewed).body(Map.of("currentPassword", "nouveau-mot-2026", "newPassword", "encore-un-2027"))
                .patch("/api/me").then().statusCode(400).body("type", endsWith("/validation"));
    }

    @Test
    void shouldRefuseAWeakNewPasswordAndBlankNames() {
        User teacher = fixtures.teacher();
        api(teacher.token()).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "onlyletters"))
                .post("/api/me/password").then().statusCode(400).body("errors.field", hasItem("newPassword"));
        invalidRequest(teacher.token()).body(Map.of("newPassword", "nouveau-mot-2026")).post("/api/me/password").then()
                .statusCode(400).body("errors.field", hasItem("currentPassword"));
        api(teacher.token()).get("/api/me").then().statusCode(200);
        api(teacher.token()).body(Map.of("firstName", "   ")).patch("/api/me").then().statusCode(400)
                .body("errors.field", hasItem("firstName"));
        invalidRequest(teacher.token()).body(Map.of("role", "ADMIN")).patch("/api/me").then().statusCode(400)
                .body("type", endsWith("/validation")).body("errors[0].field", equalTo("role"));
        assertThat(fixtures.rows("SELECT role, first_name FROM account WHERE id = ?", teacher.id()).get(0))
                .containsEntry("role", "TEACHER").containsEntry("first_name", "Prénom");
    }

    /** Finding: a token holder could guess the current password without limit. */
    @Test
    void shouldLimitWrongCurrentPasswordsPerAccount() {
        User teacher = fixtures.teacher();
        for (int i = 0; i < 5; i++) {
            api(teacher.token()).body(Map.of("currentPassword", "guess-number-" + i, "newPassword", "nouveau-mot-2026"))
                    .post("/api/me/password").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        }
        // Even the right password is refused now, before it is checked, with the seconds to wait.
        Response refused = api(teacher.token())
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "nouveau-mot-2026"))
                .post("/api/me/password");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://innovatice.ma/problems/too-many-attempts"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L + 1);
        api().body(Map.of("email", teacher.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login")
                .then().statusCode(200);

        // Another account is not held back by it.
        User other = fixtures.teacher();
        api(other.token()).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "nouveau-mot-2026"))
                .post("/api/me/password").then().statusCode(200);
    }

    /** Finding: the new password could be the current one. */
    @Test
    void shouldRefuseANewPasswordEqualToTheCurrentOne() {
        User teacher = fixtures.teacher();
        api(teacher.token()).header("Accept-Language", "en").body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", Fixtures.PASSWORD))
                .post("/api/me/password").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("newPassword"))
                .body("errors.message", hasItem(AccountService.SAME_PASSWORD));
        // Nothing changed: the token of before still works.
        api(teacher.token()).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldKeepATeachingProfileWithTheAcademyOfTheRegion() {
        User teacher = fixtures.teacher();
        api(teacher.token()).body(Map.of("regionCode", "MA-09", "schoolName", "  Lycée Al Khawarizmi ", "schoolLevel",
                "SECONDAIRE_QUALIFIANT", "discipline", "Informatique", "phone", "+212 6 12 34 56 78"))
                .patch("/api/me").then().statusCode(200)
                .body("regionCode", equalTo("MA-09"))
                .body("academy.fr", equalTo("AREF Souss-Massa"))
                .body("academy.ar", equalTo("الأكاديمية الجهوية للتربية والتكوين لجهة سوس - ماسة"))
                .body("schoolName", equalTo("Lycée Al Khawarizmi"))
                .body("schoolLevel", equalTo("SECONDAIRE_QUALIFIANT"))
                .body("phone", equalTo("+212 6 12 34 56 78"));
        assertThat(fixtures.rows("SELECT region_code, school_name, discipline FROM account WHERE id = ?", teacher.id()).get(0))
                .containsEntry("region_code", "MA-09").containsEntry("school_name", "Lycée Al Khawarizmi")
                .containsEntry("discipline", "Informatique");

        api(teacher.token()).body(Map.of("phone", "")).patch("/api/me").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("phone")))
                .body("regionCode", equalTo("MA-09"));
    }

    @Test
    void shouldRefuseAProfileOutsideTheReferenceLists() {
        User teacher = fixtures.teacher();
        invalidRequest(teacher.token()).body(Map.of("regionCode", "MA-13", "schoolLevel", "LICENCE", "phone", "call me"))
                .patch("/api/me").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("regionCode", "schoolLevel", "phone"));
        assertThat(fixtures.rows("SELECT region_code FROM account WHERE id = ?", teacher.id()).get(0).get("region_code")).isNull();
    }
}
