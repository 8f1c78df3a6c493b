package ma.innovatice.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.edition.EditionDtos.TransitionBlocker;
import ma.innovatice.edition.EditionDtos.UnscreenedRegion;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.edition.EditionTransitioned;
import ma.innovatice.edition.TransitionReview;

import java.util.List;

/**
 * The call does not close over unscreened projects: with a checklist, every SUBMITTED project must be
 * screened first. The preview lists them by region with the blocker SCREENING_INCOMPLETE, and the move
 * itself is refused (409 screening-incomplete, rolling the transition back) while any remain. An
 * edition without checklist is not concerned.
 */
@ApplicationScoped
public class ScreeningGate {

    private final ScreeningRepository repository;

    ScreeningGate(ScreeningRepository repository) {
        this.repository = repository;
    }

    void onTransitionReview(@Observes TransitionReview review) {
        if (review.to() != EditionStatus.EVALUATION) {
            return;
        }
        List<UnscreenedRegion> regions = unscreened(review.edition().id);
        regions.forEach(review::unscreened);
        if (!regions.isEmpty()) {
            review.blocker(TransitionBlocker.SCREENING_INCOMPLETE);
        }
    }

    void onTransition(@Observes EditionTransitioned event) {
        if (event.to() != EditionStatus.EVALUATION) {
            return;
        }
        List<UnscreenedRegion> regions = unscreened(event.edition().id);
        if (!regions.isEmpty()) {
            long total = regions.stream().mapToLong(UnscreenedRegion::count).sum();
            throw new ProblemException(new Problem("screening-incomplete", "Screening incomplete", 409,
                    total + " submitted project(s) of edition " + event.edition().number + " are not screened yet: "
                            + "screen them (or have their regions' coordinators screen them), then close the call.")
                    .with("unscreened", regions));
        }
    }

    private List<UnscreenedRegion> unscreened(long editionId) {
        if (repository.checklistSize(editionId) == 0) {
            return List.of();
        }
        return repository.unscreenedByRegion(editionId).stream()
                .map(r -> new UnscreenedRegion((String) r[0], ((Number) r[1]).longValue())).toList();
    }
}
