package ma.innovatice.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionDtos.FlaggedProject;
import ma.innovatice.edition.EditionDtos.TransitionBlocker;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.edition.TransitionReview;
import ma.innovatice.evaluation.RankingService;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishing, as the awards see it: how many winners and laureates there are against what the
 * edition allows (what publication refuses, see {@link AwardService}), and the awarded projects whose
 * jurors disagree (the ranking's flag), the winner included.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicationReview {

    private final AwardRepository awards;
    private final RankingService ranking;

    PublicationReview(AwardRepository awards, RankingService ranking) {
        this.awards = awards;
        this.ranking = ranking;
    }

    void onTransitionReview(@Observes TransitionReview review) {
        if (review.to() != EditionStatus.PUBLISHED) {
            return;
        }
        Edition edition = review.edition();
        Map<Long, Award> awarded = awards.ofEdition(edition.id).stream()
                .collect(Collectors.toMap(a -> a.submission.id, Function.identity()));
        int winners = (int) awarded.values().stream().filter(a -> a.kind == AwardKind.WINNER).count();
        int laureates = (int) awarded.values().stream()
                .filter(a -> a.kind == AwardKind.WINNER || a.kind == AwardKind.LAUREATE).count();
        review.awards(winners, laureates);
        if (winners == 0) {
            review.blocker(TransitionBlocker.WINNER_MISSING);
        } else if (winners > 1) {
            review.blocker(TransitionBlocker.SEVERAL_WINNERS);
        }
        if (laureates > edition.laureateCount) {
            review.blocker(TransitionBlocker.TOO_MANY_LAUREATES);
        }
        ranking.ranking(edition.id, null, null).items().stream()
                .filter(entry -> entry.disagreement() && awarded.containsKey(entry.submissionId()))
                .sorted((a, b) -> Integer.compare(awarded.get(a.submissionId()).rank, awarded.get(b.submissionId()).rank))
                .forEach(entry -> review.disagreement(new FlaggedProject(entry.submissionId(), entry.title(),
                        entry.spread(), awarded.get(entry.submissionId()).kind.name())));
    }
}
