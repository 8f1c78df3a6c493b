package ma.innovatice.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ma.innovatice.common.api.Page;

import java.time.Instant;

/** Reads of the audit log for administrators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueries {

    public record AuditView(long id, Instant at, Long actorId, String actorEmail, String entityType, long entityId,
                            String action, JsonNode before, JsonNode after) {
    }

    private final AuditRepository repository;
    private final ObjectMapper json;

    AuditQueries(AuditRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    public Page<AuditView> search(String entityType, Long entityId, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (entityType != null) {
            where.append(" and entityType = :type");
            parameters.and("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :id");
            parameters.and("id", entityId);
        }
        PanacheQuery<AuditEntry> query = repository.find(where.toString(),
                Sort.descending("occurredAt").and("id", Sort.Direction.Descending), parameters);
        return new Page<>(query.page(page, size).list().stream().map(this::view).toList(), page, size, query.count());
    }

    private AuditView view(AuditEntry e) {
        return new AuditView(e.id, e.occurredAt, e.actorId, e.actorEmail, e.entityType, e.entityId, e.action,
                parse(e.beforeState), parse(e.afterState));
    }

    private JsonNode parse(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry is not valid JSON", e);
        }
    }
}
