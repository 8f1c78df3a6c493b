package ma.innovatice.evaluation.calibration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A juror's scores of one calibration sample: every criterion of the rubric, and their weighted total. */
@Entity
@Table(name = "calibration_response")
public class CalibrationResponse {

    /** The score of one criterion; {@code gates} keeps the yes/no answers when the level came from them ("YYN"). */
    @Embeddable
    public static class Score {

        @Column(name = "criterion_id", nullable = false)
        public long criterionId;

        @Column(nullable = false)
        public int score;

        public String gates;

        public Score() {
        }

        Score(long criterionId, int score, String gates) {
            this.criterionId = criterionId;
            this.score = score;
            this.gates = gates;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sample_id", nullable = false, updatable = false)
    public long sampleId;

    @Column(name = "juror_id", nullable = false, updatable = false)
    public long jurorId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "calibration_score", joinColumns = @JoinColumn(name = "response_id"))
    public List<Score> scores = new ArrayList<>();

    /** The weighted score 0-100, computed by the database each time the scores are saved. */
    @Column(name = "raw_score", precision = 9, scale = 4)
    public BigDecimal rawScore;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
