package ma.innovatice.finalist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The time and place (or video link) where a finalist presents the project to the round's jury. */
@Entity
@Table(name = "presentation_slot")
public class PresentationSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    public long roundId;

    @Column(name = "submission_id", nullable = false, updatable = false)
    public long submissionId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    public String place;

    @Column(name = "video_url")
    public String videoUrl;

    /** The calendar invitation's SEQUENCE: 0 when scheduled, one more at each change. */
    @Column(nullable = false)
    public int sequence;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    /** The invitation's UID: the same for the whole life of the slot. */
    public String uid() {
        return "presentation-slot-" + id + "@innovatice.ma";
    }
}
