package ma.innovatice.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.screening.ScreeningDtos.Checklist;
import ma.innovatice.screening.ScreeningDtos.ChecklistInput;
import ma.innovatice.screening.ScreeningDtos.Queue;
import ma.innovatice.screening.ScreeningDtos.QueueEntry;
import ma.innovatice.screening.ScreeningDtos.ScreeningInput;
import ma.innovatice.screening.ScreeningDtos.State;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionService;
import ma.innovatice.submission.SubmissionStatus;
import ma.innovatice.submission.SubmissionWithdrawn;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Eligibility screening: an edition's checklist, and each submitted project screened against it by an
 * administrator or the coordinator of its region while the call is open. An INELIGIBLE project leaves
 * the competition (status INELIGIBLE); screening it ELIGIBLE again gives it back its SUBMITTED status.
 * An edition without checklist has no screening.
 */
@ApplicationScoped
@Transactional
public class ScreeningService {

    static final String AUDIT_TYPE = "SCREENING";

    private final ScreeningRepository repository;
    private final EntityManager entityManager;
    private final AuditService audit;
    private final Clock clock;
    private final Event<ScreeningRecorded> recorded;

    ScreeningService(ScreeningRepository repository, EntityManager entityManager, AuditService audit, Clock clock,
                     Event<ScreeningRecorded> recorded) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
        this.recorded = recorded;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Checklist> checklist(long editionId) {
        return Optional.ofNullable(entityManager.find(Edition.class, editionId))
                .map(edition -> new Checklist(edition.id, editable(edition), repository.checklist(edition.id)));
    }

    public Optional<Checklist> replaceChecklist(long editionId, ChecklistInput input, Actor admin) {
        Edition edition = entityManager.find(Edition.class, editionId, LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            return Optional.empty();
        }
        if (!editable(edition)) {
            throw ProblemException.conflict("checklist-frozen", "Checklist frozen",
                    "The screening checklist of edition " + edition.number + " can change only while the edition is "
                            + "DRAFT or OPEN; it is " + edition.status + ".");
        }
        List<Map<String, Object>> before = labels(repository.checklist(editionId));
        repository.replaceChecklist(editionId, input.items());
        List<Map<String, Object>> after = labels(repository.checklist(editionId));
        if (!before.equals(after)) {
            audit.record(admin, "EDITION", editionId, "SCREENING_CHECKLIST", Map.of("items", before), Map.of("items", after));
        }
        return checklist(editionId);
    }

    /**
     * The screening queue of an edition: for an administrator every region (or the one asked for), for
     * a coordinator its own region only (another one is refused).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Queue> queue(long editionId, String region, State state, int page, int size, Actor actor) {
        Edition edition = entityManager.find(Edition.class, editionId);
        if (edition == null) {
            return Optional.empty();
        }
        String scope = region;
        if (actor.isCoordinator()) {
            String own = region(actor);
            if (region != null && !region.equals(own)) {
                throw ProblemException.forbidden("A regional coordinator screens the projects of its own region ("
                        + own + ") only.");
            }
            scope = own;
        }
        return Optional.of(new Queue(editionId, repository.checklist(editionId),
                repository.queue(editionId, scope, state, page, size), page, size,
                repository.count(editionId, scope, state), repository.progress(editionId, scope)));
    }

    /**
     * Records (or changes) a project's screening. The project's row is locked first, so an
     * administrator and a coordinator screening it at the same moment are serialised, and the
     * second, whose {@code version} no longer matches, gets 409.
     */
    public Optional<QueueEntry> screen(long submissionId, ScreeningInput input, Actor actor) {
        Submission submission = entityManager.find(Submission.class, submissionId, LockModeType.PESSIMISTIC_WRITE);
        if (submission == null || submission.status == SubmissionStatus.DRAFT
                || (actor.isCoordinator() && !region(actor).equals(submission.regionCode))) {
            return Optional.empty();
        }
        Edition edition = submission.edition;
        if (edition.status != EditionStatus.OPEN) {
            throw ProblemException.conflict("screening-closed", "Screening closed",
                    "Projects are screened while the call is open; edition " + edition.number + " is " + edition.status + ".");
        }
        int items = repository.checklistSize(edition.id);
        if (items == 0) {
            throw ProblemException.conflict("no-screening", "No screening",
                    "Edition " + edition.number + " has no screening checklist.");
        }
        if (submission.status != SubmissionStatus.SUBMITTED && submission.status != SubmissionStatus.INELIGIBLE) {
            throw ProblemException.conflict("not-screenable", "Not screenable",
                    "Only a SUBMITTED project is screened; this one is " + submission.status + ".");
        }
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().trim();
        List<FieldError> errors = new ArrayList<>();
        if (input.answers().size() != items) {
            errors.add(new FieldError("answers", "must answer each of the " + items + " items of the checklist"));
        }
        if (input.outcome() == Screening.Outcome.INELIGIBLE && reason == null) {
            errors.add(new FieldError("reason", "is required when the project is ineligible (its author reads it)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("invalid-screening", "Invalid screening", 422,
                    "The screening of project " + submissionId + " is incomplete.").withErrors(errors));
        }
        // A locking read sees the latest committed screening, whatever the transaction's snapshot.
        Screening screening = entityManager.find(Screening.class, submissionId, LockModeType.PESSIMISTIC_WRITE);
        Long expected = screening == null ? null : screening.version;
        if (!java.util.Objects.equals(expected, input.version())) {
            throw ProblemException.staleVersion("The screening of project " + submissionId);
        }
        Map<String, Object> before = screening == null ? null : state(screening);
        boolean created = screening == null;
        if (created) {
            screening = new Screening();
            screening.submissionId = submissionId;
        }
        screening.outcome = input.outcome();
        screening.answers = ScreeningRepository.encode(input.answers());
        screening.reason = reason;
        screening.screenedBy = actor.accountId();
        screening.screenedAt = clock.instant();
        if (created) {
            entityManager.persist(screening);
        }
        SubmissionStatus from = submission.status;
        SubmissionStatus to = input.outcome() == Screening.Outcome.INELIGIBLE ? SubmissionStatus.INELIGIBLE
                : SubmissionStatus.SUBMITTED;
        if (from != to) {
            submission.status = to;
            submission.updatedAt = screening.screenedAt;
        }
        entityManager.flush();
        audit.record(actor, AUDIT_TYPE, submissionId, created ? "CREATE" : "UPDATE", before, state(screening));
        if (from != to) {
            audit.record(actor, SubmissionService.AUDIT_TYPE, submissionId, "STATUS", Map.of("status", from.name()),
                    Map.of("status", to.name()));
        }
        boolean newlyOrDifferentlyIneligible = to == SubmissionStatus.INELIGIBLE
                && (from != to || before == null || !java.util.Objects.equals(before.get("reason"), reason));
        if (newlyOrDifferentlyIneligible) {
            recorded.fire(new ScreeningRecorded(submission, true, reason, screening.version));
        }
        return repository.entry(edition.id, submissionId);
    }

    /** A withdrawn project is screened again if its author submits it again. */
    void onWithdrawn(@Observes SubmissionWithdrawn event) {
        entityManager.createNativeQuery("DELETE FROM screening WHERE submission_id = ?1")
                .setParameter(1, event.submission().id).executeUpdate();
    }

    private String region(Actor coordinator) {
        return entityManager.find(Account.class, coordinator.accountId()).regionCode;
    }

    private static boolean editable(Edition edition) {
        return edition.status == EditionStatus.DRAFT || edition.status == EditionStatus.OPEN;
    }

    private static List<Map<String, Object>> labels(List<ScreeningDtos.ChecklistItem> items) {
        return items.stream().map(i -> {
            Map<String, Object> label = new LinkedHashMap<>();
            label.put("fr", i.fr());
            label.put("ar", i.ar());
            label.put("en", i.en());
            return label;
        }).toList();
    }

    private static Map<String, Object> state(Screening screening) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("outcome", screening.outcome.name());
        state.put("answers", screening.answers);
        state.put("reason", screening.reason);
        return state;
    }
}
