package ma.innovatice.submission;

/** Fired synchronously, inside the transaction in which a teacher withdraws a submitted project. */
public record SubmissionWithdrawn(Submission submission) {
}
