package ma.innovatice.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.edition.EditionTransitioned;
import ma.innovatice.edition.TransitionReview;
import ma.innovatice.submission.SubmissionDtos.SubmissionEvent;
import ma.innovatice.submission.SubmissionDtos.SubmissionFilter;
import ma.innovatice.submission.SubmissionDtos.SubmissionInput;
import ma.innovatice.submission.SubmissionDtos.SubmissionSummary;
import ma.innovatice.submission.SubmissionDtos.SubmissionView;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Teachers' projects: their content, their lifecycle and who may see them. */
@ApplicationScoped
@Transactional
public class SubmissionService {

    public static final String AUDIT_TYPE = "SUBMISSION";

    private final SubmissionRepository submissions;
    private final SubmissionListQuery list;
    private final SubmissionReads reads;
    private final AttachmentRepository attachments;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Event<SubmissionSubmitted> submittedEvents;
    private final Event<SubmissionWithdrawn> withdrawnEvents;

    SubmissionService(SubmissionRepository submissions, SubmissionListQuery list, SubmissionReads reads,
                      AttachmentRepository attachments, AuditService audit,
                      EntityManager entityManager, Clock clock, Event<SubmissionSubmitted> submittedEvents,
                      Event<SubmissionWithdrawn> withdrawnEvents) {
        this.submittedEvents = submittedEvents;
        this.withdrawnEvents = withdrawnEvents;
        this.submissions = submissions;
        this.list = list;
        this.reads = reads;
        this.attachments = attachments;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public SubmissionView create(long editionId, SubmissionInput input, Actor teacher) {
        if (input.version() != null) {
            throw ProblemException.invalid("version", "must not be sent when creating a submission");
        }
        Edition edition = Optional.ofNullable(entityManager.find(Edition.class, editionId, LockModeType.PESSIMISTIC_READ))
                .filter(e -> e.status != EditionStatus.DRAFT)
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
        requireOpen(edition);
        if (submissions.hasActive(editionId, teacher.accountId(), null)) {
            throw duplicate(edition);
        }
        Account author = entityManager.find(Account.class, teacher.accountId());
        Submission submission = new Submission();
        submission.edition = edition;
        submission.author = author;
        apply(submission, input);
        declare(submission, input);
        submission.regionCode = orDefault(submission.regionCode, author.regionCode);
        submission.schoolName = orDefault(submission.schoolName, author.schoolName);
        submission.schoolLevel = orDefault(submission.schoolLevel, author.schoolLevel);
        submission.discipline = orDefault(submission.discipline, author.discipline);
        submission.status = SubmissionStatus.DRAFT;
        submission.createdAt = clock.instant();
        submission.updatedAt = submission.createdAt;
        submissions.persistAndFlush(submission);
        audit.record(teacher, AUDIT_TYPE, submission.id, "CREATE", null, content(submission));
        return view(submission);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmissionView> find(long id, Actor actor) {
        return reads.read(id, actor.isAdmin() ? null : actor.accountId(), clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionSummary> mine(Actor teacher) {
        return submissions.listByAuthor(teacher.accountId()).stream().map(SummaryRow::toSummary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubmissionSummary> search(SubmissionFilter filter, String sort, int page, int size) {
        SubmissionListQuery.Result found = list.page(filter, sort, page, size);
        return new Page<>(found.rows().stream().map(SummaryRow::toSummary).toList(), page, size, found.total());
    }

    public SubmissionView update(long id, SubmissionInput input, Actor teacher) {
        Submission submission = editableByAuthor(id, teacher);
        if (input.version() == null) {
            throw ProblemException.invalid("version", "is required: send the version you read");
        }
        if (input.version() != submission.version) {
            throw ProblemException.staleVersion("Submission " + id);
        }
        Map<String, Object> before = content(submission);
        apply(submission, input);
        declare(submission, input);
        if (submission.status == SubmissionStatus.SUBMITTED) {
            requireComplete(submission, "A submitted project must keep every field that submitting requires.");
        }
        Map<String, Object> after = content(submission);
        if (!after.equals(before)) {
            submission.updatedAt = clock.instant();
            submissions.flush();
            audit.record(teacher, AUDIT_TYPE, submission.id, "UPDATE", changed(before, after), changed(after, before));
        }
        return view(submission);
    }

    public SubmissionView submit(long id, Actor teacher) {
        Submission submission = ownedInOpenCall(id, teacher);
        if (!submission.status.authorEditable() && submission.status != SubmissionStatus.WITHDRAWN) {
            throw notEditable(submission);
        }
        if (submission.status == SubmissionStatus.WITHDRAWN
                && submissions.hasActive(submission.edition.id, teacher.accountId(), submission.id)) {
            throw duplicate(submission.edition);
        }
        requireComplete(submission, "Some fields are still needed before this project can be submitted.");
        SubmissionStatus from = submission.status;
        submission.status = SubmissionStatus.SUBMITTED;
        submission.submittedAt = clock.instant();
        submission.updatedAt = submission.submittedAt;
        submissions.flush();
        recordStatus(teacher, submission.id, from, SubmissionStatus.SUBMITTED);
        submittedEvents.fire(new SubmissionSubmitted(submission));
        return view(submission);
    }

    public SubmissionView withdraw(long id, Actor teacher) {
        Submission submission = ownedInOpenCall(id, teacher);
        if (submission.status != SubmissionStatus.SUBMITTED) {
            throw ProblemException.conflict("not-submitted", "Not submitted",
                    "Only a SUBMITTED project can be withdrawn; this one is " + submission.status
                            + (submission.status == SubmissionStatus.DRAFT ? " (a draft can be deleted)." : "."));
        }
        submission.status = SubmissionStatus.WITHDRAWN;
        submission.updatedAt = clock.instant();
        submissions.flush();
        recordStatus(teacher, submission.id, SubmissionStatus.SUBMITTED, SubmissionStatus.WITHDRAWN);
        withdrawnEvents.fire(new SubmissionWithdrawn(submission));
        return view(submission);
    }

    public void delete(long id, Actor teacher) {
        Submission submission = ownedInOpenCall(id, teacher);
        if (submission.status != SubmissionStatus.DRAFT) {
            throw ProblemException.conflict("not-draft", "Not a draft",
                    "Only a DRAFT can be deleted; this project is " + submission.status + ".");
        }
        Map<String, Object> before = content(submission);
        submissions.delete(submission);
        audit.record(teacher, AUDIT_TYPE, id, "DELETE", before, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<SubmissionEvent>> history(long id, Actor actor) {
        if (visible(id, actor).isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = entityManager.createQuery("select a.occurredAt, a.action, a.beforeState, a.afterState, "
                        + "acc.role from AuditEntry a left join Account acc on acc.id = a.actorId "
                        + "where a.entityType = :type and a.entityId = :id order by a.occurredAt, a.id", Object[].class)
                .setParameter("type", AUDIT_TYPE).setParameter("id", id).getResultList();
        return Optional.of(rows.stream().map(SubmissionHistory::event).toList());
    }

    /**
     * The submission of its author, once the author may still change it: owned, call open and
     * status DRAFT or SUBMITTED. The edition row is share-locked until the end of the
     * transaction, so a closing of the call waits for it, and it for the closing.
     */
    Submission editableByAuthor(long id, Actor teacher) {
        Submission submission = ownedInOpenCall(id, teacher);
        if (!submission.status.authorEditable()) {
            throw notEditable(submission);
        }
        return submission;
    }

    /** Who may read a submission: its author and administrators; others find nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Submission> visible(long id, Actor actor) {
        return actor.isAdmin() ? submissions.findWithDetails(id) : submissions.findOwned(id, actor.accountId());
    }

    void onEditionTransition(@Observes EditionTransitioned event) {
        if (event.to() != EditionStatus.EVALUATION) {
            return;
        }
        Instant now = clock.instant();
        entityManager.createNativeQuery("INSERT INTO audit_log (occurred_at, actor_id, actor_email, entity_type, "
                        + "entity_id, action, before_state, after_state) SELECT ?1, ?2, ?3, 'SUBMISSION', id, 'STATUS', "
                        + "'{\"status\":\"SUBMITTED\"}', '{\"status\":\"UNDER_REVIEW\"}' FROM submission "
                        + "WHERE edition_id = ?4 AND status = 'SUBMITTED'")
                .setParameter(1, now).setParameter(2, event.actor().accountId()).setParameter(3, event.actor().email())
                .setParameter(4, event.edition().id).executeUpdate();
        entityManager.createNativeQuery("UPDATE submission SET status = 'UNDER_REVIEW', updated_at = ?1, "
                        + "version = version + 1 WHERE edition_id = ?2 AND status = 'SUBMITTED'")
                .setParameter(1, now).setParameter(2, event.edition().id).executeUpdate();
    }

    /** Closing the call: how many submitted projects go under review, and which drafts stay out. */
    void onTransitionReview(@Observes TransitionReview review) {
        if (review.to() != EditionStatus.EVALUATION) {
            return;
        }
        long editionId = review.edition().id;
        review.enteringReview((int) submissions.count("edition.id = ?1 and status = ?2", editionId,
                SubmissionStatus.SUBMITTED));
        submissions.drafts(editionId).forEach(review::draft);
    }

    private Submission ownedInOpenCall(long id, Actor teacher) {
        Submission submission = submissions.findOwned(id, teacher.accountId())
                .orElseThrow(() -> ProblemException.notFound("Submission " + id));
        entityManager.refresh(submission.edition, LockModeType.PESSIMISTIC_READ);
        requireOpen(submission.edition);
        return submission;
    }

    private void requireOpen(Edition edition) {
        Instant now = clock.instant();
        if (!edition.acceptsSubmissionsAt(now)) {
            String why = edition.status != EditionStatus.OPEN ? "it is " + edition.status
                    : now.isBefore(edition.submissionsOpenAt) ? "it opens at " + edition.submissionsOpenAt
                    : "it closed at " + edition.submissionsCloseAt;
            throw new ProblemException(new Problem("submissions-closed", "Call for projects closed", 409,
                    "Edition " + edition.number + " does not accept submissions: " + why + ".")
                    .with("submissionsCloseAt", edition.submissionsCloseAt.toString()));
        }
    }

    private static void requireComplete(Submission submission, String detail) {
        List<String> missing = submission.missingForSubmission();
        if (!missing.isEmpty()) {
            List<FieldError> errors = missing.stream().map(f -> new FieldError(f, switch (f) {
                case "evidenceShowsPupils" -> "is required to submit: say whether the evidence shows pupils";
                case "parentalAuthorisationsHeld" ->
                        "is required to submit evidence showing pupils: the school must hold the parents' authorisations";
                default -> "is required to submit";
            })).toList();
            throw new ProblemException(new Problem("incomplete-submission", "Submission incomplete", 422, detail)
                    .withErrors(errors));
        }
    }

    private void recordStatus(Actor actor, long id, SubmissionStatus from, SubmissionStatus to) {
        audit.record(actor, AUDIT_TYPE, id, "STATUS", Map.of("status", from.name()), Map.of("status", to.name()));
    }

    private static void apply(Submission s, SubmissionInput input) {
        s.title = input.title().trim();
        s.summary = trimmed(input.summary());
        s.description = trimmed(input.description());
        s.discipline = trimmed(input.discipline());
        s.schoolLevel = input.schoolLevel();
        s.regionCode = input.regionCode();
        s.schoolName = trimmed(input.schoolName());
        s.coAuthors = cleanList(input.coAuthors());
        s.technologies = cleanList(input.technologies());
        s.pupilsCount = input.pupilsCount();
        s.videoUrl = trimmed(input.videoUrl());
        s.siteUrl = trimmed(input.siteUrl());
    }

    /**
     * The pupils declaration: an absent answer leaves the stored one. The parents' authorisations are
     * declared only for evidence that shows pupils; answering that it shows none clears them.
     */
    private static void declare(Submission s, SubmissionInput input) {
        if (input.evidenceShowsPupils() != null) {
            s.evidenceShowsPupils = input.evidenceShowsPupils();
        }
        if (Boolean.TRUE.equals(input.parentalAuthorisationsHeld()) && !Boolean.TRUE.equals(s.evidenceShowsPupils)) {
            throw ProblemException.invalid("parentalAuthorisationsHeld",
                    "is declared only when the evidence shows pupils (evidenceShowsPupils: true)");
        }
        if (input.parentalAuthorisationsHeld() != null) {
            s.parentalAuthorisationsHeld = input.parentalAuthorisationsHeld();
        }
        if (!Boolean.TRUE.equals(s.evidenceShowsPupils)) {
            s.parentalAuthorisationsHeld = false;
        }
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static List<String> cleanList(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).distinct().toList();
    }

    private static Map<String, Object> content(Submission s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", s.title);
        state.put("summary", s.summary);
        state.put("description", s.description);
        state.put("discipline", s.discipline);
        state.put("schoolLevel", s.schoolLevel);
        state.put("regionCode", s.regionCode);
        state.put("schoolName", s.schoolName);
        state.put("coAuthors", s.coAuthors);
        state.put("technologies", s.technologies);
        state.put("pupilsCount", s.pupilsCount);
        state.put("videoUrl", s.videoUrl);
        state.put("siteUrl", s.siteUrl);
        state.put("evidenceShowsPupils", s.evidenceShowsPupils);
        state.put("parentalAuthorisationsHeld", s.parentalAuthorisationsHeld);
        state.put("status", s.status.name());
        return state;
    }

    /** The entries of {@code state} whose value differs in {@code other}. */
    private static Map<String, Object> changed(Map<String, Object> state, Map<String, Object> other) {
        Map<String, Object> diff = new LinkedHashMap<>();
        state.forEach((key, value) -> {
            if (!Objects.equals(value, other.get(key))) {
                diff.put(key, value);
            }
        });
        return diff;
    }

    private SubmissionView view(Submission submission) {
        return SubmissionView.of(submission, attachments.ofSubmission(submission.id), clock.instant(),
                screening(submission.id));
    }

    /** The project's screening, if it was screened (the screening feature writes it). */
    @SuppressWarnings("unchecked")
    private SubmissionDtos.ScreeningOutcome screening(long submissionId) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT outcome, reason, screened_at FROM screening "
                + "WHERE submission_id = ?1").setParameter(1, submissionId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object at = rows.get(0)[2];
        // DATETIME columns hold UTC (quarkus.hibernate-orm.jdbc.timezone); a native query reads them as local date-times.
        Instant screenedAt = at instanceof Instant i ? i : at instanceof java.time.LocalDateTime l
                ? l.toInstant(java.time.ZoneOffset.UTC) : ((java.sql.Timestamp) at).toInstant();
        return new SubmissionDtos.ScreeningOutcome((String) rows.get(0)[0], (String) rows.get(0)[1], screenedAt);
    }

    private static ProblemException notEditable(Submission submission) {
        return ProblemException.conflict("not-editable", "Submission not editable",
                "This project is " + submission.status + "; only DRAFT and SUBMITTED projects can be changed.");
    }

    private static ProblemException duplicate(Edition edition) {
        return ProblemException.conflict("duplicate-submission", "Already a project in this edition",
                "You already have an active project in edition " + edition.number
                        + "; withdraw it first to start another.");
    }
}
