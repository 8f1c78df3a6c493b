package ma.innovatice.common.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A valid signature is not enough: the account named by the token's subject must still exist, be
 * enabled and hold the role the token claims. A disabled, deleted or re-roled account is refused
 * at once, whatever the remaining life of its tokens.
 */
@ApplicationScoped
public class ActiveAccountAugmentor implements SecurityIdentityAugmentor {

    /** As mp.jwt.verify.clock.skew. */
    private static final long MAX_SKEW_SECONDS = 30;

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
        return context.runBlocking(() -> {
            long accountId = parseSubject(token.getSubject());
            String role = activeRole(accountId);
            if (role == null || identity.getRoles().size() != 1 || !identity.hasRole(role)) {
                throw new AuthenticationFailedException("The account of this token is not active");
            }
            return identity;
        });
    }

    private static long parseSubject(String subject) {
        try {
            return Long.parseLong(subject);
        } catch (NumberFormatException | NullPointerException e) {
            throw new AuthenticationFailedException("The token's subject is not an account");
        }
    }

    private String activeRole(long accountId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT role FROM account WHERE id = ? AND enabled = TRUE")) {
            statement.setLong(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            // The database is out of reach: the caller gets 503 (see ProblemMappers), not a 500.
            throw new JDBCConnectionException("Cannot read the account of a token", e);
        }
    }
}
