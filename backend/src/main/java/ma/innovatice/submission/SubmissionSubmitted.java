package ma.innovatice.submission;

/** Fired synchronously, inside the transaction in which a teacher submits (or resubmits) a project. */
public record SubmissionSubmitted(Submission submission) {
}
