package ma.innovatice.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ma.innovatice.common.api.DayRange;
import ma.innovatice.common.api.Page;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the audit log for administrators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueries {

    public record AuditView(long id, Instant at, Long actorId, String actorEmail, String entityType, long entityId,
                            Long editionId, String action, JsonNode before, JsonNode after) {
    }

    /**
     * What to look for; every part is optional. {@code actor} is an email address or its beginning;
     * each filter has its index (V1, V19), so that a page is read newest first from it. The edition of
     * an entry is the one of the entity it names (V19); accounts belong to none.
     */
    public record AuditFilter(String entityType, Long entityId, Long editionId, String actor, String action,
                              DayRange days) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;

    AuditQueries(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public Page<AuditView> search(AuditFilter filter, int page, int size) {
        // An edition's entries are read from its index on audit_log_edition; the others from audit_log's.
        boolean byEdition = filter.editionId() != null;
        String from = "from AuditEntry l " + (byEdition ? "join" : "left join") + " AuditEdition e on e.auditId = l.id";
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.entityType() != null) {
            where.append(" and l.entityType = :type");
            parameters.put("type", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.append(" and l.entityId = :id");
            parameters.put("id", filter.entityId());
        }
        if (byEdition) {
            where.append(" and e.editionId = :edition");
            parameters.put("edition", filter.editionId());
        }
        if (filter.actor() != null) {
            where.append(" and l.actorEmail like :actor escape '!'");
            parameters.put("actor", filter.actor().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.action() != null) {
            where.append(" and l.action = :action");
            parameters.put("action", filter.action());
        }
        String at = byEdition ? "e.occurredAt" : "l.occurredAt";
        if (filter.days().from() != null) {
            where.append(" and ").append(at).append(" >= :from");
            parameters.put("from", filter.days().from());
        }
        if (filter.days().until() != null) {
            where.append(" and ").append(at).append(" < :until");
            parameters.put("until", filter.days().until());
        }
        TypedQuery<Object[]> items = entityManager.createQuery("select l, e.editionId " + from + where + " order by "
                + at + " desc, l.id desc", Object[].class);
        TypedQuery<Long> count = entityManager.createQuery("select count(l) " + from + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditView> found = items.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(row -> view((AuditEntry) row[0], (Long) row[1])).toList();
        return new Page<>(found, page, size, count.getSingleResult());
    }

    private AuditView view(AuditEntry e, Long editionId) {
        return new AuditView(e.id, e.occurredAt, e.actorId, e.actorEmail, e.entityType, e.entityId, editionId,
                e.action, parse(e.beforeState), parse(e.afterState));
    }

    private JsonNode parse(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry is not valid JSON", e);
        }
    }
}
