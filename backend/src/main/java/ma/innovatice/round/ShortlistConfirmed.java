package ma.innovatice.round;

import java.util.List;

/**
 * Fired inside the transaction that confirms (part of) a round's shortlist: each decided project
 * and whether it goes on; {@code next} is the round that opened, when the confirmation completed
 * the shortlist and a round follows.
 */
public record ShortlistConfirmed(JudgingRound round, JudgingRound next, List<Decision> decisions) {

    /** One project of the confirmation. */
    public record Decision(long submissionId, boolean advances) {
    }
}
