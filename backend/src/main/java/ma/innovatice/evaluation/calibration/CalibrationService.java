package ma.innovatice.evaluation.calibration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.common.security.Actor;
import ma.innovatice.edition.Criterion;
import ma.innovatice.edition.CriterionRepository;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionDtos.CriterionView;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.EvaluationDtos.ScoreView;
import ma.innovatice.evaluation.JurorsAssigned;
import ma.innovatice.evaluation.calibration.CalibrationDtos.CalibrationInput;
import ma.innovatice.evaluation.calibration.CalibrationDtos.CalibrationView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.Candidates;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JurorProgressView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JuryCalibrationView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JurySampleSummary;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JurySampleView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.ProjectView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.RatingView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.ReportView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.SampleView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.ScoresInput;
import ma.innovatice.evaluation.calibration.CalibrationDtos.SourceView;
import ma.innovatice.evaluation.calibration.CalibrationRepository.CriterionScore;
import ma.innovatice.evaluation.calibration.CalibrationRepository.Rating;
import ma.innovatice.evaluation.calibration.CalibrationRepository.SampleLine;
import ma.innovatice.submission.Submission;
import ma.innovatice.submission.SubmissionStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Calibration before scoring: an administrator starts it with two or three anonymised sample projects
 * and the jurors taking part; each juror scores every sample on the edition's rubric; the report
 * compares them; closing it releases the jurors' real assignments (held back meanwhile by
 * {@code AssignmentRepository}) and sends the assignment email held back by {@code AssignmentService}.
 *
 * <p>A calibration is set up while the edition is OPEN (its rubric is frozen then) or in EVALUATION,
 * and scored in those two phases; it may be closed in any phase.
 */
@ApplicationScoped
@Transactional
public class CalibrationService {

    static final String AUDIT_TYPE = "CALIBRATION";
    private static final Set<EditionStatus> RUNNING = Set.of(EditionStatus.OPEN, EditionStatus.EVALUATION);
    private static final Set<EditionStatus> SOURCES = Set.of(EditionStatus.PUBLISHED, EditionStatus.ARCHIVED);
    private static final Set<SubmissionStatus> NOT_SUBMITTED = Set.of(SubmissionStatus.DRAFT, SubmissionStatus.WITHDRAWN,
            SubmissionStatus.INELIGIBLE);

    private final CalibrationRepository calibrations;
    private final CriterionRepository criteria;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Event<JurorsAssigned> released;

    CalibrationService(CalibrationRepository calibrations, CriterionRepository criteria, AuditService audit,
                       EntityManager entityManager, Clock clock, Event<JurorsAssigned> released) {
        this.calibrations = calibrations;
        this.criteria = criteria;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
        this.released = released;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalibrationView get(long editionId) {
        return view(existing(edition(editionId, LockModeType.NONE)));
    }

    public CalibrationView create(long editionId, CalibrationInput input, Actor admin) {
        Edition edition = edition(editionId, LockModeType.PESSIMISTIC_WRITE);
        if (!RUNNING.contains(edition.status)) {
            throw ProblemException.conflict("calibration-phase", "Not the time for a calibration",
                    "A calibration is set up while the edition is OPEN or in EVALUATION; edition " + edition.number
                            + " is " + edition.status + ".");
        }
        if (calibrations.ofEdition(editionId).isPresent()) {
            throw ProblemException.conflict("calibration-exists", "Calibration exists",
                    "Edition " + edition.number + " already has its calibration.");
        }
        List<Submission> sources = sources(edition, input.sampleIds());
        List<Long> jurorIds = jurors(input.jurorIds());

        Calibration calibration = new Calibration();
        calibration.editionId = editionId;
        calibration.createdAt = clock.instant();
        calibration.createdBy = admin.accountId();
        calibrations.persistAndFlush(calibration);
        for (int i = 0; i < sources.size(); i++) {
            entityManager.persist(copy(calibration.id, i + 1, sources.get(i)));
        }
        calibrations.addJurors(calibration.id, jurorIds);
        entityManager.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("editionId", editionId);
        after.put("status", calibration.status.name());
        after.put("sampleSources", input.sampleIds());
        after.put("jurorIds", jurorIds);
        audit.record(admin, AUDIT_TYPE, calibration.id, "CREATE", null, after);
        return view(calibration);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Candidates candidates(long editionId, Long sourceEditionId) {
        edition(editionId, LockModeType.NONE);
        List<Edition> sources = calibrations.sources(editionId);
        long source = sourceEditionId == null ? editionId : sourceEditionId;
        if (sources.stream().noneMatch(e -> e.id == source)) {
            throw ProblemException.notFound("Source edition " + source + " (this edition or a published or archived one)");
        }
        return new Candidates(source, sources.stream().map(CalibrationRepository::editionRef).toList(),
                calibrations.candidateProjects(source), calibrations.enabledJurorList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView report(long editionId) {
        Calibration calibration = existing(edition(editionId, LockModeType.NONE));
        List<CalibrationSample> samples = calibrations.samples(calibration.id);
        List<Criterion> rubric = criteria.rubric(editionId);
        CalibrationAnalysis analysis = new CalibrationAnalysis(samples.stream().map(s -> s.id).toList(),
                rubric.stream().map(c -> new CalibrationAnalysis.Criterion(c.id, c.code, LocalizedText.of(c.label))).toList());
        List<Rating> ratings = calibrations.ratings(calibration.id);
        ratings.forEach(r -> analysis.total(r.sampleId(), r.jurorId(), r.rawScore()));
        Map<String, List<CriterionScore>> byRating = new HashMap<>();
        for (CriterionScore s : calibrations.scores(calibration.id)) {
            analysis.score(s.sampleId(), s.jurorId(), s.criterionId(), s.score());
            byRating.computeIfAbsent(s.sampleId() + ":" + s.jurorId(), k -> new ArrayList<>()).add(s);
        }
        CalibrationAnalysis.Result result = analysis.report(calibrations.jurors(calibration.id));
        Map<Long, Criterion> byId = new HashMap<>();
        rubric.forEach(c -> byId.put(c.id, c));
        List<RatingView> ratingViews = ratings.stream().map(r -> new RatingView(r.jurorId(), r.sampleId(), r.rawScore(),
                byRating.getOrDefault(r.sampleId() + ":" + r.jurorId(), List.of()).stream()
                        .filter(s -> byId.containsKey(s.criterionId()))
                        .sorted(Comparator.comparingInt(s -> byId.get(s.criterionId()).position))
                        .map(s -> new ScoreView(byId.get(s.criterionId()).code, s.score(), gatesOf(s.gates()))).toList()))
                .toList();
        return new ReportView(editionId, calibration.status, samples.stream().map(s -> sampleView(s)).toList(),
                result.complete(), result.missing(), result.total(), result.criteria(), result.deviations(), ratingViews);
    }

    public CalibrationView close(long editionId, boolean allowMissing, Actor admin) {
        Edition edition = edition(editionId, LockModeType.PESSIMISTIC_WRITE);
        Calibration calibration = calibrations.ofEdition(editionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("The calibration of edition " + edition.number));
        if (calibration.status == Calibration.Status.CLOSED) {
            throw ProblemException.conflict("calibration-closed", "Calibration closed", "The calibration of edition "
                    + edition.number + " is already closed.");
        }
        int samples = calibrations.samples(calibration.id).size();
        List<JurorProgressView> missing = calibrations.jurors(calibration.id).stream()
                .filter(j -> j.scored() < samples).toList();
        if (!missing.isEmpty() && !allowMissing) {
            throw ProblemException.conflict("calibration-incomplete", "Calibration incomplete", missing.size()
                    + " juror(s) have not scored every sample: " + missing.stream()
                    .map(j -> j.juror().firstName() + " " + j.juror().lastName()).collect(Collectors.joining(", "))
                    + ". Send allowMissing: true to close it anyway.");
        }
        calibration.status = Calibration.Status.CLOSED;
        calibration.closedAt = clock.instant();
        calibration.closedBy = admin.accountId();
        calibrations.persistAndFlush(calibration);
        Set<Long> releasedTo = calibrations.jurorsWithAssignments(calibration.id, editionId);
        if (!releasedTo.isEmpty()) {
            released.fire(new JurorsAssigned(editionId, releasedTo));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", calibration.status.name());
        after.put("allowMissing", allowMissing);
        after.put("missingJurorIds", missing.stream().map(j -> j.juror().id()).toList());
        after.put("releasedToJurorIds", releasedTo.stream().sorted().toList());
        audit.record(admin, AUDIT_TYPE, calibration.id, "CLOSE", Map.of("status", "OPEN"), after);
        return view(calibration);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JuryCalibrationView> mine(Actor juror) {
        List<Object[]> open = calibrations.openOf(juror.accountId());
        Map<Long, List<JurySampleSummary>> samples = new HashMap<>();
        for (SampleLine line : calibrations.sampleLines(open.stream().map(r -> (Long) r[0]).toList(), juror.accountId())) {
            samples.computeIfAbsent(line.calibrationId(), id -> new ArrayList<>()).add(new JurySampleSummary(line.sampleId(),
                    String.valueOf((char) ('A' + line.position() - 1)), line.title(), line.scored(),
                    line.rawScore() == null ? null : line.rawScore().doubleValue()));
        }
        return open.stream().map(r -> new JuryCalibrationView((Long) r[0], CalibrationRepository.editionRef((Edition) r[1]),
                samples.getOrDefault((Long) r[0], List.of()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JurySampleView> sample(long sampleId, Actor juror) {
        return calibrations.sampleOf(sampleId, juror.accountId()).map(sample -> {
            Calibration calibration = calibrations.findById(sample.calibrationId);
            return juryView(sample, calibration, calibrations.response(sampleId, juror.accountId()).orElse(null));
        });
    }

    public JurySampleView score(long sampleId, ScoresInput input, Actor juror) {
        CalibrationSample sample = calibrations.sampleOf(sampleId, juror.accountId())
                .orElseThrow(() -> ProblemException.notFound("Calibration sample " + sampleId));
        Calibration calibration = entityManager.find(Calibration.class, sample.calibrationId, LockModeType.PESSIMISTIC_READ);
        Edition edition = entityManager.find(Edition.class, calibration.editionId);
        if (calibration.status != Calibration.Status.OPEN) {
            throw ProblemException.conflict("calibration-closed", "Calibration closed",
                    "The calibration is closed: its samples can no longer be scored.");
        }
        if (!RUNNING.contains(edition.status)) {
            throw ProblemException.conflict("calibration-phase", "Not the time for a calibration",
                    "Samples are scored while the edition is OPEN or in EVALUATION; it is " + edition.status + ".");
        }
        List<Criterion> rubric = criteria.rubric(edition.id);
        List<CalibrationResponse.Score> scores = RubricScores.complete(input.scores(), rubric);
        Optional<CalibrationResponse> existing = calibrations.response(sampleId, juror.accountId());
        CalibrationResponse response = existing.orElseGet(() -> {
            CalibrationResponse created = new CalibrationResponse();
            created.sampleId = sampleId;
            created.jurorId = juror.accountId();
            created.createdAt = clock.instant();
            return created;
        });
        Map<String, Integer> before = existing.map(r -> state(r, rubric)).orElse(null);
        response.scores.clear();
        response.scores.addAll(scores);
        response.updatedAt = clock.instant();
        entityManager.persist(response);
        entityManager.flush();
        calibrations.computeTotal(response.id);
        entityManager.refresh(response);
        audit.record(juror, AUDIT_TYPE + "_SCORE", response.id, existing.isPresent() ? "UPDATE" : "CREATE",
                before, state(response, rubric));
        return juryView(sample, calibration, response);
    }

    private JurySampleView juryView(CalibrationSample sample, Calibration calibration, CalibrationResponse response) {
        Edition edition = entityManager.find(Edition.class, calibration.editionId);
        List<Criterion> rubric = criteria.rubric(edition.id);
        Map<Long, Criterion> byId = new HashMap<>();
        rubric.forEach(c -> byId.put(c.id, c));
        List<ScoreView> scores = response == null ? List.of() : response.scores.stream()
                .filter(s -> byId.containsKey(s.criterionId))
                .sorted(Comparator.comparingInt(s -> byId.get(s.criterionId).position))
                .map(s -> new ScoreView(byId.get(s.criterionId).code, s.score, gatesOf(s.gates))).toList();
        return new JurySampleView(sample.id, calibration.id, CalibrationRepository.editionRef(edition), calibration.status,
                ProjectView.of(sample), rubric.stream().map(CriterionView::of).toList(), scores,
                response == null || response.rawScore == null ? null : response.rawScore.doubleValue(),
                response == null ? null : response.updatedAt,
                calibration.status == Calibration.Status.OPEN && RUNNING.contains(edition.status));
    }

    private CalibrationView view(Calibration calibration) {
        List<SampleView> samples = calibrations.samples(calibration.id).stream().map(this::sampleView).toList();
        int held = calibration.status == Calibration.Status.OPEN
                ? calibrations.assignmentsOfJurors(calibration.id, calibration.editionId) : 0;
        return new CalibrationView(calibration.id, calibration.editionId, calibration.status, calibration.createdAt,
                calibration.closedAt, samples, calibrations.jurors(calibration.id), held);
    }

    private SampleView sampleView(CalibrationSample s) {
        Edition source = entityManager.find(Edition.class, s.sourceEditionId);
        return new SampleView(s.id, ProjectView.of(s), new SourceView(s.sourceSubmissionId, source.id, source.number));
    }

    /** The projects to copy, in the order given; a 400 names each one that may not be a sample. */
    private List<Submission> sources(Edition edition, List<Long> ids) {
        Map<Long, Submission> found = new HashMap<>();
        entityManager.createQuery("select s from Submission s join fetch s.edition join fetch s.author where s.id in :ids",
                Submission.class).setParameter("ids", ids).getResultList().forEach(s -> found.put(s.id, s));
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<Submission> sources = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Submission s = found.get(ids.get(i));
            String field = "sampleIds[" + i + "]";
            if (!seen.add(ids.get(i))) {
                errors.add(new FieldError(field, "is given twice"));
            } else if (s == null || NOT_SUBMITTED.contains(s.status)
                    || !(s.edition.id.equals(edition.id) || SOURCES.contains(s.edition.status))) {
                errors.add(new FieldError(field, "is not a submitted project of this edition nor a project of a "
                        + "published or archived edition"));
            } else {
                sources.add(s);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return sources;
    }

    private List<Long> jurors(List<Long> ids) {
        Set<Long> enabled = calibrations.enabledJurors(ids);
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                errors.add(new FieldError("jurorIds[" + i + "]", "is given twice"));
            } else if (!enabled.contains(ids.get(i))) {
                errors.add(new FieldError("jurorIds[" + i + "]", "is not an enabled juror"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return List.copyOf(ids);
    }

    /** The anonymised copy of a project (see {@link Anonymiser}). */
    private static CalibrationSample copy(long calibrationId, int position, Submission s) {
        Anonymiser anonymiser = Anonymiser.of(s.author.firstName, s.author.lastName, s.coAuthors, s.schoolName);
        CalibrationSample sample = new CalibrationSample();
        sample.calibrationId = calibrationId;
        sample.position = position;
        sample.sourceSubmissionId = s.id;
        sample.sourceEditionId = s.edition.id;
        sample.title = anonymiser.scrub(s.title);
        sample.summary = anonymiser.scrub(s.summary);
        sample.description = anonymiser.scrub(s.description);
        sample.discipline = s.discipline;
        sample.schoolLevel = s.schoolLevel;
        sample.technologies = s.technologies.stream().map(anonymiser::scrub).collect(Collectors.toCollection(ArrayList::new));
        sample.pupilsCount = s.pupilsCount;
        return sample;
    }

    private Edition edition(long editionId, LockModeType lock) {
        return Optional.ofNullable(entityManager.find(Edition.class, editionId, lock))
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }

    private Calibration existing(Edition edition) {
        return calibrations.ofEdition(edition.id)
                .orElseThrow(() -> ProblemException.notFound("The calibration of edition " + edition.number));
    }

    private static Map<String, Integer> state(CalibrationResponse response, List<Criterion> rubric) {
        Map<Long, String> codes = new HashMap<>();
        rubric.forEach(c -> codes.put(c.id, c.code));
        Map<String, Integer> state = new LinkedHashMap<>();
        response.scores.stream().sorted(Comparator.comparing(s -> codes.getOrDefault(s.criterionId, "")))
                .forEach(s -> state.put(codes.getOrDefault(s.criterionId, String.valueOf(s.criterionId)), s.score));
        return state;
    }

    private static List<Boolean> gatesOf(String answers) {
        if (answers == null) {
            return null;
        }
        List<Boolean> gates = new ArrayList<>(answers.length());
        for (char c : answers.toCharArray()) {
            gates.add(c == 'Y');
        }
        return gates;
    }
}
