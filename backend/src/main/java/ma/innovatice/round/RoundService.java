package ma.innovatice.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.edition.EditionTransitioned;
import ma.innovatice.edition.TransitionReview;
import ma.innovatice.edition.EditionDtos.TransitionBlocker;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The rounds of an edition through its lifecycle. The edition's own judging settings (jurors per
 * project, blind review, evaluation deadline) are those of its current round: a change to either is
 * copied to the other here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RoundService {

    private final RoundRepository rounds;
    private final EntityManager entityManager;
    private final Clock clock;

    RoundService(RoundRepository rounds, EntityManager entityManager, Clock clock) {
        this.rounds = rounds;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A new edition's single national round, with the edition's settings and its own rubric. */
    public JudgingRound createDefault(Edition edition) {
        JudgingRound round = new JudgingRound();
        round.editionId = edition.id;
        round.position = 1;
        round.nameFr = "Jury national";
        round.nameAr = "اللجنة الوطنية";
        round.nameEn = "National jury";
        round.scope = JudgingRound.Scope.NATIONAL;
        round.rubric = JudgingRound.Rubric.CLD21;
        copySettings(edition, round);
        rounds.persist(round);
        return round;
    }

    /** Copies the edition's judging settings to its current round (after the admin edits the edition). */
    public void syncCurrent(Edition edition) {
        copySettings(edition, rounds.current(edition.id));
    }

    /** Closing the evaluation is refused while the edition judges a round that is not its last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    void onTransitionReview(@Observes TransitionReview review) {
        if (review.to() == EditionStatus.DELIBERATION && remaining(review.edition().id).isPresent()) {
            review.blocker(TransitionBlocker.ROUNDS_REMAINING);
        }
    }

    /** The edition's current round when another round follows it. */
    private Optional<JudgingRound> remaining(long editionId) {
        JudgingRound current = rounds.current(editionId);
        return rounds.at(editionId, current.position + 1).isPresent() ? Optional.of(current) : Optional.empty();
    }

    private static void copySettings(Edition edition, JudgingRound round) {
        round.jurorsPerProject = edition.jurorsPerProject;
        round.blindReview = edition.blindReview;
        round.evaluationCloseAt = edition.evaluationCloseAt;
    }

    /**
     * Closing the call opens the first round with every project going under review; closing the
     * evaluation closes the round being judged.
     */
    void onEditionTransition(@Observes EditionTransitioned event) {
        Instant now = clock.instant();
        long editionId = event.edition().id;
        if (event.to() == EditionStatus.DELIBERATION) {
            remaining(editionId).ifPresent(round -> {
                throw new ProblemException(new Problem("rounds-remaining", "Rounds remaining", 409,
                        "Edition " + event.edition().number + " judges in round " + round.position + " of "
                                + rounds.ofEdition(editionId).size() + ": close it and confirm its shortlist; the "
                                + "evaluation closes with the last round.").with("currentRound", round.position));
            });
        }
        if (event.to() == EditionStatus.EVALUATION) {
            JudgingRound first = rounds.ofEdition(editionId).get(0);
            first.status = JudgingRound.Status.OPEN;
            first.openedAt = now;
            entityManager.createNativeQuery("INSERT INTO round_entry (round_id, submission_id, region_code, outcome) "
                            + "SELECT ?1, id, region_code, 'IN' FROM submission WHERE edition_id = ?2 "
                            + "AND status IN ('SUBMITTED', 'UNDER_REVIEW')")
                    .setParameter(1, first.id).setParameter(2, editionId).executeUpdate();
        } else if (event.to() == EditionStatus.DELIBERATION) {
            JudgingRound current = rounds.current(editionId);
            if (current.status == JudgingRound.Status.OPEN) {
                current.status = JudgingRound.Status.CLOSED;
                current.closedAt = now;
            }
        }
    }
}
