package ma.innovatice.submission;

/** Where a project stands: written by its author, then judged, then awarded or not. */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, WITHDRAWN, UNDER_REVIEW, LAUREATE, WINNER, NOT_RETAINED;

    /** The statuses in which the author may still change the project (while the call is open). */
    public boolean authorEditable() {
        return this == DRAFT || this == SUBMITTED;
    }
}
