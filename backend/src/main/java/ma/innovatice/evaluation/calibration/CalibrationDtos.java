package ma.innovatice.evaluation.calibration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.edition.EditionDtos.CriterionView;
import ma.innovatice.evaluation.EvaluationDtos.ScoreInput;
import ma.innovatice.evaluation.EvaluationDtos.ScoreView;
import ma.innovatice.submission.SubmissionDtos.EditionRef;
import ma.innovatice.submission.SubmissionDtos.Person;
import ma.innovatice.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/** The request and response bodies of calibration exercises. */
public final class CalibrationDtos {

    private CalibrationDtos() {
    }

    public record CalibrationInput(@NotNull @Size(min = 2, max = 3) List<@NotNull @Min(1) Long> sampleIds,
                                   @NotNull @Size(min = 2, max = 500) List<@NotNull @Min(1) Long> jurorIds) {
    }

    public record CloseInput(Boolean allowMissing) {
    }

    public record SourceView(Long submissionId, long editionId, int editionNumber) {
    }

    /** The anonymised copy of a project, as jurors and administrators read it. */
    public record ProjectView(String label, String title, String summary, String description, String discipline,
                              String schoolLevel, List<String> technologies, Integer pupilsCount) {

        static ProjectView of(CalibrationSample s) {
            return new ProjectView(s.label(), s.title, s.summary, s.description, s.discipline, s.schoolLevel,
                    List.copyOf(s.technologies), s.pupilsCount);
        }
    }

    public record SampleView(long id, ProjectView project, SourceView source) {
    }

    public record JurorProgressView(Person juror, int scored) {
    }

    public record CalibrationView(long id, long editionId, Calibration.Status status, Instant createdAt, Instant closedAt,
                                  List<SampleView> samples, List<JurorProgressView> jurors, int heldAssignments) {
    }

    public record CandidateProject(long id, String title, SubmissionStatus status, String schoolLevel, String discipline) {
    }

    public record Candidates(long sourceEditionId, List<EditionRef> sources, List<CandidateProject> projects,
                             List<Person> jurors) {
    }

    /** Why an intraclass correlation is absent. */
    public enum NotComputable { TOO_FEW_JURORS, NO_VARIATION, UNDEFINED }

    /** ICC(2,1) and ICC(2,k) of one set of scores over the complete design, rounded to three decimals. */
    public record AgreementView(Double icc21, Double icc2k, NotComputable reason, int samples, int jurors) {
    }

    public record CriterionAgreementView(String code, LocalizedText label, AgreementView agreement) {
    }

    public record DeviationView(double signed, double absolute) {
    }

    public record CriterionDeviationView(String code, DeviationView deviation) {
    }

    public record JurorDeviationView(Person juror, DeviationView total, List<CriterionDeviationView> criteria) {
    }

    public record RatingView(long jurorId, long sampleId, double rawScore, List<ScoreView> scores) {
    }

    public record ReportView(long editionId, Calibration.Status status, List<SampleView> samples, List<Person> complete,
                             List<JurorProgressView> missing, AgreementView total, List<CriterionAgreementView> criteria,
                             List<JurorDeviationView> deviations, List<RatingView> ratings) {
    }

    public record ScoresInput(@NotNull @Size(max = 30) List<@NotNull @Valid ScoreInput> scores) {
    }

    public record JurySampleSummary(long id, String label, String title, boolean scored, Double rawScore) {
    }

    public record JuryCalibrationView(long id, EditionRef edition, List<JurySampleSummary> samples) {
    }

    public record JurySampleView(long id, long calibrationId, EditionRef edition, Calibration.Status status,
                                 ProjectView project, List<CriterionView> criteria, List<ScoreView> scores, Double rawScore,
                                 Instant updatedAt, boolean canScore) {
    }
}
