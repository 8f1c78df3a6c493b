package ma.innovatice.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A juror's evaluation of the project of an assignment: scores, a private comment, feedback for the teacher. */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    public enum Status { DRAFT, SUBMITTED }

    /** The score of one criterion; {@code gates} keeps the yes/no answers when the level came from them ("YNY"). */
    @Embeddable
    public static class Score {

        @Column(name = "criterion_id", nullable = false)
        public long criterionId;

        @Column(nullable = false)
        public int score;

        public String gates;

        public Score() {
        }

        public Score(long criterionId, int score, String gates) {
            this.criterionId = criterionId;
            this.score = score;
            this.gates = gates;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    public Assignment assignment;

    /** The edition, project and juror of the assignment, copied for the ranking (see V7); the database checks them. */
    @Column(name = "edition_id", nullable = false, updatable = false)
    public long editionId;

    /** The round of its assignment (a copy the composite foreign key keeps equal). */
    @Column(name = "round_id", nullable = false, updatable = false)
    public long roundId;

    @Column(name = "submission_id", nullable = false, updatable = false)
    public long submissionId;

    @Column(name = "juror_id", nullable = false, updatable = false)
    public long jurorId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    public List<Score> scores = new ArrayList<>();

    @Column(name = "private_comment", columnDefinition = "TEXT")
    public String privateComment;

    @Column(columnDefinition = "TEXT")
    public String feedback;

    /** The weighted score 0-100, computed by the database when the evaluation is submitted. */
    @Column(name = "raw_score", precision = 9, scale = 4)
    public BigDecimal rawScore;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
