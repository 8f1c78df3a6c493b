package ma.innovatice.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ma.innovatice.account.Account;
import ma.innovatice.common.db.StringListConverter;
import ma.innovatice.edition.Edition;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A teacher's classroom project entered in an edition. */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false, updatable = false)
    public Edition edition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    public Account author;

    @Column(nullable = false)
    public String title;

    public String summary;

    @Column(columnDefinition = "TEXT")
    public String description;

    public String discipline;

    @Column(name = "school_level")
    public String schoolLevel;

    @Column(name = "region_code", columnDefinition = "CHAR(5)")
    public String regionCode;

    @Column(name = "school_name")
    public String schoolName;

    @Convert(converter = StringListConverter.class)
    @Column(name = "co_authors", nullable = false, columnDefinition = "TEXT")
    public List<String> coAuthors = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    public List<String> technologies = new ArrayList<>();

    @Column(name = "pupils_count")
    public Integer pupilsCount;

    @Column(name = "video_url")
    public String videoUrl;

    @Column(name = "site_url")
    public String siteUrl;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public SubmissionStatus status = SubmissionStatus.DRAFT;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Whether the evidence shows pupils (faces, voices, names); null = not declared yet. */
    @Column(name = "evidence_shows_pupils")
    public Boolean evidenceShowsPupils;

    /** The author declares that her school holds the parents' authorisations (only when pupils are shown). */
    @Column(name = "parental_authorisations_held", nullable = false)
    public boolean parentalAuthorisationsHeld;

    /** When the author's erasure replaced her personal details in this project. */
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * How many evidence files the project holds, kept by the statements that add or remove them
     * (V32); never written through the entity.
     */
    @Column(name = "attachment_count", nullable = false, insertable = false, updatable = false)
    public int attachmentCount;

    /** The fields that submitting requires and that are still empty, by their API names. */
    public List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        if (blank(title)) {
            missing.add("title");
        }
        if (blank(summary)) {
            missing.add("summary");
        }
        if (blank(description)) {
            missing.add("description");
        }
        if (blank(discipline)) {
            missing.add("discipline");
        }
        if (schoolLevel == null) {
            missing.add("schoolLevel");
        }
        if (regionCode == null) {
            missing.add("regionCode");
        }
        if (blank(schoolName)) {
            missing.add("schoolName");
        }
        if (technologies == null || technologies.isEmpty()) {
            missing.add("technologies");
        }
        if (pupilsCount == null) {
            missing.add("pupilsCount");
        }
        if (evidenceShowsPupils == null) {
            missing.add("evidenceShowsPupils");
        } else if (evidenceShowsPupils && !parentalAuthorisationsHeld) {
            missing.add("parentalAuthorisationsHeld");
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
