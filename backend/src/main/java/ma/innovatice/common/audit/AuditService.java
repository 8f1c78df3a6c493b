package ma.innovatice.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ma.innovatice.common.security.Actor;

import java.time.Clock;

/** Writes audit entries inside the caller's transaction, so a change and its record land together. */
@ApplicationScoped
public class AuditService {

    private final AuditRepository repository;
    private final ObjectMapper json;
    private final Clock clock;

    AuditService(AuditRepository repository, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String entityType, long entityId, String action, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.actorId = actor.accountId();
        entry.actorEmail = actor.email();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.beforeState = toJson(before);
        entry.afterState = toJson(after);
        repository.persist(entry);
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An audit state cannot be written as JSON", e);
        }
    }
}
