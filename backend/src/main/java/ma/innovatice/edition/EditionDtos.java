package ma.innovatice.edition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.round.RoundDtos.RoundRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The request and response bodies of editions and rubrics. */
public final class EditionDtos {

    private EditionDtos() {
    }

    public record Forum(
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotBlank @Size(max = 100) @PlainText String city,
            @NotNull @Min(2000) @Max(2100) Integer year,
            LocalDate startsOn,
            LocalDate endsOn) {

        public Forum(String name, String city, Integer year) {
            this(name, city, year, null, null);
        }
    }

    public record EditionInput(
            @NotNull @Min(1) @Max(1000) Integer number,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 200) @PlainText String title,
            @Size(max = 500) @PlainText String theme,
            @Size(max = 20000) @PlainText(multiline = true) String rules,
            @NotNull Instant submissionsOpenAt,
            @NotNull Instant submissionsCloseAt,
            @NotNull Instant evaluationCloseAt,
            LocalDate ceremonyDate,
            @Size(max = 200) @PlainText String ceremonyVenue,
            @NotNull @Min(1) @Max(100) Integer laureateCount,
            @NotNull @Min(1) @Max(10) Integer jurorsPerProject,
            Boolean blindReview,
            Boolean sameRegionConflict,
            @Valid Forum forum,
            @Min(1) @Max(120) Integer evidenceRetentionMonths,
            @Min(0) Long version) {
    }

    public record EditionView(long id, int number, int year, String title, String theme, String rules,
                              Instant submissionsOpenAt, Instant submissionsCloseAt, Instant evaluationCloseAt,
                              LocalDate ceremonyDate, String ceremonyVenue, int laureateCount,
                              int jurorsPerProject, boolean blindReview, boolean sameRegionConflict, Forum forum,
                              int evidenceRetentionMonths, EditionStatus status, EditionStatus nextStatus, boolean acceptingSubmissions,
                              long version, Instant createdAt, Instant updatedAt, RoundRef currentRound,
                              Integer rounds) {

        public static EditionView of(Edition e, Instant now) {
            return of(e, now, null, null);
        }

        /**
         * With the round being judged (the open one, else the last that opened, else the first) and how
         * many rounds the edition has: {@code jurorsPerProject}, {@code blindReview} and
         * {@code evaluationCloseAt} are that round's settings.
         */
        public static EditionView of(Edition e, Instant now, RoundRef currentRound, Integer rounds) {
            Forum forum = e.forumName == null ? null : new Forum(e.forumName, e.forumCity, e.forumYear,
                    e.forumStartsOn, e.forumEndsOn);
            return new EditionView(e.id, e.number, e.year, e.title, e.theme, e.rules, e.submissionsOpenAt,
                    e.submissionsCloseAt, e.evaluationCloseAt, e.ceremonyDate, e.ceremonyVenue, e.laureateCount,
                    e.jurorsPerProject, e.blindReview, e.sameRegionConflict, forum, e.evidenceRetentionMonths, e.status,
                    e.status.next().orElse(null), e.acceptsSubmissionsAt(now), e.version, e.createdAt, e.updatedAt,
                    currentRound, rounds);
        }
    }

    /**
     * A lifecycle move: the status to reach, the reason for closing the call before its published
     * deadline, and the override that moves to deliberation while projects are understaffed.
     */
    public record TransitionInput(@NotNull EditionStatus to,
                                  @Size(min = 3, max = 1000) @PlainText(multiline = true) String reason,
                                  @Valid TransitionOverride override) {

        public TransitionInput(EditionStatus to) {
            this(to, null, null);
        }
    }

    public record TransitionOverride(@NotBlank @Size(min = 3, max = 1000) @PlainText(multiline = true) String reason) {
    }

    /** What will make a move refused whatever the reason given. */
    public enum TransitionBlocker {
        RUBRIC_INCOMPLETE, EDITION_ALREADY_OPEN, CALIBRATION_OPEN, ROUNDS_REMAINING, WINNER_MISSING, SEVERAL_WINNERS,
        TOO_MANY_LAUREATES, SCREENING_INCOMPLETE
    }

    /** Closing the call with a screening checklist: the SUBMITTED projects of a region not screened yet. */
    public record UnscreenedRegion(String regionCode, long count) {
    }

    public record PreviewProject(long submissionId, String title, String authorName) {
    }

    public record UnderstaffedProject(long submissionId, String title, int submittedEvaluations, int assignedJurors,
                                      int required) {
    }

    public record UnsubmittedEvaluation(long assignmentId, long submissionId, String title, String jurorName,
                                        boolean started) {
    }

    /** A project whose jurors disagree (the ranking's flag), with the kind of its award when it has one. */
    public record FlaggedProject(long submissionId, String title, Double spread, String award) {
    }

    /** What a lifecycle move would do now; see {@link TransitionReview}. */
    public record TransitionPreview(long editionId, EditionStatus from, EditionStatus to, boolean reasonRequired,
                                    Instant submissionsCloseAt, Integer enteringReview, List<PreviewProject> drafts,
                                    Integer jurorsPerProject, List<UnderstaffedProject> understaffed,
                                    boolean overrideRequired, List<UnsubmittedEvaluation> unsubmittedEvaluations,
                                    List<FlaggedProject> disagreements, Integer winners, Integer laureates,
                                    Integer laureateCount, List<TransitionBlocker> blockers,
                                    List<UnscreenedRegion> unscreened) {
    }

    public record EvaluationDeadlineInput(@NotNull Instant evaluationCloseAt,
                                          @Size(min = 3, max = 1000) @PlainText(multiline = true) String reason) {
    }

    public record CriterionInput(
            @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,31}$",
                    message = "must be 1 to 32 capital letters, digits or underscores, starting with a letter") String code,
            @NotNull @Valid LocalizedText label,
            @Valid LocalizedText description,
            @NotNull @DecimalMin("0") @DecimalMax("100") Double weight,
            @NotNull @Min(0) @Max(100) Integer scaleMin,
            @NotNull @Min(1) @Max(100) Integer scaleMax,
            @Size(max = 10) List<@NotNull @Valid LocalizedText> gates) {
    }

    public record CriterionView(long id, String code, LocalizedText label, LocalizedText description, double weight,
                                int scaleMin, int scaleMax, int position, List<LocalizedText> gates) {

        public static CriterionView of(Criterion c) {
            return new CriterionView(c.id, c.code, LocalizedText.of(c.label), LocalizedText.of(c.description),
                    c.weight.doubleValue(), c.scaleMin, c.scaleMax, c.position,
                    c.gates.stream().map(LocalizedText::of).toList());
        }
    }
}
