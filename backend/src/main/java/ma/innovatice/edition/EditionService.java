package ma.innovatice.edition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.round.RoundDtos.RoundRef;
import ma.innovatice.round.RoundRepository;
import ma.innovatice.round.RoundService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.time.ClockProducer;
import ma.innovatice.edition.EditionDtos.CriterionInput;
import ma.innovatice.edition.EditionDtos.CriterionView;
import ma.innovatice.edition.EditionDtos.EditionInput;
import ma.innovatice.edition.EditionDtos.EditionTexts;
import ma.innovatice.edition.EditionDtos.EditionView;
import ma.innovatice.edition.EditionDtos.EvaluationDeadlineInput;
import ma.innovatice.edition.EditionDtos.TransitionBlocker;
import ma.innovatice.edition.EditionDtos.TransitionInput;
import ma.innovatice.edition.EditionDtos.TransitionPreview;
import ma.innovatice.edition.EditionDtos.UnderstaffedProject;
import ma.innovatice.common.i18n.LocalizedText;
import org.hibernate.exception.ConstraintViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Editions, their lifecycle and their rubric. */
@ApplicationScoped
@Transactional
public class EditionService {

    static final String AUDIT_TYPE = "EDITION";
    /** The key that keeps at most one edition OPEN (V15). */
    private static final String OPEN_KEY = "uq_edition_single_open";

    private final EditionRepository editions;
    private final CriterionRepository criteria;
    private final AuditService audit;
    private final Event<EditionTransitioned> transitions;
    private final Event<TransitionReview> reviews;
    private final Event<EvaluationDeadlineExtended> extensions;
    private final Clock clock;
    private final RoundService rounds;
    private final RoundRepository roundRepository;

    EditionService(EditionRepository editions, CriterionRepository criteria, AuditService audit,
                   Event<EditionTransitioned> transitions, Event<TransitionReview> reviews,
                   Event<EvaluationDeadlineExtended> extensions, Clock clock, RoundService rounds,
                   RoundRepository roundRepository) {
        this.rounds = rounds;
        this.roundRepository = roundRepository;
        this.editions = editions;
        this.criteria = criteria;
        this.audit = audit;
        this.transitions = transitions;
        this.reviews = reviews;
        this.extensions = extensions;
        this.clock = clock;
    }

    /**
     * The last status in which each field may still change: details that shape the competition
     * are fixed once it has started, presentation texts stay correctable until the archive.
     */
    private enum Field {
        NUMBER("number", EditionStatus.DRAFT, e -> e.number),
        YEAR("year", EditionStatus.DRAFT, e -> e.year),
        SUBMISSIONS_OPEN_AT("submissionsOpenAt", EditionStatus.OPEN, e -> e.submissionsOpenAt),
        SUBMISSIONS_CLOSE_AT("submissionsCloseAt", EditionStatus.OPEN, e -> e.submissionsCloseAt),
        JURORS_PER_PROJECT("jurorsPerProject", EditionStatus.OPEN, e -> e.jurorsPerProject),
        BLIND_REVIEW("blindReview", EditionStatus.OPEN, e -> e.blindReview),
        SAME_REGION_CONFLICT("sameRegionConflict", EditionStatus.OPEN, e -> e.sameRegionConflict),
        /** Then only extended, by {@link #extendEvaluationDeadline}, which tells the jurors. */
        EVALUATION_CLOSE_AT("evaluationCloseAt", EditionStatus.OPEN, e -> e.evaluationCloseAt),
        LAUREATE_COUNT("laureateCount", EditionStatus.DELIBERATION, e -> e.laureateCount),
        TITLE("title", EditionStatus.PUBLISHED, e -> e.title),
        THEME("theme", EditionStatus.PUBLISHED, e -> e.theme),
        RULES("rules", EditionStatus.PUBLISHED, e -> e.rules),
        CEREMONY_DATE("ceremonyDate", EditionStatus.PUBLISHED, e -> e.ceremonyDate),
        CEREMONY_VENUE("ceremonyVenue", EditionStatus.PUBLISHED, e -> e.ceremonyVenue),
        FORUM("forum", EditionStatus.PUBLISHED, e -> List.of(String.valueOf(e.forumName), String.valueOf(e.forumCity),
                String.valueOf(e.forumYear), String.valueOf(e.forumStartsOn), String.valueOf(e.forumEndsOn))),
        /** The Arabic and English texts, editable as long as the French ones. */
        TRANSLATIONS("translations", EditionStatus.PUBLISHED, e -> Arrays.asList(e.titleAr, e.titleEn, e.themeAr,
                e.themeEn, e.rulesAr, e.rulesEn, e.ceremonyVenueAr, e.ceremonyVenueEn, e.forumNameAr, e.forumNameEn));

        final String json;
        final EditionStatus lastEditable;
        final Function<Edition, Object> value;

        Field(String json, EditionStatus lastEditable, Function<Edition, Object> value) {
            this.json = json;
            this.lastEditable = lastEditable;
            this.value = value;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditionView> list(boolean admin, EditionStatus status) {
        return editions.listVisible(admin, status).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EditionView> find(long id, boolean admin) {
        return editions.findVisible(id, admin).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EditionView> current() {
        return editions.current().map(this::view);
    }

    public EditionView create(EditionInput input, Actor actor) {
        if (input.version() != null) {
            throw ProblemException.invalid("version", "must not be sent when creating an edition");
        }
        validateDates(input);
        if (editions.numberTaken(input.number(), null)) {
            throw duplicateNumber(input.number());
        }
        Edition edition = new Edition();
        apply(edition, input);
        edition.status = EditionStatus.DRAFT;
        edition.createdAt = clock.instant();
        edition.updatedAt = edition.createdAt;
        editions.persistAndFlush(edition);
        rounds.createDefault(edition);
        writeRubric(edition, RubricTemplate.twentyFirstCenturyLearningDesign());
        audit.record(actor, AUDIT_TYPE, edition.id, "CREATE", null, view(edition));
        return view(edition);
    }

    public Optional<EditionView> update(long id, EditionInput input, Actor actor) {
        Optional<Edition> found = editions.findForUpdate(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Edition edition = found.get();
        if (input.version() == null) {
            throw ProblemException.invalid("version", "is required: send the version you read");
        }
        if (input.version() != edition.version) {
            throw ProblemException.staleVersion("Edition " + id);
        }
        validateDates(input);
        if (editions.numberTaken(input.number(), edition.id)) {
            throw duplicateNumber(input.number());
        }
        EditionView before = view(edition);
        Edition proposed = new Edition();
        apply(proposed, input);
        for (Field field : Field.values()) {
            boolean changed = !Objects.equals(field.value.apply(edition), field.value.apply(proposed));
            if (changed && edition.status.compareTo(field.lastEditable) > 0) {
                String extend = field == Field.EVALUATION_CLOSE_AT && edition.status == EditionStatus.EVALUATION
                        ? " Extend the evaluation deadline with POST /api/editions/" + id + "/evaluation-deadline." : "";
                throw ProblemException.conflict("field-locked", "Field locked",
                        "'" + field.json + "' can no longer change: the edition is " + edition.status
                                + " and this field is editable up to " + field.lastEditable + "." + extend);
            }
        }
        apply(edition, input);
        edition.updatedAt = clock.instant();
        rounds.syncCurrent(edition);
        editions.flush();
        EditionView after = view(edition);
        audit.record(actor, AUDIT_TYPE, edition.id, "UPDATE", before, after);
        return Optional.of(after);
    }

    public boolean delete(long id, Actor actor) {
        Optional<Edition> found = editions.findForUpdate(id);
        if (found.isEmpty()) {
            return false;
        }
        Edition edition = found.get();
        if (edition.status != EditionStatus.DRAFT) {
            throw ProblemException.conflict("not-draft", "Edition not in draft",
                    "Only a DRAFT edition can be deleted; this one is " + edition.status + ".");
        }
        EditionView before = view(edition);
        criteria.deleteRubric(id);
        editions.delete(edition);
        audit.record(actor, AUDIT_TYPE, id, "DELETE", before, null);
        return true;
    }

    /** A move without reasons (the demonstration data's, and steps that need none). */
    public Optional<EditionView> transition(long id, EditionStatus to, Actor actor) {
        return transition(id, new TransitionInput(to), actor);
    }

    /** What moving the edition to {@code to} would do now; nothing changes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TransitionPreview> preview(long id, EditionStatus to) {
        return editions.findVisible(id, true).map(edition -> {
            requireNext(edition, to);
            return review(edition, to).view();
        });
    }

    /**
     * Moves the edition one step after checking again what its preview says: closing the call before
     * its published deadline needs a reason (422), deliberating while projects lack evaluations needs
     * an override with a reason (409 listing them). The reasons go to the audit entry of the move.
     */
    public Optional<EditionView> transition(long id, TransitionInput input, Actor actor) {
        Optional<Edition> found = editions.findForUpdate(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Edition edition = found.get();
        EditionStatus from = edition.status;
        EditionStatus to = input.to();
        requireNext(edition, to);
        if (to == EditionStatus.OPEN) {
            requireUsableRubric(edition);
            editions.openEdition(edition.id).ifPresent(open -> {
                throw alreadyOpen(edition, open);
            });
        }
        String reason = blankToNull(input.reason());
        String overrideReason = input.override() == null ? null : blankToNull(input.override().reason());
        TransitionReview review = review(edition, to);
        if (review.closesCallEarly() && reason == null) {
            throw new ProblemException(new Problem("reason-required", "Reason required", 422,
                    "The call of edition " + edition.number + " is published as closing at " + edition.submissionsCloseAt
                            + "; closing it earlier needs a reason.")
                    .withErrors(List.of(new FieldError("reason",
                            "is required to close the call before its published deadline"))));
        }
        List<UnderstaffedProject> understaffed = review.understaffed();
        if (!understaffed.isEmpty() && overrideReason == null) {
            throw new ProblemException(new Problem("understaffed-projects", "Projects without enough evaluations", 409,
                    understaffed.size() + " project(s) of edition " + edition.number + " have fewer than "
                            + edition.jurorsPerProject + " submitted evaluations; assign or remind their jurors, or "
                            + "give override.reason to deliberate anyway.")
                    .with("understaffed", understaffed));
        }
        boolean closedEarly = review.closesCallEarly();
        edition.status = to;
        edition.updatedAt = clock.instant();
        if (to == EditionStatus.OPEN) {
            writeOpening(edition);
        }
        transitions.fire(new EditionTransitioned(edition, from, to, actor, closedEarly, reason, overrideReason));
        editions.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        if (closedEarly) {
            after.put("closedEarly", true);
            after.put("submissionsCloseAt", edition.submissionsCloseAt.toString());
        }
        if (reason != null) {
            after.put("reason", reason);
        }
        if (overrideReason != null) {
            Map<String, Object> override = new LinkedHashMap<>();
            override.put("reason", overrideReason);
            override.put("understaffed", understaffed.stream().map(UnderstaffedProject::submissionId).toList());
            after.put("override", override);
        }
        audit.record(actor, AUDIT_TYPE, edition.id, "TRANSITION", Map.of("status", from.name()), after);
        return Optional.of(view(edition));
    }

    /**
     * Extends the evaluation deadline of an edition in EVALUATION to a later instant still ahead and
     * not after the ceremony; audited, and every juror of the edition is mailed the new deadline.
     */
    public Optional<EditionView> extendEvaluationDeadline(long id, EvaluationDeadlineInput input, Actor actor) {
        Optional<Edition> found = editions.findForUpdate(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Edition edition = found.get();
        if (edition.status != EditionStatus.EVALUATION) {
            throw ProblemException.conflict("not-in-evaluation", "Edition not in evaluation",
                    "The evaluation deadline can be extended only while the edition is EVALUATION; edition "
                            + edition.number + " is " + edition.status + ".");
        }
        Instant previous = edition.evaluationCloseAt;
        Instant next = input.evaluationCloseAt().truncatedTo(ChronoUnit.MICROS);
        List<FieldError> errors = new ArrayList<>();
        if (!next.isAfter(clock.instant())) {
            errors.add(new FieldError("evaluationCloseAt", "must be in the future"));
        } else if (!next.isAfter(previous)) {
            errors.add(new FieldError("evaluationCloseAt", "must be later than the current deadline, " + previous));
        }
        if (edition.ceremonyDate != null
                && edition.ceremonyDate.isBefore(next.atZone(ClockProducer.MOROCCO).toLocalDate())) {
            errors.add(new FieldError("evaluationCloseAt", "must not be after the ceremony, on " + edition.ceremonyDate));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("invalid-deadline", "Invalid deadline", 422,
                    "The evaluation deadline of edition " + edition.number + " can only move later, to an instant "
                            + "still ahead and not after the ceremony.").withErrors(errors));
        }
        edition.evaluationCloseAt = next;
        edition.updatedAt = clock.instant();
        rounds.syncCurrent(edition);
        editions.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("evaluationCloseAt", next.toString());
        String reason = blankToNull(input.reason());
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record(actor, AUDIT_TYPE, edition.id, "EVALUATION_DEADLINE", Map.of("evaluationCloseAt", previous.toString()),
                after);
        extensions.fire(new EvaluationDeadlineExtended(edition, previous, actor));
        return Optional.of(view(edition));
    }

    private static void requireNext(Edition edition, EditionStatus to) {
        EditionStatus from = edition.status;
        Optional<EditionStatus> next = from.next();
        if (next.isEmpty() || next.get() != to) {
            String allowed = next.map(s -> "the only allowed next step is " + s).orElse("it is final");
            throw new ProblemException(new Problem("illegal-transition", "Illegal transition", 409,
                    "Edition " + edition.number + " is " + from + " and cannot move to " + to + "; " + allowed + ".")
                    .with("currentStatus", from.name())
                    .with("allowedNext", next.map(s -> List.of(s.name())).orElse(List.of())));
        }
    }

    /** Gathers what moving to {@code to} would do: this package's part, then every feature's. */
    private TransitionReview review(Edition edition, EditionStatus to) {
        TransitionReview review = new TransitionReview(edition, to, clock.instant());
        if (to == EditionStatus.OPEN) {
            if (!rubricUsable(edition)) {
                review.blocker(TransitionBlocker.RUBRIC_INCOMPLETE);
            }
            if (editions.openEdition(edition.id).isPresent()) {
                review.blocker(TransitionBlocker.EDITION_ALREADY_OPEN);
            }
        }
        reviews.fire(review);
        return review;
    }

    /**
     * Writes the opening now, so that the database's key on the one OPEN edition (V15) decides a race:
     * when another administrator opened another edition at the same moment, this write waits for theirs
     * and then fails on the key, and the answer names the edition that won.
     */
    private void writeOpening(Edition edition) {
        try {
            editions.flush();
        } catch (PersistenceException e) {
            if (!violates(e, OPEN_KEY)) {
                throw e;
            }
            Optional<Edition> winner = QuarkusTransaction.requiringNew().call(() -> editions.openEdition(edition.id));
            throw winner.map(open -> alreadyOpen(edition, open)).orElseGet(() -> ProblemException.conflict(
                    "edition-already-open", "Another edition is open",
                    "Another edition was opened at the same moment; only one edition can be OPEN at a time."));
        }
    }

    private static boolean violates(Throwable e, String key) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && (key.equalsIgnoreCase(violation.getConstraintName())
                    || String.valueOf(violation.getMessage()).contains(key))) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException alreadyOpen(Edition opening, Edition open) {
        return new ProblemException(new Problem("edition-already-open", "Another edition is open", 409,
                "Edition " + open.number + " (" + open.year + ") is already OPEN and only one edition can be open at a "
                        + "time: close its call first (move it to EVALUATION), then open edition " + opening.number + ".")
                .with("openEdition", Map.of("id", open.id, "number", open.number, "year", open.year)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<CriterionView>> rubric(long editionId, boolean admin) {
        return editions.findVisible(editionId, admin)
                .map(edition -> criteria.rubric(edition.id).stream().map(CriterionView::of).toList());
    }

    public Optional<List<CriterionView>> replaceRubric(long editionId, List<CriterionInput> inputs, Actor actor) {
        Optional<Edition> found = editions.findForUpdate(editionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Edition edition = found.get();
        if (edition.status != EditionStatus.DRAFT) {
            throw ProblemException.conflict("rubric-frozen", "Rubric frozen",
                    "The rubric can change only while the edition is DRAFT; it is " + edition.status + ".");
        }
        validateRubric(inputs);
        List<CriterionView> before = criteria.rubric(editionId).stream().map(CriterionView::of).toList();
        criteria.deleteRubric(editionId);
        criteria.flush();
        writeRubric(edition, inputs);
        List<CriterionView> after = criteria.rubric(editionId).stream().map(CriterionView::of).toList();
        audit.record(actor, AUDIT_TYPE, editionId, "RUBRIC", before, after);
        return Optional.of(after);
    }

    private void writeRubric(Edition edition, List<CriterionInput> inputs) {
        int position = 1;
        for (CriterionInput input : inputs) {
            Criterion criterion = new Criterion();
            criterion.edition = edition;
            criterion.code = input.code();
            criterion.label = input.label().toEmbeddable();
            criterion.description = input.description() == null ? null : input.description().toEmbeddable();
            criterion.weight = BigDecimal.valueOf(input.weight()).setScale(3, RoundingMode.HALF_UP);
            criterion.scaleMin = input.scaleMin();
            criterion.scaleMax = input.scaleMax();
            criterion.position = position++;
            criterion.gates = new ArrayList<>(input.gates() == null ? List.of()
                    : input.gates().stream().map(LocalizedText::toEmbeddable).toList());
            criteria.persist(criterion);
        }
        criteria.flush();
    }

    private static void validateRubric(List<CriterionInput> inputs) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            CriterionInput input = inputs.get(i);
            if (!codes.add(input.code())) {
                errors.add(new FieldError("[" + i + "].code", "is used by another criterion"));
            }
            if (input.scaleMin() >= input.scaleMax()) {
                errors.add(new FieldError("[" + i + "].scaleMax", "must be greater than scaleMin"));
            }
            int gates = input.gates() == null ? 0 : input.gates().size();
            if (gates > 0 && (input.scaleMin() != 1 || input.scaleMax() != gates + 1)) {
                errors.add(new FieldError("[" + i + "].gates",
                        "a criterion with " + gates + " gates must have the scale 1.." + (gates + 1)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private boolean rubricUsable(Edition edition) {
        List<Criterion> rubric = criteria.rubric(edition.id);
        return !rubric.isEmpty() && rubric.stream().allMatch(criterion -> criterion.weight.signum() > 0);
    }

    private void requireUsableRubric(Edition edition) {
        List<Criterion> rubric = criteria.rubric(edition.id);
        if (rubric.isEmpty()) {
            throw ProblemException.conflict("rubric-incomplete", "Rubric incomplete",
                    "An edition cannot open without a rubric.");
        }
        for (Criterion criterion : rubric) {
            if (criterion.weight.signum() <= 0) {
                throw ProblemException.conflict("rubric-incomplete", "Rubric incomplete",
                        "An edition cannot open while criterion " + criterion.code + " has no positive weight.");
            }
        }
    }

    private static void validateDates(EditionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (!input.submissionsOpenAt().isBefore(input.submissionsCloseAt())) {
            errors.add(new FieldError("submissionsCloseAt", "must be after submissionsOpenAt"));
        }
        if (!input.submissionsCloseAt().isBefore(input.evaluationCloseAt())) {
            errors.add(new FieldError("evaluationCloseAt", "must be after submissionsCloseAt"));
        }
        if (input.ceremonyDate() != null
                && input.ceremonyDate().isBefore(input.evaluationCloseAt().atZone(ClockProducer.MOROCCO).toLocalDate())) {
            errors.add(new FieldError("ceremonyDate", "must not be before the end of the evaluation"));
        }
        if (input.forum() != null && input.forum().startsOn() != null && input.forum().endsOn() != null
                && input.forum().endsOn().isBefore(input.forum().startsOn())) {
            errors.add(new FieldError("forum.endsOn", "must not be before forum.startsOn"));
        }
        if (input.forum() == null && input.translations() != null) {
            for (String language : List.of("ar", "en")) {
                EditionTexts texts = "ar".equals(language) ? input.translations().ar() : input.translations().en();
                if (texts != null && blankToNull(texts.forumName()) != null) {
                    errors.add(new FieldError("translations." + language + ".forumName", "must be absent without a forum"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Edition edition, EditionInput input) {
        edition.number = input.number();
        edition.year = input.year();
        edition.title = input.title().trim();
        edition.theme = blankToNull(input.theme());
        edition.rules = blankToNull(input.rules());
        edition.submissionsOpenAt = input.submissionsOpenAt().truncatedTo(ChronoUnit.MICROS);
        edition.submissionsCloseAt = input.submissionsCloseAt().truncatedTo(ChronoUnit.MICROS);
        edition.evaluationCloseAt = input.evaluationCloseAt().truncatedTo(ChronoUnit.MICROS);
        edition.ceremonyDate = input.ceremonyDate();
        edition.ceremonyVenue = blankToNull(input.ceremonyVenue());
        edition.laureateCount = input.laureateCount();
        edition.jurorsPerProject = input.jurorsPerProject();
        edition.blindReview = Boolean.TRUE.equals(input.blindReview());
        edition.sameRegionConflict = Boolean.TRUE.equals(input.sameRegionConflict());
        edition.forumName = input.forum() == null ? null : input.forum().name().trim();
        edition.forumCity = input.forum() == null ? null : input.forum().city().trim();
        edition.forumYear = input.forum() == null ? null : input.forum().year();
        edition.forumStartsOn = input.forum() == null ? null : input.forum().startsOn();
        edition.forumEndsOn = input.forum() == null ? null : input.forum().endsOn();
        EditionTexts ar = input.translations() == null ? null : input.translations().ar();
        EditionTexts en = input.translations() == null ? null : input.translations().en();
        edition.titleAr = ar == null ? null : blankToNull(ar.title());
        edition.themeAr = ar == null ? null : blankToNull(ar.theme());
        edition.rulesAr = ar == null ? null : blankToNull(ar.rules());
        edition.ceremonyVenueAr = ar == null ? null : blankToNull(ar.ceremonyVenue());
        edition.forumNameAr = ar == null ? null : blankToNull(ar.forumName());
        edition.titleEn = en == null ? null : blankToNull(en.title());
        edition.themeEn = en == null ? null : blankToNull(en.theme());
        edition.rulesEn = en == null ? null : blankToNull(en.rules());
        edition.ceremonyVenueEn = en == null ? null : blankToNull(en.ceremonyVenue());
        edition.forumNameEn = en == null ? null : blankToNull(en.forumName());
        // Absent: 24 on creation (the entity's default), unchanged on replacement.
        if (input.evidenceRetentionMonths() != null) {
            edition.evidenceRetentionMonths = input.evidenceRetentionMonths();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private EditionView view(Edition edition) {
        List<JudgingRound> all = roundRepository.ofEdition(edition.id);
        RoundRef current = all.isEmpty() ? null : RoundRef.of(roundRepository.current(edition.id));
        return EditionView.of(edition, clock.instant(), current, all.size());
    }

    private static ProblemException duplicateNumber(int number) {
        return ProblemException.conflict("duplicate-edition", "Edition number taken",
                "An edition numbered " + number + " already exists.");
    }
}
