package ma.innovatice.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.innovatice.edition.EditionDtos.FlaggedProject;
import ma.innovatice.edition.EditionDtos.UnderstaffedProject;
import ma.innovatice.edition.EditionDtos.UnsubmittedEvaluation;

import java.time.Instant;
import java.util.List;

/** What the API says about closing rounds, their shortlists and a project's way through the rounds. */
public final class ShortlistDtos {

    private ShortlistDtos() {
    }

    /** A round's place and status. */
    public record RoundProgress(int position, String name, JudgingRound.Scope scope, JudgingRound.Status status,
                                Instant openedAt, Instant closedAt, Instant shortlistConfirmedAt) {

        static RoundProgress of(JudgingRound round, String language) {
            return new RoundProgress(round.position, round.name(language), round.scope, round.status, round.openedAt,
                    round.closedAt, round.shortlistConfirmedAt);
        }
    }

    public record Override(@NotNull @Size(min = 3, max = 1000) String reason) {
    }

    public record RoundCloseInput(@Valid Override override) {
    }

    public record RoundClosePreview(long editionId, int position, int jurorsPerProject,
                                    List<UnderstaffedProject> understaffed, boolean overrideRequired,
                                    List<UnsubmittedEvaluation> unsubmittedEvaluations,
                                    List<FlaggedProject> disagreements, List<String> blockers) {
    }

    public record ShortlistRegion(String regionCode, int entries, int proposed, int advancing, int adjusted,
                                  boolean confirmed, Instant confirmedAt) {
    }

    public record ShortlistRow(long submissionId, String title, String regionCode, String schoolName, String authorName,
                               Integer rank, Integer regionRank, Double rawScore, Double normalizedScore,
                               int evaluations, boolean disagreement, boolean proposed, boolean advances,
                               boolean adjusted, String reason, RoundEntry.Outcome outcome, long version) {
    }

    public record Shortlist(RoundProgress round, int advanceCount, RoundProgress nextRound, int unconfirmedRegions,
                            List<ShortlistRegion> regions, List<ShortlistRow> rows) {
    }

    public record ShortlistDecision(@NotNull Boolean advances, @Size(min = 3, max = 1000) String reason,
                                    @NotNull @Min(0) Long version) {
    }

    public record ShortlistConfirmation(@Pattern(regexp = "^MA-(0[1-9]|1[0-2])$") String region) {
    }

    public record SubmissionRound(int position, String name, JudgingRound.Scope scope, JudgingRound.Status status,
                                  Instant evaluationCloseAt, boolean reached, RoundEntry.Outcome outcome,
                                  Double rawScore, Double normalizedScore, Integer rank, Integer evaluations) {
    }
}
