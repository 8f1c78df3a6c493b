package ma.innovatice.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;

/** A project judged in a round, and whether it goes on to the next one. */
@Entity
@Table(name = "round_entry")
public class RoundEntry {

    /** IN while the round judges it; ADVANCED or NOT_ADVANCED once the round's shortlist is confirmed. */
    public enum Outcome { IN, ADVANCED, NOT_ADVANCED }

    /** The round and the project. */
    @Embeddable
    public record Key(@Column(name = "round_id") long roundId, @Column(name = "submission_id") long submissionId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Outcome outcome = Outcome.IN;

    /** The shortlist being prepared: null before it is proposed. */
    public Boolean advances;

    /** True when the decision differs from the proposal computed from the ranking and the quotas. */
    @Column(nullable = false)
    public boolean adjusted;

    @Column(name = "adjust_reason")
    public String adjustReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Version
    public long version;
}
