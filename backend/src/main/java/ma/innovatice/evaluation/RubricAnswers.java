package ma.innovatice.evaluation;

import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.edition.Criterion;
import ma.innovatice.evaluation.EvaluationDtos.ScoreInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores checked against an edition's rubric, the one rule for an evaluation and a calibration
 * sample: each criterion at most once, a score within its scale, or the yes/no answers to its gates,
 * whose level is the number of gates passed before the first "no", plus one (both may come together
 * if they agree). A criterion left out is simply not answered: whether that is allowed is the caller's.
 */
public final class RubricAnswers {

    /** One criterion's answer: its level, and the gates as answered ("YYN"), if they were. */
    public record Answer(long criterionId, int level, String gates) {
    }

    private RubricAnswers() {
    }

    /** @throws ProblemException 400 naming each score at fault ({@code scores[i]...}) */
    public static List<Answer> check(List<ScoreInput> inputs, List<Criterion> rubric) {
        Map<String, Criterion> byCode = new HashMap<>();
        rubric.forEach(c -> byCode.put(c.code, c));
        List<FieldError> errors = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
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
                FieldError problem = problem(field, input, criterion);
                if (problem != null) {
                    errors.add(problem);
                } else {
                    answers.add(answer(input, criterion));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return answers;
    }

    /** What is wrong with one criterion's answer, or null. */
    private static FieldError problem(String field, ScoreInput input, Criterion criterion) {
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

    private static Answer answer(ScoreInput input, Criterion criterion) {
        if (input.gates() == null) {
            return new Answer(criterion.id, input.score(), null);
        }
        StringBuilder answers = new StringBuilder(input.gates().size());
        input.gates().forEach(yes -> answers.append(yes ? 'Y' : 'N'));
        return new Answer(criterion.id, reached(input.gates()), answers.toString());
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
