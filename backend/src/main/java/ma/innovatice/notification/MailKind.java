package ma.innovatice.notification;

/** What an email is about. Reminders respect the recipient's preference; the others are always sent. */
public enum MailKind {
    ACCOUNT_CREATED, ACCOUNT_INVITATION, EMAIL_CONFIRMATION, REGISTRATION_ATTEMPT, PASSWORD_RESET, SUBMISSION_RECEIVED, SUBMISSION_WITHDRAWN,
    CALL_CLOSING_REMINDER, JURY_ASSIGNED, CONFLICT_DECLARED, EVALUATION_REMINDER,
    RESULTS_PUBLISHED
}
