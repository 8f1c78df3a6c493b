package ma.innovatice.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.persistence.EntityManagerFactory;
import ma.innovatice.account.Account;
import ma.innovatice.account.Role;
import ma.innovatice.common.db.QueryCache;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A valid signature is not enough: the account named by the token's subject must still exist, be
 * enabled and hold the role the token claims, and the token must belong to the account's current
 * generation (a password reset starts a new one). A disabled, deleted or re-roled account, or a
 * token from before a reset, is refused at once, whatever the remaining life of the token. The check is
 * a query kept in the {@link QueryCache}: any write to the accounts drops it.
 * <p>
 * The read runs on a worker thread, while authentication runs on the network thread: handing the
 * request over and back cost about a tenth of an authenticated list's time in the benchmark's
 * profile. So the last answer for each account is also kept here with the moment it was read, and
 * reused on the network thread as long as the accounts' table has not been written since, by the
 * very test Hibernate applies to its cached results ({@link QueryCache#unchangedSince}); otherwise
 * the account is read again on a worker thread.
 */
@ApplicationScoped
public class ActiveAccountAugmentor implements SecurityIdentityAugmentor {

    /** The claim that carries the generation of the account's tokens a token was issued in. */
    public static final String GENERATION_CLAIM = "tgen";

    /** As mp.jwt.verify.clock.skew. */
    private static final long MAX_SKEW_SECONDS = 30;
    /** Accounts whose last answer is kept (a few dozen bytes each); all are forgotten when full. */
    static final int KNOWN_MAX = 50_000;

    private final SessionFactory sessions;
    private final QueryCache cache;
    /** Account id to its last answer (null: not active) and when it was read; bounded by {@link #KNOWN_MAX}. */
    private final ConcurrentHashMap<Long, Known> known = new ConcurrentHashMap<>();

    ActiveAccountAugmentor(EntityManagerFactory factory, QueryCache cache) {
        this.sessions = factory.unwrap(SessionFactory.class);
        this.cache = cache;
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
        Known last = known.get(accountId);
        if (last != null && stillTrue(last)) {
            try {
                return Uni.createFrom().item(verdict(identity, token, last.active()));
            } catch (AuthenticationFailedException e) {
                return Uni.createFrom().failure(e);
            }
        }
        return context.runBlocking(() -> verdict(identity, token, read(accountId)));
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

    /** An answer read at a moment of the query cache's clock. */
    private record Known(Active active, long readAt) {
    }

    private boolean stillTrue(Known last) {
        // A session without a connection: the test reads only the cache's record of table changes.
        try (Session session = sessions.openSession()) {
            return cache.unchangedSince(last.readAt(), session.unwrap(SharedSessionContractImplementor.class), Account.class);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Reads the account (on a worker thread) and keeps the answer with the moment taken before the read. */
    private Active read(long accountId) {
        long moment = cache.moment();
        Active active = activeAccount(accountId);
        if (cache.enabled()) {
            if (known.size() >= KNOWN_MAX) {
                known.clear();
            }
            known.put(accountId, new Known(active, moment));
        }
        return active;
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

    private record Active(String role, int tokenGeneration) {
    }

    private Active activeAccount(long accountId) {
        // Its own session: the check runs before the request's work, outside any transaction. A
        // database out of reach surfaces as Hibernate's JDBCConnectionException: 503 (ProblemMappers).
        try (Session session = sessions.openSession()) {
            // A list, not a stream: Hibernate reads a stream past the cache.
            List<Object[]> rows = cache.cached(session.createQuery("select a.role, a.tokenGeneration from Account a "
                    + "where a.id = :id and a.enabled = true", Object[].class), QueryCache.Region.ACCOUNTS)
                    .setParameter("id", accountId).getResultList();
            return rows.isEmpty() ? null : new Active(((Role) rows.get(0)[0]).name(), (Integer) rows.get(0)[1]);
        }
    }
}
