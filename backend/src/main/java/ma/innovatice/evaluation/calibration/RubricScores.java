package ma.innovatice.evaluation.calibration;

import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.edition.Criterion;
import ma.innovatice.evaluation.EvaluationDtos.ScoreInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A calibration sample's scores checked against the rubric, under the rules of an evaluation: a score
 * within its criterion's scale, or the yes/no answers to its gates, whose level is the number of gates
 * passed before the first "no", plus one (both may come together if they agree). Unlike an evaluation
 * draft, a sample is scored whole: every criterion, at once.
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
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        rubric.forEach(c -> byCode.put(c.code, c));
        Map<Long, CalibrationResponse.Score> scored = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScoreInput input = inputs.get(i);
            String field = "scores[" + i + "]";
            Criterion criterion = byCode.get(input.criterionCode());
            if (criterion == null) {
                errors.add(new FieldError(field + ".criterionCode", "is not a criterion of this edition's rubric"));
            } else if (!seen.add(criterion.code)) {
                errors.add(new FieldError(field + ".criterionCode", "is scored twice"));
            } else {
                FieldError problem = check(field, input, criterion);
                if (problem != null) {
                    errors.add(problem);
                } else {
                    scored.put(criterion.id, score(input, criterion));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<FieldError> missing = rubric.stream().filter(c -> !scored.containsKey(c.id))
                .map(c -> new FieldError("scores." + c.code, "is required: a sample is scored on every criterion")).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(new Problem("incomplete-calibration", "Calibration scores incomplete", 422,
                    missing.size() + " criterion(s) of the rubric have no score: a sample is scored on every criterion.")
                    .withErrors(missing));
        }
        return rubric.stream().map(c -> scored.get(c.id)).toList();
    }

    /** What is wrong with one criterion's answer, or null. */
    private static FieldError check(String field, ScoreInput input, Criterion criterion) {
        Integer level = input.score();
        if (input.gates() != null) {
            if (input.gates().size() != criterion.gates.size()) {
                return new FieldError(field + ".gates", "must answer the " + criterion.gates.size() + " gates of "
                        + criterion.code);
            }
            int reached = reached(input.gates());
            if (level != null && level != reached) {
                return new FieldError(field + ".score", "must be " + reached + ", the level the gates reach");
            }
            level = reached;
        }
        if (level == null) {
            return new FieldError(field, "needs a score or the answers to the gates");
        }
        if (level < criterion.scaleMin || level > criterion.scaleMax) {
            return new FieldError(field + ".score", "must be between " + criterion.scaleMin + " and " + criterion.scaleMax);
        }
        return null;
    }

    private static CalibrationResponse.Score score(ScoreInput input, Criterion criterion) {
        if (input.gates() == null) {
            return new CalibrationResponse.Score(criterion.id, input.score(), null);
        }
        StringBuilder answers = new StringBuilder(input.gates().size());
        input.gates().forEach(yes -> answers.append(yes ? 'Y' : 'N'));
        return new CalibrationResponse.Score(criterion.id, reached(input.gates()), answers.toString());
    }

    /** The level the answers reach: the gates passed before the first "no", plus one. */
    private static int reached(List<Boolean> gates) {
        int passed = 0;
        for (Boolean yes : gates) {
            if (!yes) {
                break;
            }
            passed++;
        }
        return passed + 1;
    }
}
