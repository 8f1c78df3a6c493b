package ma.innovatice.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A person who signs in: a teacher, a juror or an administrator. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String email;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Role role;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "preferred_language", nullable = false, columnDefinition = "CHAR(2)")
    public Language preferredLanguage = Language.FR;

    @Column(nullable = false)
    public boolean enabled = true;

    /**
     * Whether the owner has shown they read this address: a self-registered teacher by the link of
     * the confirmation email (or a password link); accounts made by an administrator or the demo are.
     */
    @Column(name = "email_confirmed", nullable = false)
    public boolean emailConfirmed;

    /** The generation of the tokens this account may use (claim {@code tgen}); a password reset moves it on. */
    @Column(name = "token_generation", nullable = false)
    public int tokenGeneration;

    /** Where the person teaches (teachers) or works (jurors); a code of the reference regions. */
    @Column(name = "region_code", columnDefinition = "CHAR(5)")
    public String regionCode;

    @Column(name = "school_name")
    public String schoolName;

    @Column(name = "school_level")
    public String schoolLevel;

    public String discipline;

    public String phone;

    /** Whether the person wants reminder emails (deadlines); transactional emails are always sent. */
    @Column(name = "reminders_enabled", nullable = false)
    public boolean remindersEnabled = true;

    /** Fictional account of the demonstration data. */
    @Column(nullable = false)
    public boolean demo;

    /** The privacy notice version this person accepted, and when; null before any acceptance. */
    @Column(name = "privacy_notice_version")
    public Integer privacyNoticeVersion;

    @Column(name = "privacy_accepted_at")
    public Instant privacyAcceptedAt;

    /** When the account's personal data were erased (the row stays for the projects it scored or won). */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
