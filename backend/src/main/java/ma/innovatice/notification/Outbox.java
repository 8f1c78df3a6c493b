package ma.innovatice.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Language;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.notification.Letter.Rendered;

import java.time.Clock;
import java.time.Instant;

/**
 * Writes emails into the outbox inside the caller's transaction: the email exists if and only if
 * the change that causes it is committed. A second email with the same dedup key is ignored.
 */
@ApplicationScoped
public class Outbox {

    /** An email to write: who, in which language, about what (and which edition), and the key of the event it reports. */
    record Envelope(String dedupKey, MailKind kind, String recipient, Long accountId, Language language, Long editionId) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    Outbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(Envelope envelope, Rendered mail) {
        enqueue(envelope, mail, null);
    }

    /** As {@link #enqueue(Envelope, Rendered)}, with a file sent along (null for none). */
    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(Envelope envelope, Rendered mail, MailSender.Attachment attachment) {
        Instant now = clock.instant();
        QueryCache.writing(entityManager.createNativeQuery("INSERT INTO outbox_message (dedup_key, kind, recipient, account_id, "
                        + "edition_id, language, subject, text_body, html_body, attachment_name, attachment_type, "
                        + "attachment_data, status, attempts, next_attempt_at, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?10, ?5, ?6, ?7, ?8, ?11, ?12, ?13, 'PENDING', 0, ?9, ?9) "
                        + "ON DUPLICATE KEY UPDATE id = id")
                .setParameter(11, attachment == null ? null : attachment.filename())
                .setParameter(12, attachment == null ? null : attachment.contentType())
                .setParameter(13, attachment == null ? null : attachment.data())
                .setParameter(1, envelope.dedupKey()).setParameter(2, envelope.kind().name())
                .setParameter(3, envelope.recipient()).setParameter(4, envelope.accountId())
                .setParameter(5, envelope.language().code()).setParameter(6, truncate(mail.subject(), 300))
                .setParameter(7, mail.text()).setParameter(8, mail.html()).setParameter(9, now)
                .setParameter(10, envelope.editionId()), OutboxMessage.class)
                .executeUpdate();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
