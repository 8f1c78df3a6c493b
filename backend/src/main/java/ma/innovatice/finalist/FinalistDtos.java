package ma.innovatice.finalist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.round.JudgingRound;

import java.time.Instant;
import java.util.List;

/** The request and response bodies of the finalists' round (slots, president, minutes). */
public final class FinalistDtos {

    private FinalistDtos() {
    }

    /** A slot: when (an instant; shown in Morocco time), how long, and where and/or the video link. */
    public record SlotInput(
            @NotNull Instant startsAt,
            @NotNull @Min(5) @Max(240) Integer durationMinutes,
            @Size(max = 300) @PlainText String place,
            @Size(max = 500) @PlainText String videoUrl) {
    }

    public record SlotView(long id, long submissionId, Instant startsAt, Instant endsAt, int durationMinutes,
                           String place, String videoUrl, int sequence, Instant updatedAt) {

        static SlotView of(PresentationSlot s) {
            return new SlotView(s.id, s.submissionId, s.startsAt, s.endsAt(), s.durationMinutes, s.place, s.videoUrl,
                    s.sequence, s.updatedAt);
        }
    }

    /** A finalist of the round, with its slot when it has one. */
    public record FinalistSlot(long submissionId, String title, String teacherName, String schoolName,
                               String regionCode, SlotView slot) {
    }

    public record RoundSlots(long roundId, int position, String nameFr, String nameAr, String nameEn,
                             JudgingRound.Rubric rubric, JudgingRound.Status status, boolean editable,
                             List<FinalistSlot> finalists) {
    }

    /** The teacher's own slot: the round's names and the slot, or none. */
    public record MySlot(long submissionId, Long roundId, Integer position, String roundNameFr, String roundNameAr,
                         String roundNameEn, SlotView slot) {
    }

    public record PresidentInput(@NotNull @Min(1) Long jurorId) {
    }

    public record MinutesInput(@NotNull @Size(max = 20000) @PlainText(multiline = true) String text) {
    }

    /**
     * The minutes of a round's deliberation and its president; {@code editable} when the caller is
     * the president and the round is OPEN or CLOSED with the edition not yet published.
     */
    public record MinutesView(long roundId, int position, String nameFr, String nameAr, String nameEn,
                              JudgingRound.Status status, Long presidentId, String presidentName, String minutes,
                              Instant minutesRecordedAt, boolean editable) {
    }

    /** A round the signed-in juror presides. */
    public record PresidedRound(long editionId, String editionTitle, long roundId, int position, String nameFr,
                                String nameAr, String nameEn, JudgingRound.Status status, boolean editable) {
    }
}
