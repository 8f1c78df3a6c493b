package ma.innovatice.common.security;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import ma.innovatice.testing.Fixtures;
import ma.innovatice.testing.ForgedTokens;
import ma.innovatice.testing.Fixtures.User;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.TreeMap;

import static ma.innovatice.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Tokens verified once are trusted again only as they are, only until they expire, and give the same principal. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Inject
    JWTAuthContextInfo context;

    @Inject
    Fixtures fixtures;

    private static String token(User user, String role, Instant issued, Instant expires) {
        return Jwt.issuer("https://innovatice.ma").audience("innovatice-api").subject(String.valueOf(user.id()))
                .upn(user.email()).groups(Set.of(role)).claim("lang", "ar").claim(ActiveAccountAugmentor.GENERATION_CLAIM, 0)
                .issuedAt(issued).expiresAt(expires).sign();
    }

    private static TreeMap<String, String> claims(JsonWebToken token) {
        TreeMap<String, String> claims = new TreeMap<>();
        token.getClaimNames().forEach(name -> claims.put(name, String.valueOf((Object) token.getClaim(name))));
        return claims;
    }

    @Test
    void theServerParsesTokensThroughIt() {
        assertInstanceOf(VerifiedTokens.class, parser);
    }

    @Test
    void aRememberedTokenGivesThePrincipalTheStandardParserGives() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(context, 10);
        Instant now = Instant.now();
        String token = token(fixtures.teacher(), "TEACHER", now, now.plusSeconds(600));
        JsonWebToken standard = new DefaultJWTParser(context).parse(token);
        JsonWebToken first = tokens.parse(token);
        assertEquals(1, tokens.size());
        JsonWebToken again = tokens.parse(token);
        // Built once: the claims' JSON is not parsed again for a remembered token.
        assertSame(first, again);
        for (JsonWebToken parsed : new JsonWebToken[] {first, again}) {
            assertEquals(claims(standard), claims(parsed));
            assertEquals(standard.getName(), parsed.getName());
            assertEquals(standard.getGroups(), parsed.getGroups());
            assertEquals(standard.getRawToken(), parsed.getRawToken());
            assertEquals(standard.getExpirationTime(), parsed.getExpirationTime());
            VerifiedTokens.Principal principal = (VerifiedTokens.Principal) parsed;
            assertEquals(Claims.UNKNOWN, principal.getClaimType(ActiveAccountAugmentor.GENERATION_CLAIM));
            assertEquals(Claims.upn, principal.getClaimType("upn"));
        }
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(context, 10);
        Instant now = Instant.now();
        User teacher = fixtures.teacher();
        String token = token(teacher, "TEACHER", now, now.plusSeconds(600));
        tokens.parse(token);
        String forged = ForgedTokens.withClaimsEdited(token, "\"TEACHER\"", "\"ADMIN\"");
        assertThrows(ParseException.class, () -> tokens.parse(forged));
        assertEquals(1, tokens.size());
        // Through the server too: the genuine token works, twice, and its forged copy does not.
        api(token).get("/api/me").then().statusCode(200);
        api(token).get("/api/me").then().statusCode(200);
        api(forged).get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenIsTrustedFromMemoryOnlyUntilItExpiresOrOutlivesItsAllowedAge() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(context, 10);
        Instant now = Instant.now();
        User teacher = fixtures.teacher();
        String shortLived = token(teacher, "TEACHER", now, now.plusSeconds(1));
        // Issued almost the allowed age ago (an hour) with a longer expiry: the age decides.
        String aging = token(teacher, "TEACHER", now.minusSeconds(context.getTokenAge() - 1), now.plusSeconds(86_400));
        tokens.parse(shortLived);
        tokens.parse(aging);
        assertEquals(2, tokens.size());
        Thread.sleep(Math.max(0, (now.getEpochSecond() + 2) * 1000 - System.currentTimeMillis() + 100));
        // Past its expiry a token goes back to the standard checks (which still grant the clock skew
        // on the expiry) and is no longer remembered; past its age it is refused, not served from memory.
        tokens.parse(shortLived);
        assertThrows(ParseException.class, () -> tokens.parse(aging));
        // Expired entries are removed for good, not only hidden (the timer wheel's buckets are ~1 s wide).
        for (int wait = 0; wait < 50 && tokens.size() > 0; wait++) {
            Thread.sleep(100);
        }
        assertEquals(0, tokens.size());
        // An expired token is refused and never remembered.
        String expired = token(teacher, "TEACHER", now.minusSeconds(7200), now.minusSeconds(6600));
        assertThrows(ParseException.class, () -> tokens.parse(expired));
        assertEquals(0, tokens.size());
    }

    @Test
    void theNumberRememberedStaysWithinItsBound() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(context, 3);
        Instant now = Instant.now();
        User teacher = fixtures.teacher();
        for (int i = 0; i < 10; i++) {
            tokens.parse(token(teacher, "TEACHER", now, now.plusSeconds(600 + i)));
            assertEquals(Math.min(i + 1, 3), tokens.size());
        }
        VerifiedTokens none = new VerifiedTokens(context, 0);
        none.parse(token(teacher, "TEACHER", now, now.plusSeconds(600)));
        assertEquals(0, none.size());
    }
}
