package ma.innovatice.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import ma.innovatice.account.Account;
import ma.innovatice.account.AccountCreated;
import ma.innovatice.account.EmailConfirmationRequested;
import ma.innovatice.account.RegistrationAttempted;
import ma.innovatice.account.Language;
import ma.innovatice.account.PasswordResetRequested;
import ma.innovatice.account.Role;
import ma.innovatice.common.web.ClientLinks;
import ma.innovatice.edition.Edition;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.round.ShortlistConfirmed;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.edition.EditionTransitioned;
import ma.innovatice.evaluation.ConflictDeclared;
import ma.innovatice.edition.EvaluationDeadlineExtended;
import ma.innovatice.evaluation.JurorsAssigned;
import ma.innovatice.notification.Outbox.Envelope;
import ma.innovatice.screening.ScreeningRecorded;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionSubmitted;
import ma.innovatice.submission.SubmissionWithdrawn;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the events of the other features into emails, in the transaction of the event (the
 * observers are synchronous), so an email exists exactly when its cause is committed.
 */
@ApplicationScoped
class Notifications {

    private final Outbox outbox;
    private final ClientLinks links;
    private final EntityManager entityManager;
    private final Clock clock;

    Notifications(Outbox outbox, ClientLinks links, EntityManager entityManager, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.links = links;
        this.entityManager = entityManager;
    }

    void onAccountCreated(@Observes AccountCreated event) {
        Account account = event.account();
        event.passwordLink().ifPresentOrElse(
                link -> outbox.enqueue(envelope("account-invitation:" + link.id(), MailKind.ACCOUNT_INVITATION, account),
                        MailTemplates.invitation(account.preferredLanguage, account.firstName,
                                account.role == Role.JURY, links.setPassword(link.token()), link.expiresAt())),
                () -> outbox.enqueue(envelope("account-created:" + account.id, MailKind.ACCOUNT_CREATED, account),
                        MailTemplates.welcome(account.preferredLanguage, account.firstName, links.login())));
    }

    void onConfirmationRequested(@Observes EmailConfirmationRequested event) {
        Account account = event.account();
        outbox.enqueue(envelope("email-confirmation:" + event.token().id(), MailKind.EMAIL_CONFIRMATION, account),
                MailTemplates.emailConfirmation(account.preferredLanguage, account.firstName,
                        links.confirmEmail(event.token().token()), event.token().expiresAt()));
    }

    /**
     * The owner of an address someone tried to register again learns it, at most once an hour (the
     * key names the hour), with the ways back into their account.
     */
    void onRegistrationAttempted(@Observes RegistrationAttempted event) {
        Account account = event.account();
        long hour = clock.instant().getEpochSecond() / 3600;
        outbox.enqueue(envelope("registration-attempt:" + account.id + ":" + hour, MailKind.REGISTRATION_ATTEMPT, account),
                MailTemplates.registrationAttempt(account.preferredLanguage, account.firstName, links.login(),
                        links.forgotPassword()));
    }

    void onPasswordReset(@Observes PasswordResetRequested event) {
        Account account = event.account();
        outbox.enqueue(envelope("password-reset:" + event.token().id(), MailKind.PASSWORD_RESET, account),
                MailTemplates.passwordReset(account.preferredLanguage, account.firstName,
                        links.setPassword(event.token().token()), event.token().expiresAt()));
    }

    void onSubmitted(@Observes SubmissionSubmitted event) {
        Submission submission = event.submission();
        Account author = submission.author;
        Edition edition = submission.edition;
        outbox.enqueue(envelope("submission-received:" + submission.id + ":" + submission.version,
                        MailKind.SUBMISSION_RECEIVED, author, edition.id),
                MailTemplates.submissionReceived(author.preferredLanguage, author.firstName, edition.title(author.preferredLanguage),
                        submission.title, submission.summary, edition.submissionsCloseAt, links.submission(submission.id)));
    }

    void onWithdrawn(@Observes SubmissionWithdrawn event) {
        Submission submission = event.submission();
        Account author = submission.author;
        Edition edition = submission.edition;
        outbox.enqueue(envelope("submission-withdrawn:" + submission.id + ":" + submission.version,
                        MailKind.SUBMISSION_WITHDRAWN, author, edition.id),
                MailTemplates.submissionWithdrawn(author.preferredLanguage, author.firstName, edition.title(author.preferredLanguage),
                        submission.title, edition.submissionsCloseAt, links.submission(submission.id)));
    }

    /** The author of a project screened ineligible learns why, once per screening that says so. */
    void onScreeningRecorded(@Observes ScreeningRecorded event) {
        if (!event.ineligible()) {
            return;
        }
        Submission submission = event.submission();
        Account author = submission.author;
        Edition edition = submission.edition;
        outbox.enqueue(envelope("submission-ineligible:" + submission.id + ":" + event.version(),
                        MailKind.SUBMISSION_INELIGIBLE, author, edition.id),
                MailTemplates.submissionIneligible(author.preferredLanguage, author.firstName, edition.title(author.preferredLanguage),
                        submission.title, event.reason(), links.submission(submission.id)));
    }

    /**
     * One email per juror per change: how many projects they now hold in the edition. The key names
     * the juror's latest assignment, so a later assignment mails again and a replay does not.
     */
    @SuppressWarnings("unchecked")
    void onJurorsAssigned(@Observes JurorsAssigned event) {
        Edition edition = entityManager.find(Edition.class, event.editionId());
        List<Object[]> rows = entityManager.createNativeQuery("SELECT j.id, j.email, j.preferred_language, j.first_name, "
                        + "COUNT(a.id), MAX(a.id) FROM assignment a JOIN account j ON j.id = a.juror_id "
                        + "WHERE a.edition_id = ?1 AND a.juror_id IN (?2) GROUP BY j.id, j.email, j.preferred_language, "
                        + "j.first_name ORDER BY j.id")
                .setParameter(1, event.editionId()).setParameter(2, event.jurorIds()).getResultList();
        for (Object[] row : rows) {
            long jurorId = ((Number) row[0]).longValue();
            Language language = Language.ofCode((String) row[2]);
            outbox.enqueue(new Envelope("jury-assigned:edition:" + edition.id + ":juror:" + jurorId + ":upto:"
                            + ((Number) row[5]).longValue(), MailKind.JURY_ASSIGNED, (String) row[1], jurorId, language, edition.id),
                    MailTemplates.juryAssigned(language, (String) row[3], edition.title(language), ((Number) row[4]).longValue(),
                            edition.evaluationCloseAt, links.jury()));
        }
    }

    /**
     * Every enabled administrator learns that a juror declared a conflict of interest and left a
     * project, and how many jurors it has left. Only administrators are written to: the juror's name
     * and the project's title, never its author.
     */
    @SuppressWarnings("unchecked")
    void onConflictDeclared(@Observes ConflictDeclared event) {
        List<Object[]> admins = entityManager.createNativeQuery("SELECT id, email, preferred_language, first_name "
                + "FROM account WHERE role = 'ADMIN' AND enabled = TRUE ORDER BY id").getResultList();
        String link = links.editionAssignment(event.editionId());
        Edition edition = entityManager.find(Edition.class, event.editionId());
        java.util.function.Function<Language, String> editionTitle = l -> edition == null ? event.editionTitle()
                : edition.title(l);
        for (Object[] row : admins) {
            long adminId = ((Number) row[0]).longValue();
            Language language = Language.ofCode((String) row[2]);
            outbox.enqueue(new Envelope("conflict-declared:" + event.conflictId() + ":admin:" + adminId,
                            MailKind.CONFLICT_DECLARED, (String) row[1], adminId, language, event.editionId()),
                    MailTemplates.conflictDeclared(language, (String) row[3], editionTitle.apply(language), event.projectTitle(),
                            event.jurorName(), event.reason(), event.jurorsLeft(), event.jurorsPerProject(), link));
        }
    }

    /**
     * The call closed before its published deadline: each author of a project still in DRAFT learns
     * that it was not submitted (the submitted ones went under review in the same move).
     */
    @SuppressWarnings("unchecked")
    void onCallClosedEarly(@Observes EditionTransitioned event) {
        if (!event.closedCallEarly()) {
            return;
        }
        Edition edition = event.edition();
        List<Object[]> rows = entityManager.createNativeQuery("SELECT s.id, s.title, t.id, t.email, t.preferred_language, "
                        + "t.first_name FROM submission s JOIN account t ON t.id = s.author_id WHERE s.edition_id = ?1 "
                        + "AND s.status = 'DRAFT' AND t.enabled ORDER BY s.id")
                .setParameter(1, edition.id).getResultList();
        for (Object[] row : rows) {
            long submissionId = ((Number) row[0]).longValue();
            Language language = Language.ofCode((String) row[4]);
            outbox.enqueue(new Envelope("call-closed-early:edition:" + edition.id + ":submission:" + submissionId,
                            MailKind.CALL_CLOSED_EARLY, (String) row[3], ((Number) row[2]).longValue(), language, edition.id),
                    MailTemplates.callClosedEarly(language, (String) row[5], edition.title(language), (String) row[1],
                            clock.instant(), edition.submissionsCloseAt, links.submission(submissionId)));
        }
    }

    /**
     * A round's shortlist confirmed (for a region or whole): each decided author learns whether her
     * project goes on, once per round.
     */
    @SuppressWarnings("unchecked")
    void onShortlistConfirmed(@Observes ShortlistConfirmed event) {
        JudgingRound round = event.round();
        Edition edition = entityManager.find(Edition.class, round.editionId);
        JudgingRound next = event.next() != null ? event.next() : entityManager.createQuery(
                        "select r from JudgingRound r where r.editionId = :edition and r.position = :position",
                        JudgingRound.class).setParameter("edition", round.editionId)
                .setParameter("position", round.position + 1).getResultStream().findFirst().orElse(null);
        Map<Long, Boolean> decided = new HashMap<>();
        event.decisions().forEach(d -> decided.put(d.submissionId(), d.advances()));
        if (decided.isEmpty()) {
            return;
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT s.id, s.title, t.id, t.email, t.preferred_language, "
                        + "t.first_name FROM submission s JOIN account t ON t.id = s.author_id JOIN round_entry re "
                        + "ON re.submission_id = s.id AND re.round_id = ?1 WHERE re.decided_at IS NOT NULL AND t.enabled "
                        + "ORDER BY s.id")
                .setParameter(1, round.id).getResultList();
        for (Object[] row : rows) {
            long submissionId = ((Number) row[0]).longValue();
            Boolean advances = decided.get(submissionId);
            if (advances == null) {
                continue;
            }
            Language language = Language.ofCode((String) row[4]);
            outbox.enqueue(new Envelope("round-outcome:round:" + round.id + ":submission:" + submissionId,
                            MailKind.ROUND_OUTCOME, (String) row[3], ((Number) row[2]).longValue(), language, edition.id),
                    MailTemplates.roundOutcome(language, (String) row[5], edition.title(language), (String) row[1],
                            round.name(language.code()), next == null ? "" : next.name(language.code()), advances,
                            links.submission(submissionId)));
        }
    }

    /** Every juror assigned in the edition learns the new evaluation deadline, once per new deadline. */
    @SuppressWarnings("unchecked")
    void onEvaluationDeadlineExtended(@Observes EvaluationDeadlineExtended event) {
        Edition edition = event.edition();
        List<Object[]> rows = entityManager.createNativeQuery("SELECT DISTINCT j.id, j.email, j.preferred_language, "
                        + "j.first_name FROM assignment a JOIN account j ON j.id = a.juror_id WHERE a.edition_id = ?1 "
                        + "AND j.enabled ORDER BY j.id")
                .setParameter(1, edition.id).getResultList();
        for (Object[] row : rows) {
            long jurorId = ((Number) row[0]).longValue();
            Language language = Language.ofCode((String) row[2]);
            outbox.enqueue(new Envelope("evaluation-deadline:edition:" + edition.id + ":close:"
                            + edition.evaluationCloseAt.getEpochSecond() + ":juror:" + jurorId,
                            MailKind.EVALUATION_DEADLINE_EXTENDED, (String) row[1], jurorId, language, edition.id),
                    MailTemplates.evaluationDeadlineExtended(language, (String) row[3], edition.title(language),
                            edition.evaluationCloseAt, event.previous(), links.jury()));
        }
    }

    /**
     * After publication (this observer runs after the one that gives every project its final status
     * and certificate): each author learns their own result; laureates also the ceremony's date and
     * venue, and the winner the international forum where they represent Morocco.
     */
    @SuppressWarnings("unchecked")
    void onPublished(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000)
                     EditionTransitioned event) {
        if (event.to() != EditionStatus.PUBLISHED) {
            return;
        }
        Edition edition = event.edition();
        List<Object[]> companions = entityManager.createNativeQuery("SELECT s.id, s.title, t.first_name, t.last_name "
                        + "FROM delegation_member d JOIN award a ON a.submission_id = d.submission_id "
                        + "AND a.edition_id = d.edition_id AND a.kind <> 'WINNER' JOIN submission s ON s.id = d.submission_id "
                        + "JOIN account t ON t.id = s.author_id WHERE d.edition_id = ?1 AND d.role = 'COMPANION' "
                        + "ORDER BY d.position").setParameter(1, edition.id).getResultList();
        java.util.Set<Long> inDelegation = new java.util.HashSet<>();
        companions.forEach(c -> inDelegation.add(((Number) c[0]).longValue()));
        List<String> companionNames = companions.stream().map(c -> c[2] + " " + c[3] + " (« " + c[1] + " »)").toList();
        // The venue and the forum's name in each recipient's language, else in French.
        java.util.function.Function<Language, MailTemplates.Occasion> occasion = l -> new MailTemplates.Occasion(
                edition.ceremonyDate, Edition.inLanguage(l, edition.ceremonyVenue, edition.ceremonyVenueAr,
                edition.ceremonyVenueEn), edition.forumName(l), edition.forumCity, edition.forumYear,
                edition.forumStartsOn, edition.forumEndsOn, companionNames);
        List<Object[]> rows = entityManager.createNativeQuery("SELECT s.id, s.title, c.kind, t.id, t.email, "
                        + "t.preferred_language, t.first_name FROM submission s JOIN account t ON t.id = s.author_id "
                        + "JOIN certificate c ON c.submission_id = s.id AND c.revoked_at IS NULL WHERE s.edition_id = ?1 "
                        + "AND s.status IN ('WINNER', 'LAUREATE', 'SPECIAL_MENTION', 'NOT_RETAINED') ORDER BY s.id")
                .setParameter(1, edition.id).getResultList();
        for (Object[] row : rows) {
            long submissionId = ((Number) row[0]).longValue();
            Language language = Language.ofCode((String) row[5]);
            outbox.enqueue(new Envelope("results:edition:" + edition.id + ":submission:" + submissionId,
                            MailKind.RESULTS_PUBLISHED, (String) row[4], ((Number) row[3]).longValue(), language,
                            edition.id),
                    MailTemplates.results(language, (String) row[6], edition.title(language), (String) row[1], (String) row[2],
                            occasion.apply(language), inDelegation.contains(submissionId), links.submission(submissionId)));
        }
    }

    private static Envelope envelope(String key, MailKind kind, Account account) {
        return envelope(key, kind, account, null);
    }

    private static Envelope envelope(String key, MailKind kind, Account account, Long editionId) {
        return new Envelope(key, kind, account.email, account.id, account.preferredLanguage, editionId);
    }
}
