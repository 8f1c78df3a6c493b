package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.account.Role;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.EvaluationDtos.ConflictInput;
import ma.innovatice.evaluation.EvaluationDtos.ConflictRecorded;
import ma.innovatice.evaluation.EvaluationDtos.ConflictView;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionStatus;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Conflicts of interest: declared by a juror on one of their assignments, or recorded by an
 * administrator on a juror's behalf. Either way the juror is no longer, and can no longer be,
 * assigned to the project; a juror's declaration is told to the administrators.
 */
@ApplicationScoped
@Transactional
public class ConflictService {

    static final String AUDIT_TYPE = "CONFLICT";

    /** The projects a conflict can be recorded with: submitted, before or during their evaluation. */
    private static final Set<SubmissionStatus> RECORDABLE = Set.of(SubmissionStatus.SUBMITTED, SubmissionStatus.UNDER_REVIEW);

    private final ConflictRepository conflicts;
    private final AssignmentRepository assignments;
    private final EvaluationRepository evaluations;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Event<ConflictDeclared> declared;

    ConflictService(ConflictRepository conflicts, AssignmentRepository assignments, EvaluationRepository evaluations,
                    AuditService audit, EntityManager entityManager, Clock clock, Event<ConflictDeclared> declared) {
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.evaluations = evaluations;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
        this.declared = declared;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConflictView> list(long editionId) {
        if (entityManager.find(Edition.class, editionId) == null) {
            throw ProblemException.notFound("Edition " + editionId);
        }
        return conflicts.ofEdition(editionId);
    }

    /** A juror's declaration on their own assignment, before their evaluation is submitted. */
    public void declare(long assignmentId, String reason, Actor juror) {
        Assignment assignment = assignments.findOwned(assignmentId, juror.accountId())
                .orElseThrow(() -> ProblemException.notFound("Assignment " + assignmentId));
        Optional<Evaluation> evaluation = evaluations.ofAssignment(assignmentId);
        if (evaluation.isPresent() && evaluation.get().status == Evaluation.Status.SUBMITTED) {
            throw ProblemException.conflict("evaluation-submitted", "Evaluation submitted",
                    "A conflict must be declared before scoring; your evaluation of this project is already submitted.");
        }
        Submission submission = assignment.submission;
        if (conflicts.exists(submission.id, juror.accountId())) {
            throw ProblemException.conflict("conflict-exists", "Conflict already recorded",
                    "A conflict of yours with this project is already recorded.");
        }
        Conflict conflict = persist(submission.id, juror.accountId(), reason, null);
        remove(assignment, evaluation, juror, conflict.reason);
        Edition edition = submission.edition;
        declared.fire(new ConflictDeclared(conflict.id, edition.id, edition.title, submission.title,
                assignment.juror.firstName + " " + assignment.juror.lastName, conflict.reason,
                assignments.count("submission.id", submission.id), edition.jurorsPerProject));
    }

    /**
     * An administrator's record of a juror's conflict with a submitted project of the edition, while
     * the edition is OPEN or in EVALUATION. An assignment of that juror to the project is removed as
     * the juror's own declaration removes it.
     */
    public ConflictRecorded record(long editionId, ConflictInput input, Actor admin) {
        Edition edition = Optional.ofNullable(entityManager.find(Edition.class, editionId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
        if (edition.status != EditionStatus.OPEN && edition.status != EditionStatus.EVALUATION) {
            throw ProblemException.conflict("conflicts-closed", "Conflicts closed",
                    "Conflicts of interest are recorded while the edition is OPEN or in EVALUATION; edition "
                            + edition.number + " is " + edition.status + ".");
        }
        Submission submission = Optional.ofNullable(entityManager.find(Submission.class, input.submissionId()))
                .filter(s -> s.edition.id.equals(edition.id) && RECORDABLE.contains(s.status))
                .orElseThrow(() -> ProblemException.notFound("Submitted project " + input.submissionId() + " in edition "
                        + edition.number));
        Account juror = Optional.ofNullable(entityManager.find(Account.class, input.jurorId()))
                .filter(a -> a.role == Role.JURY)
                .orElseThrow(() -> ProblemException.notFound("Juror " + input.jurorId()));
        if (conflicts.exists(submission.id, juror.id)) {
            throw ProblemException.conflict("conflict-exists", "Conflict already recorded",
                    "A conflict of juror " + juror.id + " with project " + submission.id + " is already recorded.");
        }
        Optional<Assignment> assignment = assignments.find("submission.id = ?1 and juror.id = ?2", submission.id, juror.id)
                .firstResultOptional();
        Optional<Evaluation> evaluation = assignment.flatMap(a -> evaluations.ofAssignment(a.id));
        if (evaluation.isPresent() && evaluation.get().status == Evaluation.Status.SUBMITTED) {
            throw ProblemException.conflict("evaluation-submitted", "Evaluation submitted",
                    "Juror " + juror.id + " has submitted their evaluation of project " + submission.id
                            + "; reopen it before recording the conflict.");
        }
        Conflict conflict = persist(submission.id, juror.id, input.reason(), admin.accountId());
        audit.record(admin, AUDIT_TYPE, conflict.id, "CREATE", null,
                Map.of("submissionId", submission.id, "jurorId", juror.id, "reason", conflict.reason));
        assignment.ifPresent(a -> remove(a, evaluation, admin, conflict.reason));
        return new ConflictRecorded(ConflictRepository.view(conflict, submission.title, juror,
                entityManager.find(Account.class, admin.accountId())), assignment.isPresent());
    }

    private Conflict persist(long submissionId, long jurorId, String reason, Long recordedBy) {
        Conflict conflict = new Conflict();
        conflict.submissionId = submissionId;
        conflict.jurorId = jurorId;
        conflict.reason = reason.trim();
        conflict.declaredAt = clock.instant();
        conflict.recordedBy = recordedBy;
        conflicts.persist(conflict);
        return conflict;
    }

    /** The assignment and its draft evaluation go; the audit log keeps what the assignment was. */
    private void remove(Assignment assignment, Optional<Evaluation> evaluation, Actor actor, String reason) {
        evaluation.ifPresent(evaluations::delete);
        Map<String, Object> state = Map.of("submissionId", assignment.submission.id, "jurorId", assignment.juror.id,
                "origin", assignment.origin.name());
        assignments.delete(assignment);
        audit.record(actor, AssignmentService.AUDIT_TYPE, assignment.id, "CONFLICT", state, Map.of("reason", reason));
    }
}
