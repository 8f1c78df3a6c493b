package ma.innovatice.common.error;

import java.util.List;

/** A business rule refused the request: carries the problem the client receives. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(new Problem("not-found", "Not found", 404, what + " does not exist."));
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(new Problem(slug, title, 409, detail));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(new Problem("validation", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s).").withErrors(errors));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("forbidden", "Forbidden", 403, detail));
    }

    public static ProblemException staleVersion(String what) {
        return conflict("stale-version", "Stale version",
                what + " was changed by someone else since you read it; read it again and retry.");
    }
}
