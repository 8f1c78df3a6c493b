package ma.innovatice.evaluation.calibration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.edition.EditionDtos.TransitionBlocker;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.edition.EditionTransitioned;
import ma.innovatice.edition.TransitionReview;

/**
 * The evaluation does not close over an open calibration: its jurors' assignments are still held
 * back, so they could not have scored them. The preview names it as a blocker, and the move itself
 * is refused (409 calibration-open, rolling the transition back) until the calibration is closed.
 */
@ApplicationScoped
public class CalibrationGate {

    private final CalibrationRepository calibrations;

    CalibrationGate(CalibrationRepository calibrations) {
        this.calibrations = calibrations;
    }

    void onTransitionReview(@Observes TransitionReview review) {
        if (review.to() == EditionStatus.DELIBERATION && open(review.edition().id)) {
            review.blocker(TransitionBlocker.CALIBRATION_OPEN);
        }
    }

    void onTransition(@Observes EditionTransitioned event) {
        if (event.to() == EditionStatus.DELIBERATION && open(event.edition().id)) {
            throw new ProblemException(new Problem("calibration-open", "Calibration still open", 409,
                    "The calibration of edition " + event.edition().number + " is still open and holds back its jurors' "
                            + "assignments: close it first, then close the evaluation."));
        }
    }

    private boolean open(long editionId) {
        return calibrations.ofEdition(editionId).map(c -> c.status == Calibration.Status.OPEN).orElse(false);
    }
}
