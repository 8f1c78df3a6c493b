package ma.innovatice.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.account.Language;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.evaluation.EvaluationDtos.RankingEntry;
import ma.innovatice.evaluation.RankingService;
import ma.innovatice.round.ShortlistDtos.SubmissionRound;
import ma.innovatice.submission.Submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a project stands in each round of its edition. Its author sees the rounds it reached and
 * their outcomes, never a score; an administrator also sees every round's scores side by side.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundTimeline {

    private final RoundRepository rounds;
    private final RankingService ranking;
    private final EntityManager entityManager;

    RoundTimeline(RoundRepository rounds, RankingService ranking, EntityManager entityManager) {
        this.rounds = rounds;
        this.ranking = ranking;
        this.entityManager = entityManager;
    }

    /** In the language the request asks for, else the author's preferred one (French for an admin). */
    public List<SubmissionRound> of(long submissionId, Actor actor) {
        Language fallback = actor.isAdmin() ? Language.FR : entityManager.find(Account.class, actor.accountId())
                .preferredLanguage;
        return of(submissionId, actor, RequestLanguage.current(fallback));
    }

    public List<SubmissionRound> of(long submissionId, Actor actor, Language answerLanguage) {
        Submission submission = Optional.ofNullable(entityManager.find(Submission.class, submissionId))
                .filter(s -> actor.isAdmin() || s.author.id.equals(actor.accountId()))
                .orElseThrow(() -> ProblemException.notFound("Project " + submissionId));
        String language = answerLanguage.code();
        Map<Long, RoundEntry> entries = entityManager.createQuery("select e from RoundEntry e where e.key.submissionId = :id",
                        RoundEntry.class).setParameter("id", submissionId).getResultStream()
                .collect(Collectors.toMap(e -> e.key.roundId(), Function.identity()));
        return rounds.ofEdition(submission.edition.id).stream().map(round -> {
            RoundEntry entry = entries.get(round.id);
            RankingEntry scores = null;
            if (actor.isAdmin() && entry != null && round.status != JudgingRound.Status.PENDING) {
                scores = ranking.rankRound(round, null, null).items().stream()
                        .filter(e -> e.submissionId() == submissionId).findFirst().orElse(null);
            }
            return new SubmissionRound(round.position, round.name(language), round.scope, round.status,
                    round.evaluationCloseAt, entry != null, entry == null ? null : entry.outcome,
                    scores == null ? null : scores.rawScore(), scores == null ? null : scores.normalizedScore(),
                    scores == null ? null : scores.rank(), scores == null ? null : scores.evaluations());
        }).toList();
    }
}
