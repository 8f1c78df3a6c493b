package ma.innovatice.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ma.innovatice.account.Language;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** An email waiting in the outbox, sent, or given up after its last attempt. Rows are written in SQL. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    public Long id;

    @Column(name = "dedup_key", nullable = false)
    public String dedupKey;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "account_id")
    public Long accountId;

    /** The edition the email is about, when it is about one (V19). */
    @Column(name = "edition_id")
    public Long editionId;

    @Column(nullable = false, columnDefinition = "CHAR(2)")
    public Language language;

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String textBody;

    @Column(name = "html_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String htmlBody;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** When the address, subject and bodies were erased, past the retention (OutboxRetention). */
    @Column(name = "erased_at")
    public Instant erasedAt;
}
