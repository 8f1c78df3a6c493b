package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.account.Role;
import ma.innovatice.common.audit.AuditEntry;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.Eligibility.Juror;
import ma.innovatice.evaluation.Eligibility.Pair;
import ma.innovatice.evaluation.Eligibility.Project;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentCandidate;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentCandidates;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentInput;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentReport;
import ma.innovatice.evaluation.EvaluationDtos.AssignmentView;
import ma.innovatice.evaluation.EvaluationDtos.AutoAssignInput;
import ma.innovatice.evaluation.EvaluationDtos.EligibilityReason;
import ma.innovatice.evaluation.EvaluationDtos.JurorProgress;
import ma.innovatice.evaluation.EvaluationDtos.Progress;
import ma.innovatice.evaluation.EvaluationDtos.ProgressView;
import ma.innovatice.evaluation.EvaluationDtos.SubmissionProgress;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.round.JudgingScope.Target;
import ma.innovatice.round.RoundDtos.RoundRef;
import ma.innovatice.round.RoundRepository;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionDtos.Person;
import ma.innovatice.submission.SubmissionStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who judges what: manual and automatic assignment, the jurors to choose from, one more juror, progress. */
@ApplicationScoped
@Transactional
public class AssignmentService {

    static final String AUDIT_TYPE = "ASSIGNMENT";

    /** Rows of one multi-row INSERT of planned assignments. */
    private static final int INSERT_ROWS = 1000;

    private final AssignmentRepository assignments;
    private final EvaluationRepository evaluations;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Event<JurorsAssigned> assigned;
    private final RoundRepository rounds;

    AssignmentService(AssignmentRepository assignments, EvaluationRepository evaluations, AuditService audit,
                      EntityManager entityManager, Clock clock,
                      Event<JurorsAssigned> assigned, RoundRepository rounds) {
        this.assigned = assigned;
        this.rounds = rounds;
        this.assignments = assignments;
        this.evaluations = evaluations;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The assignments of the target's round (of its region when it has one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentView> list(Target target, Long jurorId, Long submissionId) {
        List<Assignment> found = assignments.ofRound(target.round().id, target.regionCode(), jurorId, submissionId);
        Map<Long, Evaluation> byAssignment = evaluations.ofAssignments(found.stream().map(a -> a.id).toList());
        int position = target.round().position;
        return found.stream().map(a -> view(a, byAssignment.get(a.id), position)).toList();
    }

    /** A juror chosen for a project, in the target's round (which must be OPEN). */
    public AssignmentView create(Target target, AssignmentInput input, Actor admin) {
        Edition edition = editionInEvaluation(target.edition().id, LockModeType.PESSIMISTIC_WRITE);
        target.requireOpen();
        Submission submission = entryOf(target, edition, input.submissionId());
        return view(assignChosen(target, edition, submission, input.jurorId(), Assignment.Origin.MANUAL, admin), null,
                target.round().position);
    }

    /**
     * Removes an assignment whose evaluation is not submitted; {@code scope} says whether the caller
     * may act on the assignment's round and region (a coordinator only on their region's, in a regional round).
     */
    public boolean delete(long assignmentId, Actor admin, java.util.function.Function<JudgingRound, Target> scope) {
        Optional<Assignment> found = assignments.findWithDetails(assignmentId);
        if (found.isEmpty()) {
            return false;
        }
        Assignment assignment = found.get();
        Target target = scope.apply(entityManager.find(JudgingRound.class, assignment.roundId));
        target.requireRegion(assignment.submission.regionCode, "Project " + assignment.submission.id);
        editionInEvaluation(assignment.editionId, LockModeType.PESSIMISTIC_WRITE);
        target.requireOpen();
        Optional<Evaluation> evaluation = evaluations.ofAssignment(assignmentId);
        if (evaluation.isPresent() && evaluation.get().status == Evaluation.Status.SUBMITTED) {
            throw ProblemException.conflict("evaluation-submitted", "Evaluation submitted",
                    "This juror has submitted their evaluation; reopen it before removing the assignment.");
        }
        evaluation.ifPresent(evaluations::delete);
        assignments.delete(assignment);
        audit.record(admin, AUDIT_TYPE, assignmentId, "DELETE", state(assignment), null);
        return true;
    }

    /**
     * Completes every entry of the target's round (of its region when it has one) to the round's number
     * of jurors, from the enabled jurors (of that region); in a REGIONAL round each project only gets
     * jurors of its own region.
     */
    public AssignmentReport auto(Target target, AutoAssignInput input, Actor admin) {
        Edition edition = editionInEvaluation(target.edition().id, LockModeType.PESSIMISTIC_WRITE);
        target.requireOpen();
        JudgingRound round = target.round();
        List<Juror> pool = assignments.enabledJurors(target.regionCode());
        if (input != null && input.jurorIds() != null && !input.jurorIds().isEmpty()) {
            Set<Long> wanted = new HashSet<>(input.jurorIds());
            pool = pool.stream().filter(j -> wanted.contains(j.id())).toList();
            if (pool.size() != wanted.size()) {
                Set<Long> known = pool.stream().map(Juror::id).collect(Collectors.toSet());
                if (target.coordinator()) {
                    throw ProblemException.forbidden("Jurors " + wanted.stream().filter(id -> !known.contains(id))
                            .sorted().toList() + " are not enabled jurors of region " + target.regionCode() + ".");
                }
                throw ProblemException.invalid("jurorIds", "are not all enabled jurors"
                        + (target.regionCode() == null ? "" : " of region " + target.regionCode()) + ": "
                        + wanted.stream().filter(id -> !known.contains(id)).sorted().toList());
            }
        }
        List<Project> projects = assignments.entriesUnderReview(round.id, target.regionCode());
        Eligibility rules = rules(edition, round);
        AutoAssigner.Plan plan = new AutoAssigner(projects, pool, assignments.pairsOfRound(round.id),
                round.jurorsPerProject, rules).plan();
        Instant now = clock.instant();
        insert(edition.id, round.id, plan.created(), admin, now);
        notifyReleased(edition.id, plan.created().stream().map(Pair::jurorId).collect(Collectors.toSet()));
        return new AssignmentReport(round.jurorsPerProject, pool.size(), projects.size(), plan.created().size(),
                plan.kept(), plan.fullyStaffed(), plan.minLoad(), plan.maxLoad(), plan.understaffed());
    }

    /**
     * One more juror for a project: the one the admin chose, under the rules of manual assignment, or
     * without a choice the least loaded eligible one, as automatic assignment would take.
     */
    public AssignmentView extraJuror(Target target, long submissionId, Long jurorId, Actor admin) {
        Edition edition = editionInEvaluation(target.edition().id, LockModeType.PESSIMISTIC_WRITE);
        target.requireOpen();
        JudgingRound round = target.round();
        Submission submission = entryOf(target, edition, submissionId);
        if (jurorId != null) {
            return view(assignChosen(target, edition, submission, jurorId, Assignment.Origin.EXTRA, admin), null,
                    round.position);
        }
        Eligibility rules = rules(edition, round);
        Set<Pair> existing = assignments.pairsOfRound(round.id);
        Map<Long, Long> loads = assignments.loadsInRound(round.id);
        Project project = projectOf(submission);
        Juror chosen = assignments.enabledJurors(target.regionCode()).stream()
                .filter(j -> !existing.contains(new Pair(submissionId, j.id())) && rules.eligible(j, project))
                .min(Comparator.<Juror>comparingLong(j -> loads.getOrDefault(j.id(), 0L)).thenComparingLong(Juror::id))
                .orElseThrow(() -> ProblemException.conflict("no-eligible-juror", "No eligible juror",
                        "Every enabled juror is already assigned to project " + submissionId + " or has a conflict with it."));
        return view(persist(round, submission, entityManager.find(Account.class, chosen.id()), Assignment.Origin.EXTRA,
                admin), null, round.position);
    }

    /**
     * Every enabled juror (of the target's region when it has one) for a project in competition, with
     * their load in the round and conflicts in the edition and why they may not judge it in this round:
     * eligible ones first, the least loaded first, then by name.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentCandidates candidates(Target target, long submissionId) {
        Edition edition = target.edition();
        JudgingRound round = target.round();
        Submission submission = Optional.ofNullable(entityManager.find(Submission.class, submissionId))
                .filter(s -> s.edition.id.equals(edition.id) && EvaluationDtos.IN_COMPETITION.contains(s.status))
                .orElseThrow(() -> ProblemException.notFound("Project " + submissionId + " in competition in edition "
                        + edition.number));
        target.requireRegion(submission.regionCode, "Project " + submissionId);
        Map<Long, String> declared = assignments.conflictReasons(submissionId);
        Map<Long, Boolean> assigned = assignments.jurorsOfInRound(round.id, submissionId);
        Eligibility rules = new Eligibility(edition.sameRegionConflict, declared.keySet().stream()
                .map(juror -> new Pair(submissionId, juror)).collect(Collectors.toSet()),
                round.scope == JudgingRound.Scope.REGIONAL, judgedBefore(edition, round));
        Project project = projectOf(submission);
        List<AssignmentCandidate> jurors = assignments.candidatesInRound(edition.id, round.id, target.regionCode())
                .stream().map(c -> {
            List<EligibilityReason> reasons = new ArrayList<>();
            rules.reasons(c.juror(), project).forEach(r -> reasons.add(EligibilityReason.valueOf(r.name())));
            if (assigned.containsKey(c.person().id())) {
                reasons.add(EligibilityReason.ALREADY_ASSIGNED);
            }
            return new AssignmentCandidate(c.person(), c.load(), c.conflicts(), reasons.isEmpty(), reasons,
                    declared.get(c.person().id()));
        }).sorted(Comparator.comparing((AssignmentCandidate c) -> !c.eligible()).thenComparingInt(AssignmentCandidate::load)
                .thenComparing(c -> c.juror().lastName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> c.juror().firstName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(c -> c.juror().id())).toList();
        int submitted = (int) assigned.values().stream().filter(Boolean::booleanValue).count();
        return new AssignmentCandidates(submission.id, submission.title, round.jurorsPerProject, assigned.size(),
                submitted, jurors);
    }

    /** The progress of the target's round (of its region when it has one): per juror, then per project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public ProgressView progress(Target target) {
        JudgingRound round = target.round();
        String region = target.regionCode() == null ? "" : target.regionCode();
        List<Object[]> jurorRows = entityManager.createNativeQuery("SELECT j.id, j.first_name, j.last_name, j.email, "
                + "COUNT(a.id), SUM(e.id IS NULL), SUM(e.status = 'DRAFT'), SUM(e.status = 'SUBMITTED') "
                + "FROM assignment a JOIN account j ON j.id = a.juror_id JOIN submission s ON s.id = a.submission_id "
                + "LEFT JOIN evaluation e ON e.assignment_id = a.id "
                + "WHERE a.round_id = ?1 AND (?2 = '' OR s.region_code = ?2) "
                + "GROUP BY j.id, j.first_name, j.last_name, j.email ORDER BY j.last_name, j.id")
                .setParameter(1, round.id).setParameter(2, region).getResultList();
        String projectsOfRound = round.position == 1
                ? "FROM submission s WHERE s.edition_id = ?3 AND s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', "
                        + "'SPECIAL_MENTION', 'NOT_RETAINED')"
                : "FROM round_entry re JOIN submission s ON s.id = re.submission_id WHERE re.round_id = ?1 "
                        + "AND s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED')";
        List<Object[]> submissionRows = entityManager.createNativeQuery("SELECT s.id, s.title, "
                + "(SELECT COUNT(*) FROM assignment a WHERE a.round_id = ?1 AND a.submission_id = s.id), "
                + "(SELECT COUNT(*) FROM assignment a JOIN evaluation e ON e.assignment_id = a.id "
                + "  WHERE a.round_id = ?1 AND a.submission_id = s.id AND e.status = 'SUBMITTED'), "
                + "(SELECT COUNT(*) FROM assignment a JOIN account j ON j.id = a.juror_id "
                + "  LEFT JOIN evaluation e ON e.assignment_id = a.id WHERE a.round_id = ?1 AND a.submission_id = s.id "
                + "  AND j.enabled AND (e.id IS NULL OR e.status <> 'SUBMITTED')) "
                + projectsOfRound + " AND (?2 = '' OR s.region_code = ?2) ORDER BY s.id")
                .setParameter(1, round.id).setParameter(2, region).setParameter(3, round.editionId).getResultList();
        List<JurorProgress> jurors = jurorRows.stream().map(r -> new JurorProgress(
                new Person(num(r[0]), (String) r[1], (String) r[2], (String) r[3]),
                (int) num(r[4]), (int) num(r[5]), (int) num(r[6]), (int) num(r[7]))).toList();
        Instant now = clock.instant();
        List<SubmissionProgress> submissions = submissionRows.stream().map(r -> {
            Staffing staffing = Staffing.of(round, now, (int) num(r[3]), (int) num(r[4]));
            return new SubmissionProgress(num(r[0]), (String) r[1], (int) num(r[2]), staffing.submitted(),
                    staffing.active(), staffing.missingEvaluations(), staffing.understaffed());
        }).toList();
        return new ProgressView(RoundRef.of(round), round.jurorsPerProject,
                jurors.stream().mapToInt(JurorProgress::assigned).sum(),
                jurors.stream().mapToInt(JurorProgress::submitted).sum(),
                (int) submissions.stream().filter(SubmissionProgress::understaffed).count(), jurors, submissions);
    }

    /** The conflict rules of a round of the edition. */
    private Eligibility rules(Edition edition, JudgingRound round) {
        return new Eligibility(edition.sameRegionConflict, assignments.declaredConflicts(edition.id),
                round.scope == JudgingRound.Scope.REGIONAL, judgedBefore(edition, round));
    }

    private Set<Pair> judgedBefore(Edition edition, JudgingRound round) {
        return round.excludePreviousJurors && round.position > 1 ? assignments.pairsBefore(edition.id, round.position)
                : Set.of();
    }

    /** A project under review that the target's round judges (an entry still IN), in the caller's region. */
    private Submission entryOf(Target target, Edition edition, long submissionId) {
        Submission submission = underReview(edition, submissionId);
        target.requireRegion(submission.regionCode, "Project " + submissionId);
        if (!assignments.isEntry(target.round().id, submissionId)) {
            throw ProblemException.notFound("Project " + submissionId + " in round " + target.round().position
                    + " of edition " + edition.number);
        }
        return submission;
    }

    static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Assignment persist(JudgingRound round, Submission submission, Account juror, Assignment.Origin origin,
                               Actor admin) {
        Assignment assignment = new Assignment();
        assignment.editionId = submission.edition.id;
        assignment.roundId = round.id;
        assignment.submission = submission;
        assignment.juror = juror;
        assignment.origin = origin;
        assignment.createdAt = clock.instant();
        assignment.createdBy = admin.accountId();
        assignments.persistAndFlush(assignment);
        audit.record(admin, AUDIT_TYPE, assignment.id, "CREATE", null, state(assignment));
        notifyReleased(assignment.editionId, Set.of(juror.id));
        return assignment;
    }

    /**
     * Tells the jurors of their new assignments, except those an open calibration holds them back
     * from: they are told when it closes (CalibrationService).
     */
    private void notifyReleased(long editionId, Set<Long> jurorIds) {
        Set<Long> told = new HashSet<>(jurorIds);
        if (!told.isEmpty()) {
            told.removeAll(assignments.heldByCalibration(editionId));
        }
        if (!told.isEmpty()) {
            assigned.fire(new JurorsAssigned(editionId, told));
        }
    }

    /**
     * Writes the planned assignments in multi-row statements and their audit entries in one. They go
     * through Hibernate, naming their tables, so that the cached lists read from them are dropped.
     */
    private void insert(long editionId, long roundId, List<Pair> pairs, Actor admin, Instant now) {
        if (pairs.isEmpty()) {
            return;
        }
        for (int from = 0; from < pairs.size(); from += INSERT_ROWS) {
            List<Pair> rows = pairs.subList(from, Math.min(pairs.size(), from + INSERT_ROWS));
            StringBuilder sql = new StringBuilder("INSERT INTO assignment (edition_id, round_id, submission_id, juror_id, "
                    + "origin, created_at, created_by) VALUES ");
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?1, ").append(roundId).append(", ?").append(4 + 2 * i)
                        .append(", ?").append(5 + 2 * i).append(", 'AUTO', ?2, ?3)");
            }
            var insert = entityManager.createNativeQuery(sql.toString()).setParameter(1, editionId)
                    .setParameter(2, now).setParameter(3, admin.accountId());
            for (int i = 0; i < rows.size(); i++) {
                insert.setParameter(4 + 2 * i, rows.get(i).submissionId()).setParameter(5 + 2 * i, rows.get(i).jurorId());
            }
            QueryCache.writing(insert, Assignment.class).executeUpdate();
        }
        QueryCache.writing(entityManager.createNativeQuery("INSERT INTO audit_log (occurred_at, actor_id, actor_email, "
                        + "entity_type, entity_id, action, before_state, after_state) SELECT ?1, ?2, ?3, 'ASSIGNMENT', id, "
                        + "'CREATE', NULL, JSON_OBJECT('submissionId', submission_id, 'jurorId', juror_id, 'origin', origin) "
                        + "FROM assignment WHERE edition_id = ?4 AND origin = 'AUTO' AND created_at = ?1")
                .setParameter(1, now).setParameter(2, admin.accountId()).setParameter(3, admin.email())
                .setParameter(4, editionId), AuditEntry.class).executeUpdate();
    }

    /** The juror the admin chose, if enabled, not yet assigned to the project and without a conflict with it. */
    private Assignment assignChosen(Target target, Edition edition, Submission submission, long jurorId,
                                    Assignment.Origin origin, Actor admin) {
        Account juror = enabledJuror(jurorId);
        target.requireRegion(juror.regionCode, "Juror " + juror.id);
        JudgingRound round = target.round();
        if (assignments.existsInRound(round.id, submission.id, juror.id)) {
            throw ProblemException.conflict("already-assigned", "Already assigned",
                    "Juror " + juror.id + " is already assigned to project " + submission.id + " in round "
                            + round.position + ".");
        }
        Eligibility rules = rules(edition, round);
        rules.conflict(jurorOf(juror), projectOf(submission)).ifPresent(reason -> {
            throw new ProblemException(new Problem("conflict-of-interest", "Conflict of interest", 409,
                    "Juror " + juror.id + " may not judge project " + submission.id + ": " + describe(reason) + ".")
                    .with("reason", reason.name()));
        });
        return persist(round, submission, juror, origin, admin);
    }

    private Submission underReview(Edition edition, long submissionId) {
        return Optional.ofNullable(entityManager.find(Submission.class, submissionId))
                .filter(s -> s.edition.id.equals(edition.id) && s.status == SubmissionStatus.UNDER_REVIEW)
                .orElseThrow(() -> ProblemException.notFound("Project " + submissionId + " under review in edition "
                        + edition.number));
    }

    private Edition edition(long editionId) {
        return Optional.ofNullable(entityManager.find(Edition.class, editionId))
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }

    private Edition editionInEvaluation(long editionId, LockModeType lock) {
        Edition edition = Optional.ofNullable(entityManager.find(Edition.class, editionId, lock))
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
        if (edition.status != EditionStatus.EVALUATION) {
            throw ProblemException.conflict("not-in-evaluation", "Edition not in evaluation",
                    "Assignments change only while the edition is in EVALUATION; edition " + edition.number + " is "
                            + edition.status + ".");
        }
        return edition;
    }

    private Account enabledJuror(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id))
                .filter(a -> a.role == Role.JURY && a.enabled)
                .orElseThrow(() -> ProblemException.notFound("Enabled juror " + id));
    }

    static Juror jurorOf(Account account) {
        return new Juror(account.id, account.regionCode, account.schoolName);
    }

    static Project projectOf(Submission submission) {
        return new Project(submission.id, submission.title, submission.author.id, submission.regionCode,
                submission.schoolName);
    }

    static String describe(Eligibility.Reason reason) {
        return switch (reason) {
            case AUTHOR -> "they wrote it";
            case SAME_SCHOOL -> "they work in the project's school";
            case SAME_REGION -> "they work in the project's region and the edition excludes that";
            case DECLARED -> "a conflict with it is recorded";
            case OTHER_REGION -> "the round is regional and they work in another region";
            case JUDGED_BEFORE -> "they judged it in an earlier round and this round excludes previous jurors";
        };
    }

    static AssignmentView view(Assignment a, Evaluation evaluation) {
        return view(a, evaluation, null);
    }

    static AssignmentView view(Assignment a, Evaluation evaluation, Integer roundPosition) {
        Progress progress = evaluation == null ? Progress.NOT_STARTED
                : evaluation.status == Evaluation.Status.SUBMITTED ? Progress.SUBMITTED : Progress.DRAFT;
        return new AssignmentView(a.id, a.editionId, a.submission.id, a.submission.title,
                new Person(a.juror.id, a.juror.firstName, a.juror.lastName, a.juror.email), a.origin, progress, a.createdAt,
                roundPosition);
    }

    private static Map<String, Object> state(Assignment a) {
        return Map.of("submissionId", a.submission.id, "jurorId", a.juror.id, "origin", a.origin.name());
    }
}
