package ma.innovatice.edition;

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
import java.time.LocalDate;

/** One yearly edition of the competition: its call for projects, its dates and its settings. */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    public String theme;

    @Column(columnDefinition = "TEXT")
    public String rules;

    @Column(name = "submissions_open_at", nullable = false)
    public Instant submissionsOpenAt;

    @Column(name = "submissions_close_at", nullable = false)
    public Instant submissionsCloseAt;

    @Column(name = "evaluation_close_at", nullable = false)
    public Instant evaluationCloseAt;

    @Column(name = "ceremony_date")
    public LocalDate ceremonyDate;

    @Column(name = "ceremony_venue")
    public String ceremonyVenue;

    @Column(name = "laureate_count", nullable = false)
    public int laureateCount;

    @Column(name = "jurors_per_project", nullable = false)
    public int jurorsPerProject;

    @Column(name = "blind_review", nullable = false)
    public boolean blindReview;

    @Column(name = "same_region_conflict", nullable = false)
    public boolean sameRegionConflict;

    @Column(name = "forum_name")
    public String forumName;

    @Column(name = "forum_city")
    public String forumCity;

    @Column(name = "forum_year")
    public Integer forumYear;

    /** The forum's first and last days (calendar days), when known. */
    @Column(name = "forum_starts_on")
    public java.time.LocalDate forumStartsOn;

    @Column(name = "forum_ends_on")
    public java.time.LocalDate forumEndsOn;

    /** Months after publication that the evidence of projects not awarded is kept (1 to 120). */
    @Column(name = "evidence_retention_months", nullable = false)
    public int evidenceRetentionMonths = 24;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public EditionStatus status = EditionStatus.DRAFT;

    /** Fictional edition of the demonstration data. */
    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Submissions are accepted only while OPEN and between the opening and the closing instant. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == EditionStatus.OPEN && !now.isBefore(submissionsOpenAt) && now.isBefore(submissionsCloseAt);
    }
}
