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

/** The certificate of a project of a published edition; its code lets anyone check it. */
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
}
