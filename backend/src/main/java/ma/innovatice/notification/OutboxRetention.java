package ma.innovatice.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.db.QueryCache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Emails hold personal data (names, addresses, project titles, links). A sent or failed one keeps
 * its content for {@code innovatice.mail.outbox-retention}, long enough to look into a complaint or
 * send it again; then its address, subject, bodies and last error are erased. The row stays, with its
 * kind, account and dates, and so does its dedup key: the event it answered can never mail twice.
 * A message still pending is never erased.
 */
@ApplicationScoped
public class OutboxRetention {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration retention;

    OutboxRetention(EntityManager entityManager, Clock clock, InnovaticeConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.retention = config.mail().outboxRetention();
    }

    /**
     * Erases the content of every message created more than the retention ago and not erased yet
     * (read from the (erased_at, created_at) index: erased rows are not read again); returns how many.
     */
    @Transactional
    public int eraseExpired() {
        Instant now = clock.instant();
        return QueryCache.writing(entityManager.createNativeQuery("UPDATE outbox_message SET recipient = '', subject = '', "
                        + "text_body = '', html_body = '', attachment_data = NULL, last_error = NULL, erased_at = ?2 "
                        + "WHERE erased_at IS NULL AND created_at < ?1 AND status <> 'PENDING'")
                .setParameter(1, now.minus(retention)).setParameter(2, now), OutboxMessage.class).executeUpdate();
    }
}
