package ma.innovatice.finalist;

import java.time.Instant;

/**
 * A finalist's presentation slot was scheduled, changed or cancelled: the teacher gets an email with
 * a calendar invitation (notification/FinalistNotifications). {@code sequence} is the invitation's.
 */
public record PresentationSlotChanged(Change change, long slotId, int sequence, long editionId, String editionTitle,
                                      long submissionId, String projectTitle, String roundNameFr, String roundNameAr,
                                      String roundNameEn, Instant startsAt, int durationMinutes, String place,
                                      String videoUrl, String uid) {

    public enum Change { SCHEDULED, CHANGED, CANCELLED }

    /** The same change with the edition's title in another language (the teacher's). */
    public PresentationSlotChanged withEditionTitle(String title) {
        return new PresentationSlotChanged(change, slotId, sequence, editionId, title, submissionId, projectTitle,
                roundNameFr, roundNameAr, roundNameEn, startsAt, durationMinutes, place, videoUrl, uid);
    }
}
