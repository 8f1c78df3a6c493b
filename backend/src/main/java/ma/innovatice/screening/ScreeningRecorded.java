package ma.innovatice.screening;

import ma.innovatice.submission.Submission;

/**
 * Fired synchronously, inside the transaction in which a project is screened: {@code ineligible}
 * when it now leaves the competition (its author is mailed the reason), with the screening's version
 * (a re-screening mails again).
 */
public record ScreeningRecorded(Submission submission, boolean ineligible, String reason, long version) {
}
