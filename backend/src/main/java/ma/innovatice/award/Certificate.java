package ma.innovatice.award;

import jakarta.persistence.Column;
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
import ma.innovatice.submission.Submission;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * The certificate of a project of a published edition; its code lets anyone check it. It keeps
 * what it was issued for (holder, school, title, edition), copied at publication: later edits of
 * the profile, the project or the edition do not change it. A correction revokes it and issues a
 * new one ({@link #replacedBy}); a project has at most one certificate in force.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    /** What a certificate attests: a distinction, or taking part. */
    public enum Kind { WINNER, LAUREATE, SPECIAL_MENTION, PARTICIPATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, columnDefinition = "CHAR(29)")
    public String code;

    @Column(name = "edition_id", nullable = false)
    public long editionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    public Submission submission;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "holder_first_name", nullable = false, length = 100)
    public String holderFirstName;

    @Column(name = "holder_last_name", nullable = false, length = 100)
    public String holderLastName;

    @Column(name = "school_name", length = 200)
    public String schoolName;

    @Column(name = "project_title", nullable = false, length = 200)
    public String projectTitle;

    @Column(name = "edition_number", nullable = false)
    public int editionNumber;

    @Column(name = "edition_year", nullable = false)
    public int editionYear;

    @Column(name = "edition_title", nullable = false, length = 200)
    public String editionTitle;

    @Column(nullable = false, length = 200)
    public String place;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason", length = 500)
    public String revocationReason;

    @Column(name = "replaced_by")
    public Long replacedBy;

    /** The holder's name as printed. */
    public String holderName() {
        return holderFirstName + " " + holderLastName;
    }
}
