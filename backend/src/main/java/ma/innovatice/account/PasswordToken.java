package ma.innovatice.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A single-use, short-lived right to set an account's password; only the token's SHA-256 is kept. */
@Entity
@Table(name = "password_token")
public class PasswordToken {

    /**
     * Why the token was issued: a forgotten password, the first password of an account made by an
     * admin, or the confirmation of a self-registered teacher's address.
     */
    public enum Purpose { RESET, INVITATION, CONFIRMATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    public Account account;

    @Column(name = "token_hash", nullable = false, updatable = false, columnDefinition = "CHAR(64)")
    public String tokenHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    public Purpose purpose;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** For a confirmation: the bcrypt hash of the password chosen at that registration. */
    @Column(name = "password_hash", updatable = false)
    public String passwordHash;
}
