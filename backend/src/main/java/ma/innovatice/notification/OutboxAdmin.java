package ma.innovatice.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Language;
import ma.innovatice.common.api.DayRange;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What administrators see of the outbox (never the bodies, which may hold password links), and
 * retries, which are audited.
 */
@ApplicationScoped
public class OutboxAdmin {

    static final String AUDIT_TYPE = "OUTBOX_MESSAGE";

    /** One email of the outbox, without its content. */
    public record OutboxItem(long id, String kind, String recipient, Long editionId, Language language, String subject,
                             OutboxMessage.Status status, int attempts, Instant nextAttemptAt, String lastError,
                             Instant createdAt, Instant sentAt) {

        static OutboxItem of(OutboxMessage m) {
            return new OutboxItem(m.id, m.kind, m.recipient, m.editionId, m.language, m.subject, m.status, m.attempts,
                    m.status == OutboxMessage.Status.PENDING ? m.nextAttemptAt : null, m.lastError, m.createdAt, m.sentAt);
        }
    }

    /** What to look for; every part is optional. Each filter has its index (V6, V19). */
    public record OutboxFilter(OutboxMessage.Status status, String recipient, Long editionId, MailKind kind,
                               DayRange days) {
    }

    private final EntityManager entityManager;
    private final AuditService audit;
    private final Clock clock;

    OutboxAdmin(EntityManager entityManager, AuditService audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OutboxItem> list(OutboxFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.status() != null) {
            where.append(" and m.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.recipient() != null) {
            where.append(" and m.recipient = :recipient");
            parameters.put("recipient", filter.recipient());
        }
        if (filter.editionId() != null) {
            where.append(" and m.editionId = :edition");
            parameters.put("edition", filter.editionId());
        }
        if (filter.kind() != null) {
            where.append(" and m.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.days().from() != null) {
            where.append(" and m.createdAt >= :from");
            parameters.put("from", filter.days().from());
        }
        if (filter.days().until() != null) {
            where.append(" and m.createdAt < :until");
            parameters.put("until", filter.days().until());
        }
        TypedQuery<OutboxMessage> items = entityManager.createQuery("select m from OutboxMessage m" + where
                + " order by m.createdAt desc, m.id desc", OutboxMessage.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(m) from OutboxMessage m" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<OutboxItem> found = items.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(OutboxItem::of).toList();
        return new Page<>(found, page, size, count.getSingleResult());
    }

    /** Puts a FAILED email back in the queue, with a fresh count of attempts; the audit log names the admin. */
    @Transactional
    public Optional<OutboxItem> retry(long id, Actor admin) {
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
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("status", message.status.name());
            before.put("attempts", message.attempts);
            before.put("lastError", message.lastError);
            message.status = OutboxMessage.Status.PENDING;
            message.attempts = 0;
            message.nextAttemptAt = clock.instant();
            audit.record(admin, AUDIT_TYPE, message.id, "RETRY", before,
                    Map.of("status", message.status.name(), "attempts", 0, "kind", message.kind,
                            "recipient", message.recipient));
        });
        return found.map(OutboxItem::of);
    }
}
