package ma.innovatice.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.innovatice.common.api.ValueAnswer;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.edition.EditionDtos.CriterionView;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.agreement.AgreementReading;
import ma.innovatice.evaluation.agreement.KrippendorffAlpha;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.round.RoundDtos.RoundRef;
import ma.innovatice.submission.SubmissionDtos.Person;
import ma.innovatice.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/** The request and response bodies of assignments, evaluations and rankings. */
public final class EvaluationDtos {

    private EvaluationDtos() {
    }

    /** NOT_STARTED when the juror has saved nothing yet. */
    public enum Progress { NOT_STARTED, DRAFT, SUBMITTED }

    public record AssignmentInput(@NotNull @Min(1) Long submissionId, @NotNull @Min(1) Long jurorId) {
    }

    public record AutoAssignInput(@Size(max = 5000) List<@NotNull @Min(1) Long> jurorIds) {
    }

    public record ReasonInput(@NotBlank @Size(min = 3, max = 1000) String reason) {
    }

    public record AssignmentView(long id, long editionId, long submissionId, String submissionTitle, Person juror,
                                 Assignment.Origin origin, Progress evaluationStatus, Instant createdAt,
                                 Integer roundPosition) {
    }

    /** Why a juror may not judge a project: a rule of {@link Eligibility}, or an assignment that exists. */
    public enum EligibilityReason { AUTHOR, SAME_SCHOOL, SAME_REGION, DECLARED, OTHER_REGION, JUDGED_BEFORE, ALREADY_ASSIGNED }

    public record AssignmentCandidate(Person juror, int load, int conflicts, boolean eligible,
                                      List<EligibilityReason> reasons, String declaredReason) {
    }

    public record AssignmentCandidates(long submissionId, String title, int jurorsPerProject, int assigned, int submitted,
                                       List<AssignmentCandidate> jurors) {
    }

    public record ExtraJurorInput(@Min(1) Long jurorId) {
    }

    public record ConflictInput(@NotNull @Min(1) Long submissionId, @NotNull @Min(1) Long jurorId,
                                @NotBlank @Size(min = 3, max = 1000) String reason) {
    }

    /** A conflict of interest; {@code recordedBy} is null when the juror declared it. */
    public record ConflictView(long id, long submissionId, String submissionTitle, Person juror, String reason,
                               Instant declaredAt, Person recordedBy) {
    }

    public record ConflictRecorded(ConflictView conflict, boolean assignmentRemoved) {
    }

    public record Understaffed(long submissionId, String title, int assigned, int needed, String reason) {
    }

    public record AssignmentReport(int jurorsPerProject, int jurors, int submissions, int created, int kept,
                                   int fullyStaffed, int minLoad, int maxLoad, List<Understaffed> understaffed) {
    }

    public record JurorProgress(Person juror, int assigned, int notStarted, int draft, int submitted) {
    }

    public record SubmissionProgress(long submissionId, String title, int assigned, int submitted, int active,
                                     int missingEvaluations, boolean understaffed) {
    }

    public record ProgressView(RoundRef round, int jurorsPerProject, int assignments, int submittedEvaluations, int understaffed,
                               List<JurorProgress> jurors, List<SubmissionProgress> submissions) {
    }

    public record ScoreInput(@NotBlank @Size(max = 32) String criterionCode, @Min(0) @Max(100) Integer score,
                             @Size(max = 10) List<@NotNull Boolean> gates) {
    }

    public record EvaluationInput(@NotNull @Size(max = 30) List<@NotNull @Valid ScoreInput> scores,
                                  @Size(max = 10000) String privateComment,
                                  @Size(max = 10000) String feedback,
                                  @Min(0) Long version) {
    }

    public record ScoreView(String criterionCode, int score, List<Boolean> gates) {
    }

    public record EvaluationView(long id, long assignmentId, Evaluation.Status status, List<ScoreView> scores,
                                 String privateComment, String feedback, Double rawScore, Instant submittedAt,
                                 long version, Instant updatedAt) {
    }

    /** An evaluation as administrators read it: its juror, and the moderation of its feedback if any. */
    public record EvaluationWithJuror(Person juror, long assignmentId, EvaluationView evaluation,
                                      ModerationView moderation) {
    }

    /**
     * The juror's feedback as an administrator rewrote it: what the teacher reads (empty: nothing), who
     * wrote it and when, and whether it still applies (false once the juror changed their feedback).
     */
    public record ModerationView(String text, long version, String moderatedBy, Instant moderatedAt, boolean current) {
    }

    /** The moderated text, the version of the moderation read (0 for none) and of the evaluation read. */
    public record ModerationInput(@NotNull @Size(max = 10000) @PlainText(multiline = true) String text,
                                  @NotNull @Min(0) Long version, @NotNull @Min(0) Long evaluationVersion) {
    }

    /** A project of an edition with every evaluation of it, for administrators. */
    public record ProjectEvaluations(long submissionId, String title, String authorName, SubmissionStatus status,
                                     List<EvaluationWithJuror> evaluations) {
    }

    public record JuryAttachment(long id, String label, String filename, String contentType, long sizeBytes) {
    }

    public record JuryAuthor(String firstName, String lastName) {
    }

    public record JurySubmission(long id, String title, String summary, String description, String discipline,
                                 String schoolLevel, String regionCode, List<String> technologies, Integer pupilsCount,
                                 String videoUrl, String siteUrl, JuryAuthor author, String schoolName,
                                 List<String> coAuthors, List<JuryAttachment> attachments) {
    }

    public record JuryEdition(long id, int number, String title, EditionStatus status, Instant evaluationCloseAt,
                              boolean blindReview) {
    }

    /** A juror's assignment, in its round: the criteria are the round's, the edition's deadline and blindness the round's. */
    public record JuryAssignment(long id, JuryEdition edition, JurySubmission submission, List<CriterionView> criteria,
                                 EvaluationView evaluation, boolean canEvaluate, RoundRef round) {
    }

    public record JuryAssignmentSummary(long id, long editionId, int editionNumber, EditionStatus editionStatus,
                                        long submissionId, String title, Progress evaluationStatus, Double rawScore,
                                        int roundPosition, String roundName, JudgingRound.Status roundStatus)
            implements ValueAnswer {
    }

    public record PanelReview(String reviewer, double rawScore, List<ScoreView> scores) {
    }

    public record Panel(EvaluationView mine, List<PanelReview> others) {
    }

    public record RankingEntry(int rank, long submissionId, String title, String authorName, String regionCode,
                               String schoolLevel, String discipline, Double rawScore, Double normalizedScore,
                               int evaluations, int assigned, int active, int missingEvaluations, boolean understaffed,
                               Double spread, boolean disagreement, Integer regionRank) {
    }

    /**
     * The ranking of one round: {@code rank} is the place in the whole round, {@code regionRank} (REGIONAL
     * rounds only) the place among the projects of the same region.
     */
    public record Ranking(long editionId, RoundRef round, double disagreementThreshold, int jurorsPerProject,
                          List<RankingEntry> items) {
    }

    /** The bootstrap interval of an alpha; bounds rounded to three decimals, absent with a reason when not computable. */
    public record IntervalView(Double lower, Double upper, double level, int resamples, int usableResamples,
                               KrippendorffAlpha.NotComputable reason) {
    }

    /** Krippendorff's alpha of one set of scores, rounded to three decimals, with its reading and interval. */
    public record AgreementView(Double alpha, AgreementReading reading, KrippendorffAlpha.NotComputable reason,
                                IntervalView interval, int projects, int scores, boolean roughInterval) {
    }

    public record CriterionAgreementView(String code, LocalizedText label, AgreementView agreement) {
    }

    /** The agreement between the jurors of an edition: on the weighted score, then on each criterion. */
    public record RankingAgreementView(long editionId, long seed, AgreementView overall,
                                       List<CriterionAgreementView> criteria) {
    }

    public record JurorSeverity(Person juror, int evaluations, double meanScore, double stdDev, Double panelMean,
                                Double deviation, String tendency) {
    }

    /** What ranking and progress need of a submission's status: it is in the competition. */
    static final List<SubmissionStatus> IN_COMPETITION = List.of(SubmissionStatus.UNDER_REVIEW,
            SubmissionStatus.LAUREATE, SubmissionStatus.WINNER, SubmissionStatus.SPECIAL_MENTION,
            SubmissionStatus.NOT_RETAINED);
}
