package ma.innovatice.common.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A valid signature is not enough: the account named by the token's subject must still exist, be
 * enabled and hold the role the token claims, and the token must belong to the account's current
 * generation (a password reset or change starts a new one). A disabled, deleted or re-roled account,
 * or a token from before a reset, is refused at once, whatever the remaining life of the token, and
 * whichever API process made the change: every authenticated request reads the account's row,
 * nothing of it is kept in memory. The read is one primary-key statement of the two columns the
 * check needs, over plain JDBC (no entity, no password hash, no ORM session), on a worker thread.
 * For {@code GET /api/me} the same statement also reads what that page shows, handed to it as a
 * {@link SignedInAccount} attribute of the identity, so the page costs one read of the account, not two.
 */
@ApplicationScoped
public class ActiveAccountAugmentor implements SecurityIdentityAugmentor {

    /** The claim that carries the generation of the account's tokens a token was issued in. */
    public static final String GENERATION_CLAIM = "tgen";

    /** As mp.jwt.verify.clock.skew. */
    private static final long MAX_SKEW_SECONDS = 30;
    private static final String CHECK = "SELECT role, token_generation FROM account WHERE id = ? AND enabled = TRUE";
    /** The check, and the columns of {@link SignedInAccount}. */
    private static final String CHECK_AND_READ = "SELECT role, token_generation, email, first_name, last_name, "
            + "preferred_language, region_code, school_name, school_level, discipline, phone, reminders_enabled, "
            + "privacy_notice_version, privacy_accepted_at, created_at, erased_at FROM account WHERE id = ? AND enabled = TRUE";
    private static final String OWN_ACCOUNT_PATH = "/api/me";

    private final AgroalDataSource dataSource;

    ActiveAccountAugmentor(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        // A token dated in the future (beyond the clock skew) was not issued by this server's clock.
        if (token.getIssuedAtTime() > Instant.now().getEpochSecond() + MAX_SKEW_SECONDS) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token is dated in the future"));
        }
        long accountId;
        try {
            accountId = parseSubject(token.getSubject());
        } catch (AuthenticationFailedException e) {
            return Uni.createFrom().failure(e);
        }
        boolean ownAccountPage = isOwnAccountPage(identity);
        return context.runBlocking(() -> {
            Active active = activeAccount(accountId, ownAccountPage);
            SecurityIdentity checked = verdict(identity, token, active);
            return active.account() == null ? checked
                    : QuarkusSecurityIdentity.builder(checked).addAttribute(SignedInAccount.ATTRIBUTE, active.account()).build();
        });
    }

    /** Whether the request is {@code GET /api/me}, the page that shows the account the check reads. */
    private static boolean isOwnAccountPage(SecurityIdentity identity) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(identity);
        return request != null && request.request().method() == HttpMethod.GET
                && OWN_ACCOUNT_PATH.equals(request.normalizedPath());
    }

    private static SecurityIdentity verdict(SecurityIdentity identity, JsonWebToken token, Active active) {
        if (active == null || identity.getRoles().size() != 1 || !identity.hasRole(active.role())) {
            throw new AuthenticationFailedException("The account of this token is not active");
        }
        if (generation(token) != active.tokenGeneration()) {
            throw new AuthenticationFailedException("The token was issued before the account's password was reset");
        }
        return identity;
    }

    private static long parseSubject(String subject) {
        try {
            return Long.parseLong(subject);
        } catch (NumberFormatException | NullPointerException e) {
            throw new AuthenticationFailedException("The token's subject is not an account");
        }
    }

    /** The token generation it was issued in; tokens issued before generations existed carry none (0). */
    private static long generation(JsonWebToken token) {
        Object claim = token.getClaim(GENERATION_CLAIM);
        if (claim == null) {
            return 0;
        }
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        throw new AuthenticationFailedException("The token's generation is not a number");
    }

    /** What the check read; the account only when the page shows it. */
    private record Active(String role, int tokenGeneration, SignedInAccount account) {
    }

    /** The account's role and token generation when it is enabled; null when it is not (or is gone). */
    private Active activeAccount(long accountId, boolean withAccount) {
        // Its own connection: the check runs before the request's work, outside any transaction. A
        // database out of reach surfaces as a JDBCConnectionException: 503 (ProblemMappers).
        try (Connection connection = dataSource.getConnection();
             PreparedStatement check = connection.prepareStatement(withAccount ? CHECK_AND_READ : CHECK)) {
            check.setLong(1, accountId);
            try (ResultSet row = check.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                SignedInAccount account = !withAccount ? null : new SignedInAccount(accountId, row.getString(3),
                        row.getString(4), row.getString(5), row.getString(1), row.getString(6), row.getString(7),
                        row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getBoolean(12),
                        (Integer) row.getObject(13, Integer.class), instant(row, 14), instant(row, 15), instant(row, 16));
                return new Active(row.getString(1), row.getInt(2), account);
            }
        } catch (SQLException e) {
            throw new JDBCConnectionException("The account check could not read the database", e);
        }
    }

    /** A DATETIME column, stored in UTC (quarkus.hibernate-orm.jdbc.timezone). */
    private static Instant instant(ResultSet row, int column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
