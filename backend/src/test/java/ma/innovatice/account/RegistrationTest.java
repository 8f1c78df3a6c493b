package ma.innovatice.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.Fixtures.User;
import ma.innovatice.testing.TestSmtp;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static ma.innovatice.testing.Api.api;
import static ma.innovatice.testing.Api.invalidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * Registration and password reset tell an outsider nothing about which addresses have an account;
 * a registered address is confirmed through its mailbox before it signs in; registrations are
 * limited; look-alike addresses and common passwords are refused.
 */
@QuarkusTest
class RegistrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final List<String> TABLES = List.of("account", "password_token", "outbox_message",
            "password_reset_request", "audit_log");

    @Inject
    Fixtures fixtures;

    /** A fresh documentation address (RFC 5737) per test, so the per-address limits of the others do not matter. */
    private static String anotherAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private static Map<String, Object> registration(String email, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("firstName", "Salma");
        body.put("lastName", "Bennani");
        body.put("regionCode", "MA-07");
        body.put("schoolName", "École primaire Al Qods, Marrakech");
        body.put("schoolLevel", "PRIMAIRE");
        body.put("preferredLanguage", "fr");
        body.put("privacyNoticeVersion", 1);
        return body;
    }

    private static Response register(Map<String, Object> body) {
        return api().header("X-Forwarded-For", anotherAddress()).body(body).post("/api/auth/register");
    }

    private static String newEmail() {
        return "inscription-" + UUID.randomUUID() + "@test.innovatice.ma";
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, fixtures.count("SELECT COUNT(*) FROM " + table)));
        return counts;
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new LinkedHashMap<>();
        before.forEach((table, count) -> delta.put(table, after.get(table) - count));
        return delta;
    }

    /** Finding: registration answered 409 for an existing email. */
    @Test
    void shouldAnswerARegistrationOfAnExistingEmailExactlyAsANewOne() {
        User existing = fixtures.teacher();
        String fresh = newEmail();

        Response known = register(registration(existing.email(), "une-classe-2026"));
        Response unknown = register(registration(fresh, "une-classe-2026"));

        assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(202);
        assertThat(known.contentType()).isEqualTo(unknown.contentType());
        assertThat(known.jsonPath().getMap("$").keySet()).isEqualTo(unknown.jsonPath().getMap("$").keySet());
        assertThat(known.jsonPath().getString("email")).isEqualTo(existing.email());
        // Still one account for the existing address, whose password has not changed.
        assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", existing.email())).isEqualTo(1);
        api().body(Map.of("email", existing.email(), "password", Fixtures.PASSWORD)).post("/api/auth/login")
                .then().statusCode(200);
        // What differs went to the mailboxes.
        assertThat(fixtures.rows("SELECT kind FROM outbox_message WHERE recipient = ?", existing.email()))
                .extracting(r -> r.get("kind")).containsExactly("REGISTRATION_ATTEMPT");
        assertThat(fixtures.rows("SELECT kind FROM outbox_message WHERE recipient = ?", fresh))
                .extracting(r -> r.get("kind")).containsExactly("EMAIL_CONFIRMATION");
        assertThat(fixtures.rows("SELECT text_body FROM outbox_message WHERE recipient = ?", existing.email()).get(0)
                .get("text_body").toString()).contains("http://localhost:8080/forgot-password");

        // The owner is told at most once an hour, however often someone tries.
        register(registration(existing.email(), "une-classe-2026")).then().statusCode(202);
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", existing.email())).isEqualTo(1);
    }

    @Test
    void shouldSignInOnlyOnceTheAddressIsConfirmedWithItsSingleUseLink() {
        String email = newEmail();
        register(registration(email, "une-classe-2026")).then().statusCode(202);

        // Before confirmation, the right password answers as a wrong one.
        String right = api().body(Map.of("email", email, "password", "une-classe-2026")).post("/api/auth/login")
                .then().statusCode(401).extract().asString();
        String wrong = api().body(Map.of("email", email, "password", "pas-la-bonne-1")).post("/api/auth/login")
                .then().statusCode(401).extract().asString();
        assertThat(right).isEqualTo(wrong);

        String token = TestSmtp.token((String) fixtures.rows("SELECT text_body FROM outbox_message WHERE recipient = ?",
                email).get(0).get("text_body"));
        assertThat(fixtures.rows("SELECT purpose FROM password_token WHERE token_hash = ?", PasswordTokens.hash(token))
                .get(0).get("purpose")).isEqualTo("CONFIRMATION");
        String access = api().body(Map.of("token", token)).post("/api/auth/confirm-email").then().statusCode(200)
                .body("account.email", equalTo(email)).body("account.role", equalTo("TEACHER"))
                .extract().path("accessToken");
        api(access).get("/api/me").then().statusCode(200).body("email", equalTo(email));
        api().body(Map.of("email", email, "password", "une-classe-2026")).post("/api/auth/login").then().statusCode(200);

        // Single use; and a confirmation link is no password link.
        api().body(Map.of("token", token)).post("/api/auth/confirm-email").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://innovatice.ma/problems/invalid-token"));
        api().body(Map.of("token", token, "password", "nouveau-secret-77")).post("/api/auth/password-reset/confirm")
                .then().statusCode(400).body("type", equalTo("https://innovatice.ma/problems/invalid-token"));
    }

    /** Finding (issue 17, point 8): registration asked no region, school or level, yet the competition is regional. */
    @Test
    void shouldRequireTheRegionSchoolAndLevelAndKeepThemOnTheProfile() {
        for (String field : List.of("regionCode", "schoolName", "schoolLevel")) {
            String email = newEmail();
            Map<String, Object> body = registration(email, "une-classe-2026");
            body.remove(field);
            invalidRequest().header("X-Forwarded-For", anotherAddress()).body(body).post("/api/auth/register").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
            assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isZero();
        }
        Map<String, Object> invalid = registration(newEmail(), "une-classe-2026");
        invalid.put("regionCode", "MA-13");
        invalid.put("schoolName", "   ");
        invalid.put("schoolLevel", "LYCEE");
        invalidRequest().header("X-Forwarded-For", anotherAddress()).body(invalid).post("/api/auth/register").then()
                .statusCode(400).body("errors.field", hasItems("regionCode", "schoolName", "schoolLevel"));

        String email = newEmail();
        Map<String, Object> body = registration(email, "une-classe-2026");
        body.put("discipline", "Mathématiques");
        register(body).then().statusCode(202);
        assertThat(fixtures.rows("SELECT region_code, school_name, school_level, discipline FROM account WHERE email = ?",
                email).get(0)).containsEntry("region_code", "MA-07")
                .containsEntry("school_name", "École primaire Al Qods, Marrakech")
                .containsEntry("school_level", "PRIMAIRE").containsEntry("discipline", "Mathématiques");
        String access = fixtures.confirmRegistration(email);
        api(access).get("/api/me").then().statusCode(200)
                .body("regionCode", equalTo("MA-07")).body("academy.fr", equalTo("AREF Marrakech-Safi"))
                .body("schoolName", equalTo("École primaire Al Qods, Marrakech"))
                .body("schoolLevel", equalTo("PRIMAIRE")).body("discipline", equalTo("Mathématiques"));
    }

    @Test
    void shouldGiveEachLinkOfAnUnconfirmedAddressThePasswordOfItsOwnRegistration() {
        String email = newEmail();
        register(registration(email, "premier-essai-31")).then().statusCode(202);
        register(registration(email, "second-essai-42")).then().statusCode(202);
        assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isEqualTo(1);
        List<String> tokens = fixtures.rows("SELECT text_body FROM outbox_message WHERE recipient = ? ORDER BY id", email)
                .stream().map(r -> TestSmtp.token((String) r.get("text_body"))).toList();
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();

        api().body(Map.of("token", tokens.get(0))).post("/api/auth/confirm-email").then().statusCode(200);
        api().body(Map.of("email", email, "password", "premier-essai-31")).post("/api/auth/login").then().statusCode(200);
        api().body(Map.of("email", email, "password", "second-essai-42")).post("/api/auth/login").then().statusCode(401);
        // The other link is spent.
        api().body(Map.of("token", tokens.get(1))).post("/api/auth/confirm-email").then().statusCode(400);
    }

    /** Finding: a password reset was measurably slower for existing accounts (it did more work). */
    @Test
    void shouldDoTheSameWorkForAResetOfAnExistingAndOfAnUnknownAddress() {
        User teacher = fixtures.teacher();
        String unknown = "personne-" + UUID.randomUUID() + "@test.innovatice.ma";

        Map<String, Long> beforeKnown = counts();
        Response known = api().body(Map.of("email", teacher.email())).post("/api/auth/password-reset");
        Map<String, Long> afterKnown = counts();
        Response missing = api().body(Map.of("email", unknown)).post("/api/auth/password-reset");
        Map<String, Long> afterMissing = counts();

        assertThat(known.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(202);
        assertThat(known.asString()).isEqualTo(missing.asString());
        Map<String, Long> oneRequestRow = Map.of("account", 0L, "password_token", 0L, "outbox_message", 0L,
                "password_reset_request", 1L, "audit_log", 0L);
        assertThat(delta(beforeKnown, afterKnown)).isEqualTo(oneRequestRow);
        assertThat(delta(afterKnown, afterMissing)).isEqualTo(oneRequestRow);

        // Then, away from the request, the account (only) gets its link and the requests are gone.
        fixtures.handlePasswordResetRequests();
        assertThat(fixtures.count("SELECT COUNT(*) FROM password_reset_request WHERE email IN (?, ?)", teacher.email(),
                unknown)).isZero();
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND kind = 'PASSWORD_RESET'",
                teacher.email())).isEqualTo(1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", unknown)).isZero();
    }

    @Test
    void shouldConfirmAnAddressWhoseOwnerSetsAPasswordThroughAResetLink() {
        String email = newEmail();
        register(registration(email, "une-classe-2026")).then().statusCode(202);
        api().body(Map.of("email", email)).post("/api/auth/password-reset").then().statusCode(202);
        fixtures.handlePasswordResetRequests();
        String token = TestSmtp.token((String) fixtures.rows("SELECT text_body FROM outbox_message WHERE recipient = ? "
                + "AND kind = 'PASSWORD_RESET'", email).get(0).get("text_body"));
        api().body(Map.of("token", token, "password", "nouveau-secret-77")).post("/api/auth/password-reset/confirm")
                .then().statusCode(204);
        api().body(Map.of("email", email, "password", "nouveau-secret-77")).post("/api/auth/login").then().statusCode(200);
    }

    /** Finding: registration had no rate limit. */
    @Test
    void shouldLimitRegistrationsPerClientAddress() {
        String address = anotherAddress();
        // The test profile allows 100 per address and hour; every registration counts, valid or not.
        for (int i = 0; i < 100; i++) {
            api().header("X-Forwarded-For", address).body(registration(newEmail(), "password12"))
                    .post("/api/auth/register").then().statusCode(400);
        }
        String email = newEmail();
        Response refused = api().header("X-Forwarded-For", address).body(registration(email, "une-classe-2026"))
                .post("/api/auth/register");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://innovatice.ma/problems/too-many-attempts"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L + 1);
        assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isZero();
        // Another address may.
        register(registration(email, "une-classe-2026")).then().statusCode(202);
    }

    /** Finding: look-alike addresses ({@code аdmin@…} with a Cyrillic а) were accepted. */
    @Test
    void shouldRefuseAnEmailWithLettersOfAnotherScript() {
        String suffix = UUID.randomUUID() + "@test.innovatice.ma";
        for (String email : List.of("\u0430dmin-" + suffix, "admin-" + UUID.randomUUID() + "@\u00e9cole.ma",
                "admin-" + UUID.randomUUID() + "@\u0645\u062f\u0631\u0633\u0629.ma")) {
            invalidRequest().header("Accept-Language", "en").header("X-Forwarded-For", anotherAddress()).body(registration(email, "une-classe-2026"))
                    .post("/api/auth/register").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("email"))
                    .body("errors.message", hasItem(EmailAddresses.ASCII_MESSAGE));
            assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isZero();
        }
        // A domain in another script is accepted as its punycode; names are not restricted.
        Map<String, Object> body = registration("ustad-" + UUID.randomUUID() + "@xn--mgbai1a2ak.ma", "une-classe-2026");
        body.put("firstName", "\u0633\u0644\u0645\u0649");
        body.put("lastName", "B\u00e9nnani");
        register(body).then().statusCode(202);

        User admin = fixtures.admin();
        invalidRequest(admin.token()).body(Map.of("email", "\u0430dmin-" + suffix, "firstName", "A", "lastName", "B", "role", "JURY"))
                .post("/api/accounts").then().statusCode(400).body("errors.field", hasItem("email"));
    }

    /** Finding: weak passwords such as {@code password12} passed. */
    @Test
    void shouldRefuseCommonAndPersonalPasswords() {
        for (String weak : List.of("password12", "Motdepasse2024!", "azerty123456", "123456789a", "aaaaaaaaa1",
                "abcdefgh12", "Salma-2024-ok", "inscription77")) {
            String email = newEmail();
            register(registration(email, weak)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("password"));
            assertThat(fixtures.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isZero();
        }
    }
}
