package ma.innovatice.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Password tokens: 256 random bits, sent once by email as base64url, stored as their SHA-256. They
 * are not JWTs, so the API never accepts one as a bearer token.
 */
@ApplicationScoped
public class PasswordTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just issued: the secret for the email, and when it stops working. */
    public record Issued(long id, String token, PasswordToken.Purpose purpose, Instant expiresAt) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    PasswordTokens(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(Account account, PasswordToken.Purpose purpose, Duration ttl) {
        return issue(account, purpose, ttl, null);
    }

    /** A token that carries a password hash (a confirmation link: the password of its registration). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(Account account, PasswordToken.Purpose purpose, Duration ttl, String passwordHash) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PasswordToken row = new PasswordToken();
        row.account = account;
        row.tokenHash = hash(token);
        row.purpose = purpose;
        row.createdAt = clock.instant();
        row.expiresAt = row.createdAt.plus(ttl);
        row.passwordHash = passwordHash;
        entityManager.persist(row);
        entityManager.flush();
        return new Issued(row.id, token, purpose, row.expiresAt);
    }

    /** Tokens of the account issued for this purpose since an instant (to throttle requests). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long issuedSince(Account account, PasswordToken.Purpose purpose, Instant since) {
        return entityManager.createQuery("select count(t) from PasswordToken t where t.account = :account "
                        + "and t.purpose = :purpose and t.createdAt >= :since", Long.class)
                .setParameter("account", account).setParameter("purpose", purpose).setParameter("since", since)
                .getSingleResult();
    }

    /**
     * The unused, unexpired token with this secret, of an enabled account and one of these purposes,
     * locked until the end of the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PasswordToken> usable(String token, Set<PasswordToken.Purpose> purposes) {
        Instant now = clock.instant();
        return entityManager.createQuery("select t from PasswordToken t join fetch t.account where t.tokenHash = :hash",
                        PasswordToken.class)
                .setParameter("hash", hash(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(t -> t.usedAt == null && now.isBefore(t.expiresAt) && t.account.enabled
                        && purposes.contains(t.purpose));
    }

    /** Spends every outstanding token of the account: a password set by one link voids the others. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spendAll(Account account) {
        entityManager.createQuery("update PasswordToken t set t.usedAt = :now where t.account = :account "
                        + "and t.usedAt is null")
                .setParameter("now", clock.instant()).setParameter("account", account).executeUpdate();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
