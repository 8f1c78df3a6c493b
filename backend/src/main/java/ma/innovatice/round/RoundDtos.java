package ma.innovatice.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.innovatice.common.text.PlainText;

import java.time.Instant;
import java.util.List;

/** The bodies of judging rounds. */
public final class RoundDtos {

    private RoundDtos() {
    }

    /** Which round a view belongs to: its position in the edition, its names, scope, rubric and status. */
    public record RoundRef(int position, String nameFr, String nameAr, String nameEn, JudgingRound.Scope scope,
                           JudgingRound.Rubric rubric, JudgingRound.Status status) {

        public static RoundRef of(JudgingRound round) {
            return new RoundRef(round.position, round.nameFr, round.nameAr, round.nameEn, round.scope, round.rubric,
                    round.status);
        }
    }

    /** One round as configured while the edition is a draft; {@code advanceCount} on every round but the last. */
    public record RoundInput(
            @NotBlank @Size(max = 200) @PlainText String nameFr,
            @Size(max = 200) @PlainText String nameAr,
            @Size(max = 200) @PlainText String nameEn,
            @NotNull JudgingRound.Scope scope,
            @NotNull JudgingRound.Rubric rubric,
            @NotNull @Min(1) @Max(10) Integer jurorsPerProject,
            Boolean blindReview,
            Boolean excludePreviousJurors,
            @NotNull Instant evaluationCloseAt,
            @Min(1) @Max(1000) Integer advanceCount) {
    }

    /** Every round of an edition, in order. */
    public record RoundsInput(@NotNull @Size(min = 1, max = 3) List<@NotNull @Valid RoundInput> rounds) {
    }

    /** A round with its settings, its status and how far its judging has gone. */
    public record RoundView(int position, String nameFr, String nameAr, String nameEn, JudgingRound.Scope scope,
                            JudgingRound.Rubric rubric, int jurorsPerProject, boolean blindReview,
                            boolean excludePreviousJurors, Instant evaluationCloseAt, Integer advanceCount,
                            JudgingRound.Status status, boolean current, Instant openedAt, Instant closedAt,
                            Instant shortlistConfirmedAt, int entries, int assignments, int submittedEvaluations) {
    }
}
