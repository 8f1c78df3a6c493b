package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.edition.EditionDtos.FlaggedProject;
import ma.innovatice.edition.EditionDtos.UnderstaffedProject;
import ma.innovatice.edition.EditionDtos.UnsubmittedEvaluation;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.edition.TransitionReview;
import ma.innovatice.round.RoundRepository;

import java.util.List;

/**
 * Closing the evaluation, as the jury's side sees it: the projects under review with fewer SUBMITTED
 * evaluations than the edition's {@code jurorsPerProject} (the move needs an override then), the
 * evaluations that will stay unsubmitted, and the projects whose jurors disagree (the ranking's
 * flag). Three statements and the ranking, whatever the size of the edition.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliberationReview {

    /**
     * Per project under review in the round being closed (the edition's last): its jurors and its
     * submitted evaluations in that round, for those below the round's number.
     */
    private static final String UNDERSTAFFED = "SELECT s.id, s.title, COUNT(a.id), "
            + "COALESCE(SUM(CASE WHEN e.status = 'SUBMITTED' THEN 1 ELSE 0 END), 0) AS submitted FROM round_entry re "
            + "JOIN submission s ON s.id = re.submission_id LEFT JOIN assignment a ON a.round_id = re.round_id "
            + "AND a.submission_id = s.id LEFT JOIN evaluation e ON e.assignment_id = a.id "
            + "WHERE re.round_id = ?1 AND s.status = 'UNDER_REVIEW' GROUP BY s.id, s.title HAVING submitted < ?2 "
            + "ORDER BY s.id";

    /** Every assignment of the round whose evaluation is not submitted, with whether it was begun. */
    private static final String UNSUBMITTED = "SELECT a.id, s.id, s.title, CONCAT(j.first_name, ' ', j.last_name), "
            + "CASE WHEN e.id IS NULL THEN 0 ELSE 1 END FROM assignment a JOIN submission s ON s.id = a.submission_id "
            + "JOIN account j ON j.id = a.juror_id LEFT JOIN evaluation e ON e.assignment_id = a.id "
            + "WHERE a.round_id = ?1 AND s.status = 'UNDER_REVIEW' AND (e.id IS NULL OR e.status <> 'SUBMITTED') "
            + "ORDER BY s.id, a.id";

    private final EntityManager entityManager;
    private final RankingService ranking;
    private final RoundRepository rounds;

    DeliberationReview(EntityManager entityManager, RankingService ranking, RoundRepository rounds) {
        this.entityManager = entityManager;
        this.ranking = ranking;
        this.rounds = rounds;
    }

    @SuppressWarnings("unchecked")
    void onTransitionReview(@Observes TransitionReview review) {
        if (review.to() != EditionStatus.DELIBERATION) {
            return;
        }
        long editionId = review.edition().id;
        long roundId = rounds.current(editionId).id;
        int required = review.edition().jurorsPerProject;
        List<Object[]> understaffed = entityManager.createNativeQuery(UNDERSTAFFED)
                .setParameter(1, roundId).setParameter(2, required).getResultList();
        for (Object[] row : understaffed) {
            review.understaffed(new UnderstaffedProject(AssignmentService.num(row[0]), (String) row[1],
                    (int) AssignmentService.num(row[3]), (int) AssignmentService.num(row[2]), required));
        }
        List<Object[]> unsubmitted = entityManager.createNativeQuery(UNSUBMITTED).setParameter(1, roundId)
                .getResultList();
        for (Object[] row : unsubmitted) {
            review.unsubmitted(new UnsubmittedEvaluation(AssignmentService.num(row[0]), AssignmentService.num(row[1]),
                    (String) row[2], (String) row[3], AssignmentService.num(row[4]) == 1));
        }
        ranking.ranking(editionId, null, null).items().stream().filter(entry -> entry.disagreement())
                .forEach(entry -> review.disagreement(new FlaggedProject(entry.submissionId(), entry.title(),
                        entry.spread(), null)));
    }
}
