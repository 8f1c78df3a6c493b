package ma.innovatice.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** The metadata of an evidence file; its bytes are in attachment_chunk, read and written by {@link AttachmentStore}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    public Submission submission;

    @Column(nullable = false)
    public String filename;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, columnDefinition = "CHAR(64)")
    public String sha256;

    @Column(name = "uploaded_by", nullable = false)
    public long uploadedBy;

    /** EVIDENCE or AUTHORISATION (the parents' authorisations; never shown to jurors or the public). */
    @Column(nullable = false)
    public String purpose = AttachmentPurpose.EVIDENCE;

    /** The author's word on whether this file shows pupils; null = not said (treated as showing them). */
    @Column(name = "shows_pupils")
    public Boolean showsPupils;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A scan of the parents' authorisations: its author and the administrators only. */
    public boolean isAuthorisation() {
        return AttachmentPurpose.AUTHORISATION.equals(purpose);
    }
}
