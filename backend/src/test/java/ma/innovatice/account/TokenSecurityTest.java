package ma.innovatice.account;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.ForgedTokens;
import ma.innovatice.testing.Fixtures.User;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static ma.innovatice.testing.Api.api;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Every kind of bad token is refused with 401 problem+json; a valid token of the wrong role gets 403. */
@QuarkusTest
class TokenSecurityTest {

    @Inject
    Fixtures fixtures;

    private static JwtClaimsBuilder claims(User user, String role) {
        Instant now = Instant.now();
        return Jwt.issuer("https://innovatice.ma").audience("innovatice-api").subject(String.valueOf(user.id()))
                .upn(user.email()).groups(Set.of(role)).issuedAt(now).expiresAt(now.plusSeconds(600));
    }

    private static void refused(String token) {
        api(token).get("/api/me").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void shouldAcceptAWellFormedTokenOfAnActiveAccount() {
        User teacher = fixtures.teacher();
        api(claims(teacher, "TEACHER").sign()).get("/api/me").then().statusCode(200).body("id", equalTo((int) teacher.id()));
    }

    @Test
    void shouldRefuseARequestWithoutToken() {
        api().get("/api/me").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        User teacher = fixtures.teacher();
        Instant past = Instant.now().minusSeconds(7200);
        refused(claims(teacher, "TEACHER").issuedAt(past).expiresAt(past.plusSeconds(600)).sign());
    }

    @Test
    void shouldRefuseATokenExpiredJustBeyondTheClockSkew() {
        User teacher = fixtures.teacher();
        Instant now = Instant.now();
        refused(claims(teacher, "TEACHER").issuedAt(now.minusSeconds(660)).expiresAt(now.minusSeconds(60)).sign());
    }

    @Test
    void shouldRefuseATokenNotYetValid() {
        User teacher = fixtures.teacher();
        Instant now = Instant.now();
        refused(claims(teacher, "TEACHER").claim("nbf", now.plusSeconds(600).getEpochSecond()).sign());
        refused(claims(teacher, "TEACHER").issuedAt(now.plusSeconds(600)).expiresAt(now.plusSeconds(1200)).sign());
    }

    @Test
    void shouldRefuseATokenWithoutGroups() {
        User teacher = fixtures.teacher();
        Instant now = Instant.now();
        refused(Jwt.issuer("https://innovatice.ma").audience("innovatice-api").subject(String.valueOf(teacher.id()))
                .upn(teacher.email()).issuedAt(now).expiresAt(now.plusSeconds(600)).sign());
    }

    @Test
    void shouldRefuseATokenLivingLongerThanAllowed() {
        User teacher = fixtures.teacher();
        Instant issued = Instant.now().minusSeconds(3700);
        refused(claims(teacher, "TEACHER").issuedAt(issued).expiresAt(issued.plusSeconds(86400)).sign());
    }

    @Test
    void shouldRefuseAWrongIssuerOrAudience() {
        User teacher = fixtures.teacher();
        refused(claims(teacher, "TEACHER").issuer("https://evil.example").sign());
        refused(claims(teacher, "TEACHER").audience("another-api").sign());
    }

    @Test
    void shouldRefuseATamperedToken() {
        User teacher = fixtures.teacher();
        refused(ForgedTokens.withClaimsEdited(claims(teacher, "TEACHER").sign(), "\"TEACHER\"", "\"ADMIN\""));
    }

    @Test
    void shouldRefuseAnUnsignedToken() {
        User teacher = fixtures.teacher();
        String[] parts = claims(teacher, "ADMIN").sign().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(none + "." + parts[1] + ".");
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws NoSuchAlgorithmException {
        User teacher = fixtures.teacher();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        refused(claims(teacher, "TEACHER").sign(foreign));
    }

    @Test
    void shouldRefuseAnHs256TokenSignedWithThePublicKey() throws java.io.IOException {
        User teacher = fixtures.teacher();
        byte[] publicKey;
        try (var in = getClass().getClassLoader().getResourceAsStream("test-jwt-public.pem")) {
            publicKey = in.readAllBytes();
        }
        refused(claims(teacher, "TEACHER").jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new javax.crypto.spec.SecretKeySpec(publicKey, "HmacSHA256")));
    }

    @Test
    void shouldRefuseAValidTokenOfADisabledOrDeletedAccount() {
        User disabled = fixtures.teacher();
        String token = disabled.token();
        api(token).get("/api/me").then().statusCode(200);
        fixtures.execute("UPDATE account SET enabled = FALSE WHERE id = ?", disabled.id());
        refused(token);

        User deleted = fixtures.teacher();
        fixtures.execute("DELETE FROM audit_log WHERE entity_type = 'ACCOUNT' AND entity_id = ?", deleted.id());
        fixtures.execute("DELETE FROM account WHERE id = ?", deleted.id());
        refused(deleted.token());
    }

    @Test
    void shouldRefuseATokenClaimingARoleTheAccountDoesNotHold() {
        User teacher = fixtures.teacher();
        refused(claims(teacher, "ADMIN").sign());
    }

    @Test
    void shouldForbidAnOperationOfAnotherRole() {
        User teacher = fixtures.teacher();
        api(teacher.token()).get("/api/accounts").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
    }
}
