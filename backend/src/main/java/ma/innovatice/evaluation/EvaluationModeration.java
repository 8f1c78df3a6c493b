package ma.innovatice.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The feedback an administrator rewrote for tone, shown to the teacher instead of the juror's own text
 * (which stays in the evaluation, and in the audit log). It applies while the juror's feedback is the
 * one it was written for ({@link #sourceSha256}); see V19.
 */
@Entity
@Table(name = "evaluation_moderation")
public class EvaluationModeration {

    @Id
    @Column(name = "evaluation_id")
    public Long evaluationId;

    /** What the teacher reads; empty when the juror's feedback is withheld. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String feedback;

    @Column(name = "source_sha256", nullable = false, columnDefinition = "CHAR(64)")
    public String sourceSha256;

    @Column(name = "moderated_by")
    public Long moderatedBy;

    @Column(name = "moderated_by_email", nullable = false)
    public String moderatedByEmail;

    @Column(name = "moderated_at", nullable = false)
    public Instant moderatedAt;

    /** 1 for the first text, one more at each change; the client sends the version it read (0 for none). */
    @Column(nullable = false)
    public long version;
}
