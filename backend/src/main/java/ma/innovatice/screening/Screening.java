package ma.innovatice.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** The eligibility screening of one project against its edition's checklist. */
@Entity
@Table(name = "screening")
public class Screening {

    public enum Outcome { ELIGIBLE, INELIGIBLE }

    @Id
    @Column(name = "submission_id")
    public Long submissionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Outcome outcome;

    /** One character per checklist item, in order: Y (met) or N (not met). */
    @Column(nullable = false)
    public String answers;

    public String reason;

    @Column(name = "screened_by", nullable = false)
    public Long screenedBy;

    @Column(name = "screened_at", nullable = false)
    public Instant screenedAt;

    @Version
    public long version;
}
