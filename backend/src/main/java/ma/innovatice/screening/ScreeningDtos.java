package ma.innovatice.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.innovatice.common.api.ValueAnswer;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/** The request and response bodies of eligibility screening. */
public final class ScreeningDtos {

    private ScreeningDtos() {
    }

    static final int MAX_ITEMS = 10;

    /** One question of the checklist, in French (required), Arabic and English. */
    public record ChecklistItem(@NotBlank @Size(max = 500) @PlainText String fr,
                                @Size(max = 500) @PlainText String ar,
                                @Size(max = 500) @PlainText String en) {
    }

    public record ChecklistInput(@NotNull @Size(max = MAX_ITEMS) List<@NotNull @Valid ChecklistItem> items) {
    }

    /** The checklist, and whether it may still change (edition DRAFT or OPEN). */
    public record Checklist(long editionId, boolean editable, List<ChecklistItem> items) implements ValueAnswer {
    }

    public record ScreeningInput(@NotNull Screening.Outcome outcome,
                                 @NotNull @Size(max = MAX_ITEMS) List<@NotNull Boolean> answers,
                                 @Size(max = 1000) @PlainText(multiline = true) String reason,
                                 @Min(0) Long version) {
    }

    public record ScreeningView(Screening.Outcome outcome, List<Boolean> answers, String reason, String screenedBy,
                                Instant screenedAt, long version) {
    }

    /** A project in the screening queue. */
    public record QueueEntry(long submissionId, String title, String authorName, String schoolName, String regionCode,
                             SubmissionStatus status, long attachmentCount, Instant submittedAt,
                             ScreeningView screening) {
    }

    /** Per region: the projects to screen, and how many are screened, eligible and ineligible. */
    public record RegionProgress(String regionCode, long total, long screened, long eligible, long ineligible) {
    }

    public record Queue(long editionId, List<ChecklistItem> checklist, List<QueueEntry> items, int page, int size,
                        long total, List<RegionProgress> progress) implements ValueAnswer {
    }

    public enum State { PENDING, ELIGIBLE, INELIGIBLE }
}
