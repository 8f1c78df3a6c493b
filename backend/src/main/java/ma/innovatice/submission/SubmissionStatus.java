package ma.innovatice.submission;

/**
 * Where a project stands: written by its author, then screened (INELIGIBLE leaves the competition),
 * then judged, then its final outcome at publication, the kind of its award (LAUREATE, WINNER,
 * SPECIAL_MENTION) or NOT_RETAINED.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, WITHDRAWN, INELIGIBLE, UNDER_REVIEW, LAUREATE, WINNER, SPECIAL_MENTION, NOT_RETAINED;

    /** The statuses in which the author may still change the project (while the call is open). */
    public boolean authorEditable() {
        return this == DRAFT || this == SUBMITTED;
    }
}
