package ma.innovatice.round;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** The judging rounds of editions. */
@ApplicationScoped
public class RoundRepository implements PanacheRepository<JudgingRound> {

    /** The rounds of an edition, in order. */
    public List<JudgingRound> ofEdition(long editionId) {
        return list("editionId = ?1 order by position", editionId);
    }

    public Optional<JudgingRound> at(long editionId, int position) {
        return find("editionId = ?1 and position = ?2", editionId, position).firstResultOptional();
    }

    /**
     * The round an edition is judging, or last judged: the open one, else the last one that has
     * opened, else the first. Every edition has at least one round.
     */
    public JudgingRound current(long editionId) {
        List<JudgingRound> rounds = ofEdition(editionId);
        if (rounds.isEmpty()) {
            throw new IllegalStateException("Edition " + editionId + " has no judging round");
        }
        return rounds.stream().filter(r -> r.status == JudgingRound.Status.OPEN).findFirst()
                .or(() -> rounds.stream().filter(r -> r.status != JudgingRound.Status.PENDING)
                        .reduce((first, second) -> second))
                .orElse(rounds.get(0));
    }
}
