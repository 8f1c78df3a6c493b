package ma.innovatice.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.db.JobLeases;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.notification.MailSender.Outgoing;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends what the outbox holds. A round claims a small batch of due messages with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances never take the same one), reserves them for
 * a lease and counts the attempt, commits, then sends each one and records the outcome in its own
 * short transaction: SENT, or a retry after an exponential backoff, or FAILED after the last
 * attempt. A failing server delays mail and loses none; a message is sent again only if the process
 * dies between the server's acceptance and the recording of it. On a Galera cluster the row locks
 * are each node's own, but two nodes claiming the same message cannot both commit: the later one
 * loses certification (a deadlock error), claims nothing this round and sends nothing.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private final EntityManager entityManager;
    private final MailSender sender;
    private final Clock clock;
    private final InnovaticeConfig.Mail.Worker config;

    OutboxWorker(EntityManager entityManager, MailSender sender, Clock clock, InnovaticeConfig config) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.clock = clock;
        this.config = config.mail().worker();
    }

    /** What one drain did. */
    public record Round(int sent, int retried, int failed) {
    }

    /** Sends every message due now, batch after batch. */
    public Round drain() {
        int sent = 0;
        int retried = 0;
        int failed = 0;
        while (true) {
            List<Outgoing> batch;
            try {
                batch = QuarkusTransaction.requiringNew().call(this::claim);
            } catch (RuntimeException e) {
                if (JobLeases.lostToAnother(e)) {
                    LOG.debugf("Outbox batch claimed by another process: %s", e.getMessage());
                    return new Round(sent, retried, failed);
                }
                throw e;
            }
            for (Outgoing mail : batch) {
                Outcome outcome = deliver(mail);
                switch (outcome) {
                    case SENT -> sent++;
                    case RETRY -> retried++;
                    case FAILED -> failed++;
                }
            }
            if (batch.size() < config.batchSize()) {
                return new Round(sent, retried, failed);
            }
        }
    }

    private enum Outcome { SENT, RETRY, FAILED }

    @SuppressWarnings("unchecked")
    private List<Outgoing> claim() {
        Instant now = clock.instant();
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, recipient, subject, text_body, html_body, "
                        + "attachment_name, attachment_type, attachment_data "
                        + "FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                        + "ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, config.batchSize()).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        QueryCache.writing(entityManager.createNativeQuery("UPDATE outbox_message SET attempts = attempts + 1, "
                        + "next_attempt_at = ?1 WHERE id IN (?2)")
                .setParameter(1, now.plus(config.lease())).setParameter(2, ids), OutboxMessage.class).executeUpdate();
        return rows.stream().map(r -> new Outgoing(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], r[5] == null ? null
                : new MailSender.Attachment((String) r[5], (String) r[6], (byte[]) r[7]))).toList();
    }

    private Outcome deliver(Outgoing mail) {
        try {
            sender.send(mail);
        } catch (Exception e) {
            return QuarkusTransaction.requiringNew().call(() -> recordFailure(mail.id(), describe(e)));
        }
        QuarkusTransaction.requiringNew().run(() -> QueryCache.writing(entityManager.createNativeQuery(
                        "UPDATE outbox_message SET status = 'SENT', sent_at = ?1, last_error = NULL WHERE id = ?2")
                .setParameter(1, clock.instant()).setParameter(2, mail.id()), OutboxMessage.class).executeUpdate());
        return Outcome.SENT;
    }

    private Outcome recordFailure(long id, String error) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, id);
        Instant now = clock.instant();
        message.lastError = error;
        if (message.attempts >= config.maxAttempts()) {
            message.status = OutboxMessage.Status.FAILED;
            message.nextAttemptAt = now;
            LOG.errorf("Mail #%d to %s failed for good after %d attempts: %s", id, message.recipient, message.attempts,
                    error);
            return Outcome.FAILED;
        }
        message.nextAttemptAt = now.plus(backoff(message.attempts));
        LOG.warnf("Mail #%d to %s not sent (attempt %d), next try at %s: %s", id, message.recipient, message.attempts,
                message.nextAttemptAt, error);
        return Outcome.RETRY;
    }

    /** Wait after the n-th failed attempt: the initial backoff doubled n-1 times, capped. */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 1000 ? message.substring(0, 999) + "…" : message;
    }
}
