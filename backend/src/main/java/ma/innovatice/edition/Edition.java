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

import ma.innovatice.account.Language;

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

    /** The French texts; each has an Arabic and an English translation, null when not translated. */
    @Column(nullable = false)
    public String title;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    public String theme;

    @Column(name = "theme_ar")
    public String themeAr;

    @Column(name = "theme_en")
    public String themeEn;

    @Column(columnDefinition = "TEXT")
    public String rules;

    @Column(name = "rules_ar", columnDefinition = "TEXT")
    public String rulesAr;

    @Column(name = "rules_en", columnDefinition = "TEXT")
    public String rulesEn;

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

    @Column(name = "ceremony_venue_ar")
    public String ceremonyVenueAr;

    @Column(name = "ceremony_venue_en")
    public String ceremonyVenueEn;

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

    @Column(name = "forum_name_ar")
    public String forumNameAr;

    @Column(name = "forum_name_en")
    public String forumNameEn;

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

    /** The title in a language, the French one when it has no translation there. */
    public String title(Language language) {
        return inLanguage(language, title, titleAr, titleEn);
    }

    /** The forum's name in a language, the French one when it has no translation there (null without a forum). */
    public String forumName(Language language) {
        return inLanguage(language, forumName, forumNameAr, forumNameEn);
    }

    /** The value in a language, else the French value. */
    public static String inLanguage(Language language, String fr, String ar, String en) {
        String translated = switch (language) {
            case FR -> fr;
            case AR -> ar;
            case EN -> en;
        };
        return translated != null ? translated : fr;
    }

    /** Submissions are accepted only while OPEN and between the opening and the closing instant. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == EditionStatus.OPEN && !now.isBefore(submissionsOpenAt) && now.isBefore(submissionsCloseAt);
    }
}
