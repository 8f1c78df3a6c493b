package ma.innovatice.evaluation;

import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.round.JudgingRound;

import java.time.Instant;

/**
 * Whether a project can still get the submitted evaluations its edition requires without a new juror.
 * {@code active} counts its submitted evaluations and, while jurors can still evaluate (the edition in
 * EVALUATION, before its evaluation deadline), its other assignments held by enabled jurors. The
 * project is understaffed when that is below the requirement: after a declared conflict, a removed
 * assignment, a disabled juror, or a draft left at the deadline.
 */
record Staffing(int required, int submitted, int active) {

    /** @param pending the project's assignments of enabled jurors whose evaluation is not submitted */
    static Staffing of(Edition edition, Instant now, int submitted, int pending) {
        return new Staffing(edition.jurorsPerProject, submitted, submitted + (stillEvaluating(edition, now) ? pending : 0));
    }

    /** The same within one round: its own requirement, and its jurors evaluate while it is open, before its deadline. */
    static Staffing of(JudgingRound round, Instant now, int submitted, int pending) {
        return new Staffing(round.jurorsPerProject, submitted, submitted + (stillEvaluating(round, now) ? pending : 0));
    }

    static boolean stillEvaluating(JudgingRound round, Instant now) {
        return round.status == JudgingRound.Status.OPEN && now.isBefore(round.evaluationCloseAt);
    }

    static boolean stillEvaluating(Edition edition, Instant now) {
        return edition.status == EditionStatus.EVALUATION && now.isBefore(edition.evaluationCloseAt);
    }

    int missingEvaluations() {
        return Math.max(0, required - submitted);
    }

    boolean understaffed() {
        return active < required;
    }
}
