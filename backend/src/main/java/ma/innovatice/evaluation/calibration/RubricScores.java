package ma.innovatice.evaluation.calibration;

import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.edition.Criterion;
import ma.innovatice.evaluation.EvaluationDtos.ScoreInput;
import ma.innovatice.evaluation.RubricAnswers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration sample's scores checked against the rubric under the rules of an evaluation
 * ({@link RubricAnswers}); unlike an evaluation draft, a sample is scored whole: every criterion, at once.
 */
final class RubricScores {

    private RubricScores() {
    }

    /**
     * The scores of every criterion, in the rubric's order.
     *
     * @throws ProblemException 400 naming each score at fault, then 422 {@code incomplete-calibration}
     *                          naming each criterion without a score
     */
    static List<CalibrationResponse.Score> complete(List<ScoreInput> inputs, List<Criterion> rubric) {
        Map<Long, CalibrationResponse.Score> scored = new HashMap<>();
        RubricAnswers.check(inputs, rubric).forEach(a -> scored.put(a.criterionId(),
                new CalibrationResponse.Score(a.criterionId(), a.level(), a.gates())));
        List<FieldError> missing = rubric.stream().filter(c -> !scored.containsKey(c.id))
                .map(c -> new FieldError("scores." + c.code, "is required: a sample is scored on every criterion")).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(new Problem("incomplete-calibration", "Calibration scores incomplete", 422,
                    missing.size() + " criterion(s) of the rubric have no score: a sample is scored on every criterion.")
                    .withErrors(missing));
        }
        return rubric.stream().map(c -> scored.get(c.id)).toList();
    }
}
