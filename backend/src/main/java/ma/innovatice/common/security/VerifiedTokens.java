package ma.innovatice.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Scheduler;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.auth.principal.PrincipalUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import ma.innovatice.common.config.InnovaticeConfig;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parser of bearer tokens, remembering the tokens whose signature and claims it has already
 * verified. Checking an RS256 signature was the largest single cost of an authenticated request in
 * the benchmark's profile, and a client sends the same token for up to an hour. A token verified
 * once is trusted again, without its signature being checked, only until its expiry or the end of
 * its allowed age (whichever comes first, with no clock skew added). Its principal, built once from
 * the token's signed claims as the standard parser builds it, is kept with it and given to every
 * request that sends the token: a principal is read-only (its claims are fixed when it is built), so
 * the claims' JSON is not parsed again on every request. A token is text the server signed, so the same text always verifies the same way: nothing a client
 * can do turns a remembered token into another one. Revocation (a disabled account, a password
 * reset) does not depend on this: the {@link ActiveAccountAugmentor} still checks every request.
 * <p>
 * {@code innovatice.security.verified-tokens} bounds how many are kept (0 turns this off); when
 * full, the least used are forgotten, which costs one signature check per token again. Only
 * tokens whose signature verified are kept, each at most up to the request header's size, with its
 * principal (about twice that).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final DefaultJWTParser parser;
    private final JWTAuthContextInfo context;
    private final int capacity;
    /**
     * Token text to the last second (epoch) at which it may be trusted without a new check; each
     * entry leaves at that second (Caffeine's per-entry expiry), the least used first when full.
     */
    private final Cache<String, Trusted> verified;

    /** A verified token's principal and the last second it may be trusted. */
    private record Trusted(JsonWebToken principal, long until) {
    }

    @Inject
    VerifiedTokens(JWTAuthContextInfo context, InnovaticeConfig config) {
        this(context, config.security().verifiedTokens());
    }

    VerifiedTokens(JWTAuthContextInfo context, int capacity) {
        this.parser = new DefaultJWTParser(context);
        this.context = context;
        this.capacity = capacity;
        this.verified = Caffeine.newBuilder()
                .maximumSize(Math.max(0, capacity))
                .expireAfter(Expiry.creating((String token, Trusted trusted) ->
                        Duration.ofMillis(Math.max(0, trusted.until() * 1000 + 999 - System.currentTimeMillis()))))
                .scheduler(Scheduler.systemScheduler())
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Trusted trusted = verified.getIfPresent(token);
        if (trusted != null) {
            if (now() <= trusted.until()) {
                return trusted.principal();
            }
            verified.invalidate(token);
        }
        JsonWebToken checked = parser.parse(token);
        return remember(token, checked);
    }

    /** The time the parser checks expiry against: the system's, not the application's clock. */
    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** How many tokens are remembered now (for tests). */
    int size() {
        verified.cleanUp();
        return (int) verified.estimatedSize();
    }

    /** The principal requests sending this token get, kept for the next ones while it may be trusted. */
    private JsonWebToken remember(String token, JsonWebToken checked) throws ParseException {
        if (capacity <= 0) {
            return principal(token);
        }
        long until = checked.getExpirationTime();
        Long maxAge = context.getTokenAge();
        if (maxAge != null) {
            until = Math.min(until, checked.getIssuedAtTime() + maxAge);
        }
        JsonWebToken principal = principal(token);
        if (until >= now() && principal instanceof Principal) {
            verified.put(token, new Trusted(principal, until));
        }
        return principal;
    }

    /** The principal of a verified token: its signed claims, completed as the parser does. */
    private JsonWebToken principal(String token) throws ParseException {
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
            JwtClaims claims = JwtClaims.parse(new String(payload, StandardCharsets.UTF_8));
            PrincipalUtils.setClaims(claims, token, context);
            return new Principal(token, claims);
        } catch (InvalidJwtException | IllegalArgumentException e) {
            // Cannot happen for a token that verified; check it again rather than trust it.
            verified.invalidate(token);
            return parser.parse(token);
        }
    }

    /**
     * The standard principal, except that asking for a claim of the application's own (such as
     * {@code tgen}) costs no exception: the standard one looks every name up as a constant of
     * {@link Claims} and catches the failure, which was 7 % of an authenticated list's time.
     */
    static final class Principal extends DefaultJWTCallerPrincipal {

        private static final Map<String, Claims> STANDARD = Arrays.stream(Claims.values())
                .collect(Collectors.toUnmodifiableMap(Claims::name, claim -> claim));

        Principal(String token, JwtClaims claims) {
            super(token, "JWT", claims);
        }

        @Override
        protected Claims getClaimType(String name) {
            return STANDARD.getOrDefault(name, Claims.UNKNOWN);
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo info) throws ParseException {
        return parser.parse(token, info);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
