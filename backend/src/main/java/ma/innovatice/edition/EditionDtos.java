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

import ma.innovatice.account.Language;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.round.RoundDtos.RoundRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
            @Valid EditionTranslations translations,
            @Min(1) @Max(120) Integer evidenceRetentionMonths,
            @Min(0) Long version) {

        /** The French texts only. */
        public EditionInput(Integer number, Integer year, String title, String theme, String rules,
                            Instant submissionsOpenAt, Instant submissionsCloseAt, Instant evaluationCloseAt,
                            LocalDate ceremonyDate, String ceremonyVenue, Integer laureateCount,
                            Integer jurorsPerProject, Boolean blindReview, Boolean sameRegionConflict, Forum forum,
                            Integer evidenceRetentionMonths, Long version) {
            this(number, year, title, theme, rules, submissionsOpenAt, submissionsCloseAt, evaluationCloseAt,
                    ceremonyDate, ceremonyVenue, laureateCount, jurorsPerProject, blindReview, sameRegionConflict,
                    forum, null, evidenceRetentionMonths, version);
        }

        /** The same input with these translations. */
        public EditionInput withTranslations(EditionTranslations texts) {
            return new EditionInput(number, year, title, theme, rules, submissionsOpenAt, submissionsCloseAt,
                    evaluationCloseAt, ceremonyDate, ceremonyVenue, laureateCount, jurorsPerProject, blindReview,
                    sameRegionConflict, forum, texts, evidenceRetentionMonths, version);
        }
    }

    /**
     * An edition's texts in one language, with the limits of the French fields; a value absent or blank is not
     * translated (stored as null, and the French value is served in that language).
     */
    public record EditionTexts(
            @Size(max = 200) @PlainText String title,
            @Size(max = 500) @PlainText String theme,
            @Size(max = 20000) @PlainText(multiline = true) String rules,
            @Size(max = 200) @PlainText String ceremonyVenue,
            @Size(max = 200) @PlainText String forumName) {

        static EditionTexts french(Edition e) {
            return new EditionTexts(e.title, e.theme, e.rules, e.ceremonyVenue, e.forumName);
        }

        static EditionTexts arabic(Edition e) {
            return new EditionTexts(e.titleAr, e.themeAr, e.rulesAr, e.ceremonyVenueAr, e.forumNameAr);
        }

        static EditionTexts english(Edition e) {
            return new EditionTexts(e.titleEn, e.themeEn, e.rulesEn, e.ceremonyVenueEn, e.forumNameEn);
        }
    }

    /** The Arabic and English texts of an edition (the input's own fields are the French ones). */
    public record EditionTranslations(@Valid EditionTexts ar, @Valid EditionTexts en) {
    }

    /** The stored texts of an edition in each language. */
    public record EditionTextsByLanguage(EditionTexts fr, EditionTexts ar, EditionTexts en) {

        static EditionTextsByLanguage of(Edition e) {
            return new EditionTextsByLanguage(EditionTexts.french(e), EditionTexts.arabic(e), EditionTexts.english(e));
        }
    }

    public record EditionView(long id, int number, int year, String title, String theme, String rules,
                              Instant submissionsOpenAt, Instant submissionsCloseAt, Instant evaluationCloseAt,
                              LocalDate ceremonyDate, String ceremonyVenue, int laureateCount,
                              int jurorsPerProject, boolean blindReview, boolean sameRegionConflict, Forum forum,
                              int evidenceRetentionMonths, EditionStatus status, EditionStatus nextStatus, boolean acceptingSubmissions,
                              long version, Instant createdAt, Instant updatedAt, RoundRef currentRound,
                              Integer rounds, Language language, List<String> fallbacks, EditionTextsByLanguage texts) {

        /** In the language of the request being served. */
        public static EditionView of(Edition e, Instant now) {
            return of(e, now, null, null);
        }

        /**
         * With the round being judged (the open one, else the last that opened, else the first) and how
         * many rounds the edition has: {@code jurorsPerProject}, {@code blindReview} and
         * {@code evaluationCloseAt} are that round's settings.
         */
        public static EditionView of(Edition e, Instant now, RoundRef currentRound, Integer rounds) {
            return of(e, now, currentRound, rounds, RequestLanguage.current());
        }

        /**
         * The title, theme, rules, ceremony venue and forum name in {@code language}, each in French when it has no
         * value in that language ({@code fallbacks} names those), and every stored value in {@code texts}.
         */
        public static EditionView of(Edition e, Instant now, RoundRef currentRound, Integer rounds, Language language) {
            EditionTextsByLanguage texts = EditionTextsByLanguage.of(e);
            EditionTexts asked = switch (language) {
                case FR -> texts.fr();
                case AR -> texts.ar();
                case EN -> texts.en();
            };
            EditionTexts fr = texts.fr();
            List<String> fallbacks = new ArrayList<>();
            String title = served("title", fr.title(), asked.title(), fallbacks);
            String theme = served("theme", fr.theme(), asked.theme(), fallbacks);
            String rules = served("rules", fr.rules(), asked.rules(), fallbacks);
            String venue = served("ceremonyVenue", fr.ceremonyVenue(), asked.ceremonyVenue(), fallbacks);
            String forumName = served("forumName", fr.forumName(), asked.forumName(), fallbacks);
            Forum forum = e.forumName == null ? null : new Forum(forumName, e.forumCity, e.forumYear,
                    e.forumStartsOn, e.forumEndsOn);
            return new EditionView(e.id, e.number, e.year, title, theme, rules, e.submissionsOpenAt,
                    e.submissionsCloseAt, e.evaluationCloseAt, e.ceremonyDate, venue, e.laureateCount,
                    e.jurorsPerProject, e.blindReview, e.sameRegionConflict, forum, e.evidenceRetentionMonths, e.status,
                    e.status.next().orElse(null), e.acceptsSubmissionsAt(now), e.version, e.createdAt, e.updatedAt,
                    currentRound, rounds, language, List.copyOf(fallbacks), texts);
        }

        /** The translation, else the French value, noting the field when French stands in for it. */
        private static String served(String field, String french, String translated, List<String> fallbacks) {
            if (translated != null || french == null) {
                return translated;
            }
            fallbacks.add(field);
            return french;
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
