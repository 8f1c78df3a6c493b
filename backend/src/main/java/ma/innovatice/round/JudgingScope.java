package ma.innovatice.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ma.innovatice.account.Account;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.security.Roles;
import ma.innovatice.edition.Edition;

import java.util.Optional;

/**
 * What part of an edition's judging a caller works on: one round (asked by its position, else the
 * edition's current round) and, for a coordinator, only their own region. An administrator works on
 * any round, optionally filtered to one region; a coordinator only on REGIONAL rounds (403 on a
 * NATIONAL one) and only on the projects and jurors of their academy (403 on another region).
 */
@ApplicationScoped
public class JudgingScope {

    /** A round, and the region the caller is confined to or filters on (null: every region). */
    public record Target(Edition edition, JudgingRound round, String regionCode, boolean coordinator) {

        /** 403 when the caller is confined to a region and {@code regionCode} (a project's or a juror's) is another. */
        public void requireRegion(String regionCode, String what) {
            if (coordinator && !this.regionCode.equals(regionCode)) {
                throw ProblemException.forbidden(what + " is not in region " + this.regionCode + ".");
            }
        }

        /** 409 {@code round-not-open} unless the round is being judged. */
        public void requireOpen() {
            if (round.status != JudgingRound.Status.OPEN) {
                throw ProblemException.conflict("round-not-open", "Round not open",
                        "Round " + round.position + " (" + round.nameFr + ") of edition " + edition.number + " is "
                                + round.status + "; its assignments change only while it is OPEN.");
            }
        }
    }

    private final RoundRepository rounds;
    private final EntityManager entityManager;

    JudgingScope(RoundRepository rounds, EntityManager entityManager) {
        this.rounds = rounds;
        this.entityManager = entityManager;
    }

    /**
     * @param position the round's position (1 to 3), null for the edition's current round; 404 when the
     *                 edition has no such round
     * @param regionCode a region asked for (null: every region the caller may see)
     */
    public Target resolve(Actor caller, long editionId, Integer position, String regionCode) {
        Edition edition = Optional.ofNullable(entityManager.find(Edition.class, editionId))
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
        JudgingRound round = position == null ? rounds.current(editionId)
                : rounds.at(editionId, position).orElseThrow(() ->
                        ProblemException.notFound("Round " + position + " of edition " + edition.number));
        if (!Roles.COORDINATOR.equals(caller.role())) {
            return new Target(edition, round, regionCode, false);
        }
        String own = coordinatorRegion(caller);
        if (round.scope != JudgingRound.Scope.REGIONAL) {
            throw ProblemException.forbidden("Coordinators work on regional rounds; round " + round.position
                    + " of edition " + edition.number + " is " + round.scope + ".");
        }
        if (regionCode != null && !regionCode.equals(own)) {
            throw ProblemException.forbidden("Region " + regionCode + " is not the coordinator's (" + own + ").");
        }
        return new Target(edition, round, own, true);
    }

    /** The target of an existing round, as the caller may act on it (for an operation named by an assignment's id). */
    public Target resolve(Actor caller, JudgingRound round) {
        return resolve(caller, round.editionId, round.position, null);
    }

    private String coordinatorRegion(Actor caller) {
        Account account = caller.accountId() == null ? null : entityManager.find(Account.class, caller.accountId());
        if (account == null || account.regionCode == null) {
            throw ProblemException.forbidden("This coordinator account has no region.");
        }
        return account.regionCode;
    }
}
