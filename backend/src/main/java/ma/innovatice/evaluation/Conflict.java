package ma.innovatice.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** That a juror must not judge a project: declared by the juror, or recorded by an administrator for them. */
@Entity
@Table(name = "conflict")
public class Conflict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public long submissionId;

    @Column(name = "juror_id", nullable = false)
    public long jurorId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    /** The administrator who recorded it; null when the juror declared it. */
    @Column(name = "recorded_by")
    public Long recordedBy;
}
