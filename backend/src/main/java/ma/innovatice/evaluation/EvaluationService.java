package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Language;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Criterion;
import ma.innovatice.edition.CriterionRepository;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.round.RoundDtos.RoundRef;
import ma.innovatice.edition.EditionDtos.CriterionView;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.EvaluationDtos.EvaluationInput;
import ma.innovatice.evaluation.EvaluationDtos.EvaluationView;
import ma.innovatice.evaluation.EvaluationDtos.JuryAssignment;
import ma.innovatice.evaluation.EvaluationDtos.JuryAssignmentSummary;
import ma.innovatice.evaluation.EvaluationDtos.JuryAttachment;
import ma.innovatice.evaluation.EvaluationDtos.JuryAuthor;
import ma.innovatice.evaluation.EvaluationDtos.JuryEdition;
import ma.innovatice.evaluation.EvaluationDtos.JurySubmission;
import ma.innovatice.evaluation.EvaluationDtos.Panel;
import ma.innovatice.evaluation.EvaluationDtos.PanelReview;
import ma.innovatice.evaluation.EvaluationDtos.ScoreInput;
import ma.innovatice.evaluation.EvaluationDtos.ScoreView;
import ma.innovatice.submission.Attachment;
import ma.innovatice.submission.AttachmentRepository;
import ma.innovatice.submission.Submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A juror's work on their assignments, and what administrators see and do of evaluations. */
@ApplicationScoped
@Transactional
public class EvaluationService {

    static final String AUDIT_TYPE = "EVALUATION";

    private final AssignmentRepository assignments;
    private final EvaluationRepository evaluations;
    private final CriterionRepository criteria;
    private final AttachmentRepository attachments;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    EvaluationService(AssignmentRepository assignments, EvaluationRepository evaluations, CriterionRepository criteria,
                      AttachmentRepository attachments, AuditService audit, EntityManager entityManager, Clock clock) {
        this.assignments = assignments;
        this.evaluations = evaluations;
        this.criteria = criteria;
        this.attachments = attachments;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** An evidence file as a juror receives it: in a blind edition, named after its position only. */
    public record JuryFile(Attachment attachment, String filename) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JuryAssignmentSummary> mine(Actor juror, Long editionId) {
        return assignments.summariesOfJuror(juror.accountId(), editionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JuryAssignment> view(long assignmentId, Actor juror) {
        return assignments.findOwned(assignmentId, juror.accountId()).map(assignment -> {
            Submission s = assignment.submission;
            JudgingRound round = roundOf(assignment);
            boolean blind = round.blindReview;
            List<Attachment> files = attachments.evidenceOf(s.id);
            List<JuryAttachment> juryFiles = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Attachment file = files.get(i);
                juryFiles.add(new JuryAttachment(file.id, "Pièce " + (i + 1), blind ? null : file.filename,
                        file.contentType, file.sizeBytes));
            }
            JurySubmission submission = new JurySubmission(s.id, s.title, s.summary, s.description, s.discipline,
                    s.schoolLevel, s.regionCode, s.technologies, s.pupilsCount, s.videoUrl, s.siteUrl,
                    blind ? null : new JuryAuthor(s.author.firstName, s.author.lastName), blind ? null : s.schoolName,
                    blind ? null : s.coAuthors, juryFiles);
            List<Criterion> rubric = rubricOf(assignment);
            Optional<Evaluation> evaluation = evaluations.ofAssignment(assignmentId);
            return new JuryAssignment(assignment.id, new JuryEdition(s.edition.id, s.edition.number, s.edition.title(RequestLanguage.current()),
                    s.edition.status, round.evaluationCloseAt, blind), submission,
                    rubric.stream().map(CriterionView::of).toList(), evaluation.map(e -> view(e, rubric)).orElse(null),
                    s.edition.status == EditionStatus.EVALUATION && round.status == JudgingRound.Status.OPEN
                            && clock.instant().isBefore(round.evaluationCloseAt)
                            && evaluation.map(e -> e.status == Evaluation.Status.DRAFT).orElse(true),
                    RoundRef.of(round));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JuryFile> file(long assignmentId, long attachmentId, Actor juror) {
        return assignments.findOwned(assignmentId, juror.accountId()).flatMap(assignment -> {
            List<Attachment> files = attachments.evidenceOf(assignment.submission.id);
            for (int i = 0; i < files.size(); i++) {
                Attachment file = files.get(i);
                if (file.id == attachmentId) {
                    String name = assignment.submission.edition.blindReview
                            ? "piece-" + (i + 1) + extensionOf(file.filename) : file.filename;
                    return Optional.of(new JuryFile(file, name));
                }
            }
            return Optional.empty();
        });
    }

    /** Saves a draft: the criteria absent from the input are not answered, and stay absent (never a default level). */
    public EvaluationView save(long assignmentId, EvaluationInput input, Actor juror) {
        Assignment assignment = owned(assignmentId, juror);
        requireScoringOpen(assignment);
        List<Criterion> rubric = rubricOf(assignment);
        List<Evaluation.Score> scores = validate(input.scores(), rubric);
        Optional<Evaluation> existing = evaluations.ofAssignment(assignmentId);
        Evaluation evaluation;
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            evaluation = existing.get();
            if (evaluation.status == Evaluation.Status.SUBMITTED) {
                throw ProblemException.conflict("evaluation-submitted", "Evaluation submitted",
                        "This evaluation is submitted; only an administrator can reopen it.");
            }
            if (input.version() == null) {
                throw ProblemException.invalid("version", "is required: send the version you read");
            }
            if (input.version() != evaluation.version) {
                throw ProblemException.staleVersion("Your evaluation");
            }
            before = state(evaluation, rubric);
        } else {
            evaluation = new Evaluation();
            evaluation.assignment = assignment;
            evaluation.editionId = assignment.editionId;
            evaluation.roundId = assignment.roundId;
            evaluation.submissionId = assignment.submission.id;
            evaluation.jurorId = assignment.juror.id;
            evaluation.createdAt = clock.instant();
        }
        evaluation.scores.clear();
        evaluation.scores.addAll(scores);
        evaluation.privateComment = blankToNull(input.privateComment());
        evaluation.feedback = blankToNull(input.feedback());
        evaluation.updatedAt = clock.instant();
        evaluations.persist(evaluation);
        evaluations.flush();
        audit.record(juror, AUDIT_TYPE, evaluation.id, "SAVE", before, state(evaluation, rubric));
        return view(evaluation, rubric);
    }

    /**
     * Submits the evaluation once every criterion is answered; otherwise 422 naming each unanswered
     * criterion by its label in the language the caller asks for, else in the juror's own.
     */
    public EvaluationView submit(long assignmentId, Actor juror) {
        Assignment assignment = owned(assignmentId, juror);
        requireScoringOpen(assignment);
        List<Criterion> rubric = rubricOf(assignment);
        Language language = RequestLanguage.current(assignment.juror.preferredLanguage);
        Evaluation evaluation = evaluations.ofAssignment(assignmentId)
                .orElseThrow(() -> incomplete(rubric, Set.of(), language));
        if (evaluation.status == Evaluation.Status.SUBMITTED) {
            throw ProblemException.conflict("evaluation-submitted", "Evaluation submitted", "This evaluation is already submitted.");
        }
        Set<Long> scored = new HashSet<>();
        evaluation.scores.forEach(score -> scored.add(score.criterionId));
        if (rubric.stream().anyMatch(c -> !scored.contains(c.id))) {
            throw incomplete(rubric, scored, language);
        }
        if (!evaluations.submit(evaluation.id, evaluation.version, clock.instant())) {
            throw ProblemException.staleVersion("Your evaluation");
        }
        entityManager.refresh(evaluation);
        audit.record(juror, AUDIT_TYPE, evaluation.id, "SUBMIT", Map.of("status", "DRAFT"),
                Map.of("status", "SUBMITTED", "rawScore", evaluation.rawScore));
        return view(evaluation, rubric);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Panel panel(long assignmentId, Actor juror) {
        Assignment assignment = owned(assignmentId, juror);
        List<Criterion> rubric = rubricOf(assignment);
        Evaluation mine = evaluations.ofAssignment(assignmentId)
                .filter(e -> e.status == Evaluation.Status.SUBMITTED)
                .orElseThrow(() -> ProblemException.conflict("evaluation-not-submitted", "Evaluation not submitted",
                        "The other jurors' scores are shown once your own evaluation is submitted."));
        List<Long> others = assignments.ofRound(assignment.roundId, null, null, assignment.submission.id).stream()
                .filter(a -> !a.id.equals(assignmentId)).map(a -> a.id).toList();
        List<Evaluation> submitted = evaluations.ofAssignments(others).values().stream()
                .filter(e -> e.status == Evaluation.Status.SUBMITTED)
                .sorted(java.util.Comparator.comparingLong(e -> e.id)).toList();
        List<PanelReview> reviews = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            Evaluation other = submitted.get(i);
            reviews.add(new PanelReview(String.valueOf((char) ('A' + i)), other.rawScore.doubleValue(),
                    view(other, rubric).scores()));
        }
        return new Panel(view(mine, rubric), reviews);
    }

    public Optional<EvaluationView> reopen(long evaluationId, String reason, Actor admin) {
        Optional<Evaluation> found = evaluations.findWithAssignment(evaluationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Evaluation evaluation = found.get();
        // A reopened evaluation goes back to draft: after the deadline its juror could not submit it again,
        // and it would silently leave the ranking. The deadline is extended first.
        requireBeforeDeadline(evaluation.assignment, "extend the evaluation deadline first, then reopen it.");
        if (evaluation.status != Evaluation.Status.SUBMITTED) {
            throw ProblemException.conflict("not-submitted", "Not submitted", "Only a submitted evaluation can be reopened.");
        }
        List<Criterion> rubric = rubricOf(evaluation.assignment);
        Map<String, Object> before = state(evaluation, rubric);
        evaluations.reopen(evaluationId, clock.instant());
        entityManager.refresh(evaluation);
        Map<String, Object> after = state(evaluation, rubric);
        after.put("reason", reason.trim());
        audit.record(admin, AUDIT_TYPE, evaluationId, "REOPEN", before, after);
        return Optional.of(view(evaluation, rubric));
    }

    private Assignment owned(long assignmentId, Actor juror) {
        return assignments.findOwned(assignmentId, juror.accountId())
                .orElseThrow(() -> ProblemException.notFound("Assignment " + assignmentId));
    }

    private void requireEvaluationPhase(Assignment assignment) {
        if (assignment.submission.edition.status != EditionStatus.EVALUATION) {
            throw ProblemException.conflict("evaluation-closed", "Evaluation closed",
                    "Evaluations change only while the edition is in EVALUATION; it is "
                            + assignment.submission.edition.status + ".");
        }
        // Read under a shared lock: a round being closed (its row locked for the close) waits for the
        // scores being saved, and a score saved after the close sees the round CLOSED. Either the score
        // counts in the round's shortlist, or it is refused; none slips in unseen.
        JudgingRound round = roundOf(assignment);
        entityManager.refresh(round, LockModeType.PESSIMISTIC_READ);
        if (round.status != JudgingRound.Status.OPEN) {
            throw ProblemException.conflict("evaluation-closed", "Evaluation closed",
                    "Evaluations change only while their round is OPEN; round " + round.position + " ("
                            + round.nameFr + ") is " + round.status + ".");
        }
    }

    /** The round of an assignment (its own deadline, blind review and rubric). */
    private JudgingRound roundOf(Assignment assignment) {
        return entityManager.find(JudgingRound.class, assignment.roundId);
    }

    /** The criteria an assignment is scored on: its round's own (a PRESENTATION round), else the edition's. */
    private List<Criterion> rubricOf(Assignment assignment) {
        JudgingRound round = roundOf(assignment);
        return round.rubric == JudgingRound.Rubric.PRESENTATION ? criteria.roundRubric(round.id)
                : criteria.rubric(assignment.submission.edition.id);
    }

    /** A juror saves or submits during EVALUATION and before its closing instant (server clock), not at it. */
    private void requireScoringOpen(Assignment assignment) {
        requireBeforeDeadline(assignment, "scores can no longer be saved or submitted.");
    }

    /** During EVALUATION and before its closing instant; else a 409 of its own type that ends with what to do. */
    private void requireBeforeDeadline(Assignment assignment, String consequence) {
        requireEvaluationPhase(assignment);
        Instant closesAt = roundOf(assignment).evaluationCloseAt;
        if (!clock.instant().isBefore(closesAt)) {
            throw new ProblemException(new Problem("evaluation-deadline-passed", "Evaluation deadline passed", 409,
                    "The evaluations of edition " + assignment.submission.edition.number + " closed at " + closesAt
                            + "; " + consequence)
                    .with("evaluationCloseAt", closesAt.toString()));
        }
    }

    /** Checks each score against its criterion; answers from gates become the level they reach. */
    static List<Evaluation.Score> validate(List<ScoreInput> inputs, List<Criterion> rubric) {
        return RubricAnswers.check(inputs, rubric).stream()
                .map(a -> new Evaluation.Score(a.criterionId(), a.level(), a.gates())).toList();
    }

    static EvaluationView view(Evaluation e, List<Criterion> rubric) {
        Map<Long, Criterion> byId = new HashMap<>();
        rubric.forEach(c -> byId.put(c.id, c));
        List<ScoreView> scores = e.scores.stream()
                .sorted(java.util.Comparator.comparingInt(s -> byId.get(s.criterionId).position))
                .map(s -> new ScoreView(byId.get(s.criterionId).code, s.score, gatesOf(s.gates))).toList();
        return new EvaluationView(e.id, e.assignment.id, e.status, scores, e.privateComment, e.feedback,
                e.rawScore == null ? null : e.rawScore.doubleValue(), e.submittedAt, e.version, e.updatedAt);
    }

    private static List<Boolean> gatesOf(String answers) {
        if (answers == null) {
            return null;
        }
        List<Boolean> gates = new ArrayList<>();
        answers.chars().forEach(c -> gates.add(c == 'Y'));
        return gates;
    }

    private static Map<String, Object> state(Evaluation e, List<Criterion> rubric) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", e.status.name());
        Map<String, Integer> scores = new LinkedHashMap<>();
        view(e, rubric).scores().forEach(s -> scores.put(s.criterionCode(), s.score()));
        state.put("scores", scores);
        state.put("privateComment", e.privateComment);
        state.put("feedback", e.feedback);
        return state;
    }

    private static ProblemException incomplete(List<Criterion> rubric, Set<Long> scored, Language language) {
        List<Criterion> missing = rubric.stream().filter(c -> !scored.contains(c.id)).toList();
        List<FieldError> errors = missing.stream().map(c -> new FieldError("scores." + c.code, label(c, language))).toList();
        String labels = String.join(language == Language.AR ? "، " : ", ", errors.stream().map(FieldError::message).toList());
        String detail = switch (language) {
            case FR -> "Chaque critère doit avoir une réponse avant la soumission. Sans réponse : " + labels + ".";
            case AR -> "يجب الإجابة عن كل معيار قبل إرسال التقييم. معايير بلا جواب: " + labels + ".";
            case EN -> "Every criterion needs an answer before the evaluation is submitted. Not answered: " + labels + ".";
        };
        return new ProblemException(new Problem("incomplete-evaluation", "Evaluation incomplete", 422, detail)
                .withErrors(errors));
    }

    private static String label(Criterion criterion, Language language) {
        String label = switch (language) {
            case FR -> criterion.label.fr;
            case AR -> criterion.label.ar;
            case EN -> criterion.label.en;
        };
        return label == null || label.isBlank() ? criterion.label.fr : label;
    }

    private static String extensionOf(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
