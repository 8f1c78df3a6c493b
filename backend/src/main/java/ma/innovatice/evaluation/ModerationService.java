package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.common.api.Page;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Criterion;
import ma.innovatice.edition.CriterionRepository;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.EvaluationDtos.EvaluationWithJuror;
import ma.innovatice.evaluation.EvaluationDtos.ModerationInput;
import ma.innovatice.evaluation.EvaluationDtos.ModerationView;
import ma.innovatice.evaluation.EvaluationDtos.ProjectEvaluations;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionDtos.Person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What administrators read of evaluations (juror, scores, private comment, feedback) and the moderation
 * of the feedback before publication: the administrator's text replaces the juror's for the teacher
 * only; the juror keeps reading their own, and the audit log keeps both.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

    /** Moderation is open while the jury works and deliberates; once the results are published, teachers have read them. */
    private static final List<EditionStatus> MODERATION_OPEN = List.of(EditionStatus.EVALUATION, EditionStatus.DELIBERATION);

    private final EvaluationRepository evaluations;
    private final AssignmentRepository assignments;
    private final ModerationRepository moderations;
    private final CriterionRepository criteria;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    ModerationService(EvaluationRepository evaluations, AssignmentRepository assignments, ModerationRepository moderations,
                      CriterionRepository criteria, AuditService audit, EntityManager entityManager, Clock clock) {
        this.evaluations = evaluations;
        this.assignments = assignments;
        this.moderations = moderations;
        this.criteria = criteria;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Every evaluation of a project, with its juror; empty when there is no such project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<EvaluationWithJuror>> ofSubmission(long submissionId) {
        Submission submission = entityManager.find(Submission.class, submissionId);
        if (submission == null) {
            return Optional.empty();
        }
        List<Criterion> rubric = criteria.rubric(submission.edition.id);
        return Optional.of(withJurors(assignments.ofEdition(submission.edition.id, null, submissionId), rubric));
    }

    /** One page of the projects in the competition of an edition, by title, each with its evaluations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Page<ProjectEvaluations>> ofEdition(long editionId, int page, int size) {
        if (entityManager.find(Edition.class, editionId) == null) {
            return Optional.empty();
        }
        List<Submission> projects = moderations.projects(editionId, page, size);
        List<Criterion> rubric = criteria.rubric(editionId);
        Map<Long, List<EvaluationWithJuror>> byProject = new LinkedHashMap<>();
        Map<Long, Long> projectOf = new LinkedHashMap<>();
        List<Assignment> panels = moderations.panels(projects.stream().map(s -> s.id).toList());
        panels.forEach(a -> projectOf.put(a.id, a.submission.id));
        for (EvaluationWithJuror e : withJurors(panels, rubric)) {
            byProject.computeIfAbsent(projectOf.get(e.assignmentId()), id -> new ArrayList<>()).add(e);
        }
        List<ProjectEvaluations> items = projects.stream().map(s -> new ProjectEvaluations(s.id, s.title,
                s.author.firstName + " " + s.author.lastName, s.status, byProject.getOrDefault(s.id, List.of()))).toList();
        return Optional.of(new Page<>(items, page, size, moderations.countProjects(editionId)));
    }

    /**
     * Rewrites the feedback of a submitted evaluation for the teacher, during EVALUATION or DELIBERATION.
     * A text equal to the juror's removes the moderation; an empty one withholds the feedback. The juror's
     * text is unchanged; the audit log records it with the moderated text before and after.
     */
    public Optional<EvaluationWithJuror> moderate(long evaluationId, ModerationInput input, Actor admin) {
        if (entityManager.find(Evaluation.class, evaluationId, LockModeType.PESSIMISTIC_WRITE) == null) {
            return Optional.empty();
        }
        Evaluation evaluation = evaluations.findWithAssignment(evaluationId).orElseThrow();
        EditionStatus phase = evaluation.assignment.submission.edition.status;
        if (!MODERATION_OPEN.contains(phase)) {
            throw ProblemException.conflict("moderation-closed", "Moderation closed",
                    "Feedback is moderated before publication, while the edition is in EVALUATION or DELIBERATION; "
                            + "it is " + phase + ".");
        }
        if (evaluation.status != Evaluation.Status.SUBMITTED) {
            throw ProblemException.conflict("not-submitted", "Not submitted",
                    "Only the feedback of a submitted evaluation is moderated; this one is a draft its juror may still change.");
        }
        if (evaluation.feedback == null) {
            throw ProblemException.conflict("no-feedback", "No feedback",
                    "The juror wrote no feedback for the teacher in this evaluation: there is nothing to moderate.");
        }
        if (input.evaluationVersion() != evaluation.version) {
            throw ProblemException.staleVersion("The evaluation");
        }
        Optional<EvaluationModeration> existing = moderations.findByIdOptional(evaluationId);
        if (input.version() != existing.map(m -> m.version).orElse(0L).longValue()) {
            throw ProblemException.staleVersion("The moderation of this feedback");
        }
        String text = input.text().trim();
        Map<String, Object> before = state(evaluation, existing.map(m -> m.feedback).orElse(null));
        if (text.equals(evaluation.feedback)) {
            if (existing.isEmpty()) {
                return Optional.of(withJuror(evaluation, null, criteria.rubric(evaluation.editionId)));
            }
            moderations.delete(existing.get());
            audit.record(admin, EvaluationService.AUDIT_TYPE, evaluationId, "MODERATE", before, state(evaluation, null));
            return Optional.of(withJuror(evaluation, null, criteria.rubric(evaluation.editionId)));
        }
        EvaluationModeration moderation = existing.orElseGet(() -> {
            EvaluationModeration created = new EvaluationModeration();
            created.evaluationId = evaluationId;
            return created;
        });
        moderation.feedback = text;
        moderation.sourceSha256 = sha256(evaluation.feedback);
        moderation.moderatedBy = admin.accountId();
        moderation.moderatedByEmail = admin.email();
        moderation.moderatedAt = clock.instant();
        moderation.version = moderation.version + 1;
        moderations.persist(moderation);
        audit.record(admin, EvaluationService.AUDIT_TYPE, evaluationId, "MODERATE", before, state(evaluation, text));
        return Optional.of(withJuror(evaluation, moderation, criteria.rubric(evaluation.editionId)));
    }

    private List<EvaluationWithJuror> withJurors(List<Assignment> panel, List<Criterion> rubric) {
        Map<Long, Evaluation> byAssignment = evaluations.ofAssignments(panel.stream().map(a -> a.id).toList());
        Map<Long, EvaluationModeration> moderated = moderations.ofEvaluations(
                byAssignment.values().stream().map(e -> e.id).toList());
        return panel.stream().filter(a -> byAssignment.containsKey(a.id)).map(a -> {
            Evaluation evaluation = byAssignment.get(a.id);
            return withJuror(evaluation, moderated.get(evaluation.id), rubric);
        }).toList();
    }

    private static EvaluationWithJuror withJuror(Evaluation evaluation, EvaluationModeration moderation,
                                                 List<Criterion> rubric) {
        var juror = evaluation.assignment.juror;
        return new EvaluationWithJuror(new Person(juror.id, juror.firstName, juror.lastName, juror.email),
                evaluation.assignment.id, EvaluationService.view(evaluation, rubric),
                moderation == null ? null : new ModerationView(moderation.feedback, moderation.version,
                        moderation.moderatedByEmail, moderation.moderatedAt,
                        evaluation.feedback != null && moderation.sourceSha256.equals(sha256(evaluation.feedback))));
    }

    private static Map<String, Object> state(Evaluation evaluation, String moderated) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("feedback", evaluation.feedback);
        state.put("moderatedFeedback", moderated);
        return state;
    }

    /** The SHA-256 of a text's UTF-8 bytes in hexadecimal, as MariaDB's SHA2(text, 256) gives it. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
