package ma.innovatice.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    public List<AuditEntry> history(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt, id", entityType, entityId);
    }
}
