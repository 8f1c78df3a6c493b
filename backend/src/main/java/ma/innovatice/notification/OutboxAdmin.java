package ma.innovatice.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Language;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.error.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What administrators see of the outbox (never the bodies, which may hold password links), and retries. */
@ApplicationScoped
public class OutboxAdmin {

    /** One email of the outbox, without its content. */
    public record OutboxItem(long id, String kind, String recipient, Language language, String subject,
                             OutboxMessage.Status status, int attempts, Instant nextAttemptAt, String lastError,
                             Instant createdAt, Instant sentAt) {

        static OutboxItem of(OutboxMessage m) {
            return new OutboxItem(m.id, m.kind, m.recipient, m.language, m.subject, m.status, m.attempts,
                    m.status == OutboxMessage.Status.PENDING ? m.nextAttemptAt : null, m.lastError, m.createdAt, m.sentAt);
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;

    OutboxAdmin(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Newest first, optionally of one status and to one recipient. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OutboxItem> list(OutboxMessage.Status status, String recipient, int page, int size) {
        String where = " where (:status is null or m.status = :status) and (:recipient is null or m.recipient = :recipient)";
        List<OutboxItem> items = entityManager.createQuery("select m from OutboxMessage m" + where
                        + " order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setParameter("status", status).setParameter("recipient", recipient)
                .setFirstResult(page * size).setMaxResults(size).getResultStream().map(OutboxItem::of).toList();
        long total = entityManager.createQuery("select count(m) from OutboxMessage m" + where, Long.class)
                .setParameter("status", status).setParameter("recipient", recipient).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Puts a FAILED email back in the queue, with a fresh count of attempts. */
    @Transactional
    public Optional<OutboxItem> retry(long id) {
        Optional<OutboxMessage> found = Optional.ofNullable(entityManager.find(OutboxMessage.class, id,
                LockModeType.PESSIMISTIC_WRITE));
        found.ifPresent(message -> {
            if (message.status != OutboxMessage.Status.FAILED) {
                throw ProblemException.conflict("not-failed", "Not failed",
                        "Only a FAILED email can be retried; this one is " + message.status + ".");
            }
            if (message.erasedAt != null) {
                throw ProblemException.conflict("mail-erased", "Email erased",
                        "This email is past its retention: its address and content were erased, so it cannot be sent again.");
            }
            message.status = OutboxMessage.Status.PENDING;
            message.attempts = 0;
            message.nextAttemptAt = clock.instant();
        });
        return found.map(OutboxItem::of);
    }
}
