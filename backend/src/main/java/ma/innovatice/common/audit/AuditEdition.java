package ma.innovatice.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * The edition an audit entry is about, written by the database with the entry (V19); read only. The
 * instant is the entry's, so that an edition's entries read newest first from one index.
 */
@Entity
@Immutable
@Table(name = "audit_log_edition")
public class AuditEdition {

    @Id
    @Column(name = "audit_id")
    public Long auditId;

    @Column(name = "edition_id", nullable = false)
    public Long editionId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
