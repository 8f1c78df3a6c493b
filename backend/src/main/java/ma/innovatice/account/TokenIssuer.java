package ma.innovatice.account;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.security.ActiveAccountAugmentor;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Signs access tokens (RS256) with the configured private key. */
@ApplicationScoped
public class TokenIssuer {

    private final InnovaticeConfig.Jwt config;

    TokenIssuer(InnovaticeConfig config) {
        this.config = config.jwt();
    }

    public long ttlSeconds() {
        return config.ttlSeconds();
    }

    /** Tokens are dated by the wall clock that verifies them, never by a test clock. */
    public String issue(Account account) {
        Instant now = Instant.now();
        return Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(String.valueOf(account.id))
                .upn(account.email)
                .groups(Set.of(account.role.name()))
                .claim("lang", account.preferredLanguage.code())
                .claim("jti", UUID.randomUUID().toString())
                .claim(ActiveAccountAugmentor.GENERATION_CLAIM, account.tokenGeneration)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(config.ttlSeconds()))
                .jws().keyId("innovatice")
                .sign();
    }
}
