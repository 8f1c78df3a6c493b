package ma.innovatice.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One judging round of an edition (1 to 3, in order): a regional pre-selection, a national round or
 * a finalists' round, each with its own rubric, jurors, scores and deadline.
 */
@Entity
@Table(name = "judging_round")
public class JudgingRound {

    /** Who judges the round's projects: each region's own jury, or one national jury. */
    public enum Scope { REGIONAL, NATIONAL }

    /** The rubric of the round: the edition's own (the 21CLD template) or the presentation rubric. */
    public enum Rubric { CLD21, PRESENTATION }

    /** PENDING before it opens; OPEN while judged; CLOSED once judging stops; ADVANCED once its shortlist is confirmed. */
    public enum Status { PENDING, OPEN, CLOSED, ADVANCED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    public long editionId;

    @Column(nullable = false)
    public int position;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Scope scope;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Rubric rubric;

    @Column(name = "jurors_per_project", nullable = false)
    public int jurorsPerProject;

    @Column(name = "blind_review", nullable = false)
    public boolean blindReview;

    @Column(name = "exclude_previous_jurors", nullable = false)
    public boolean excludePreviousJurors;

    @Column(name = "evaluation_close_at", nullable = false)
    public Instant evaluationCloseAt;

    /** Per region in a REGIONAL round, overall in a NATIONAL one; null for the last round. */
    @Column(name = "advance_count")
    public Integer advanceCount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "shortlist_confirmed_at")
    public Instant shortlistConfirmedAt;

    @Column(name = "shortlist_confirmed_by")
    public Long shortlistConfirmedBy;

    @Column(name = "president_id")
    public Long presidentId;

    @Column(columnDefinition = "TEXT")
    public String minutes;

    @Column(name = "minutes_recorded_at")
    public Instant minutesRecordedAt;

    @Version
    public long version;

    /** The round's name in a language (fr, ar or en), French when it has none in that language. */
    public String name(String language) {
        String name = switch (language) {
            case "ar" -> nameAr;
            case "en" -> nameEn;
            default -> nameFr;
        };
        return name == null || name.isBlank() ? nameFr : name;
    }
}
