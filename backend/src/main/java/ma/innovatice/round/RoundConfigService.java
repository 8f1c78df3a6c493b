package ma.innovatice.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.time.ClockProducer;
import ma.innovatice.edition.Criterion;
import ma.innovatice.edition.CriterionRepository;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionDtos.CriterionInput;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.round.RoundDtos.RoundInput;
import ma.innovatice.round.RoundDtos.RoundView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of an edition's 1 to 3 judging rounds, set while the edition is a draft. The
 * edition's own jurors per project, blind review and evaluation deadline mirror its current round
 * (round 1 until judging starts): they are copied from it after every change here.
 */
@ApplicationScoped
@Transactional
public class RoundConfigService {

    static final String AUDIT_TYPE = "ROUNDS";

    private final RoundRepository rounds;
    private final CriterionRepository criteria;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    RoundConfigService(RoundRepository rounds, CriterionRepository criteria, AuditService audit,
                       EntityManager entityManager, Clock clock) {
        this.rounds = rounds;
        this.criteria = criteria;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The rounds of an edition in order, each with its settings, status and counts (three statements). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundView> list(long editionId) {
        edition(editionId, LockModeType.NONE);
        return views(editionId);
    }

    /**
     * Replaces the rounds of a DRAFT edition. Round 1 keeps its id (other tables point at it); a
     * PRESENTATION round gets its own copy of the presentation rubric, a CLD21 round uses the
     * edition's. 422 with {@code rounds[i].field} errors for settings that do not fit together.
     */
    public List<RoundView> replace(long editionId, List<RoundInput> inputs, Actor actor) {
        Edition edition = edition(editionId, LockModeType.PESSIMISTIC_WRITE);
        if (edition.status != EditionStatus.DRAFT) {
            throw ProblemException.conflict("not-draft", "Edition not in draft",
                    "Rounds are configured while the edition is a DRAFT; edition " + edition.number + " is "
                            + edition.status + ".");
        }
        validate(edition, inputs);
        List<RoundView> before = views(editionId);
        List<JudgingRound> existing = new ArrayList<>(rounds.ofEdition(editionId));
        for (int i = existing.size() - 1; i >= inputs.size(); i--) {
            rounds.delete(existing.remove(i));
        }
        rounds.flush();
        for (int i = 0; i < inputs.size(); i++) {
            RoundInput input = inputs.get(i);
            JudgingRound round = i < existing.size() ? existing.get(i) : new JudgingRound();
            round.editionId = editionId;
            round.position = i + 1;
            round.nameFr = input.nameFr().trim();
            round.nameAr = blankToNull(input.nameAr());
            round.nameEn = blankToNull(input.nameEn());
            round.scope = input.scope();
            round.rubric = input.rubric();
            round.jurorsPerProject = input.jurorsPerProject();
            round.blindReview = Boolean.TRUE.equals(input.blindReview());
            round.excludePreviousJurors = Boolean.TRUE.equals(input.excludePreviousJurors());
            round.evaluationCloseAt = input.evaluationCloseAt().truncatedTo(ChronoUnit.MICROS);
            round.advanceCount = i == inputs.size() - 1 ? null : input.advanceCount();
            if (round.id == null) {
                rounds.persist(round);
            }
            rounds.flush();
            criteria.deleteRoundRubric(round.id);
            if (round.rubric == JudgingRound.Rubric.PRESENTATION) {
                writeRubric(edition, round, PresentationRubric.criteria());
            }
        }
        JudgingRound first = rounds.ofEdition(editionId).get(0);
        edition.jurorsPerProject = first.jurorsPerProject;
        edition.blindReview = first.blindReview;
        edition.evaluationCloseAt = first.evaluationCloseAt;
        edition.updatedAt = clock.instant();
        entityManager.flush();
        List<RoundView> after = views(editionId);
        audit.record(actor, AUDIT_TYPE, editionId, "REPLACE", before, after);
        return after;
    }

    private static void validate(Edition edition, List<RoundInput> inputs) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RoundInput round = inputs.get(i);
            String at = "rounds[" + i + "].";
            boolean last = i == inputs.size() - 1;
            if (!last && round.advanceCount() == null) {
                errors.add(new FieldError(at + "advanceCount", "is required on every round but the last"));
            } else if (last && round.advanceCount() != null) {
                errors.add(new FieldError(at + "advanceCount", "must be absent on the last round"));
            }
            if (i == 0 && !round.evaluationCloseAt().isAfter(edition.submissionsCloseAt)) {
                errors.add(new FieldError(at + "evaluationCloseAt", "must be after the call's close, "
                        + edition.submissionsCloseAt));
            }
            if (i > 0 && !round.evaluationCloseAt().isAfter(inputs.get(i - 1).evaluationCloseAt())) {
                errors.add(new FieldError(at + "evaluationCloseAt", "must be after the previous round's deadline"));
            }
            if (last && edition.ceremonyDate != null && edition.ceremonyDate.isBefore(
                    round.evaluationCloseAt().atZone(ClockProducer.MOROCCO).toLocalDate())) {
                errors.add(new FieldError(at + "evaluationCloseAt", "must not be after the ceremony, on "
                        + edition.ceremonyDate));
            }
            if (i > 0 && round.scope() == JudgingRound.Scope.REGIONAL
                    && inputs.get(i - 1).scope() == JudgingRound.Scope.NATIONAL) {
                errors.add(new FieldError(at + "scope", "a REGIONAL round may not follow a NATIONAL one"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("invalid-rounds", "Invalid rounds", 422,
                    "The rounds of edition " + edition.number + " do not fit together.").withErrors(errors));
        }
    }

    private void writeRubric(Edition edition, JudgingRound round, List<CriterionInput> inputs) {
        int position = 1;
        for (CriterionInput input : inputs) {
            Criterion criterion = new Criterion();
            criterion.edition = edition;
            criterion.roundId = round.id;
            criterion.code = input.code();
            criterion.label = input.label().toEmbeddable();
            criterion.description = input.description() == null ? null : input.description().toEmbeddable();
            criterion.weight = BigDecimal.valueOf(input.weight()).setScale(3, RoundingMode.HALF_UP);
            criterion.scaleMin = input.scaleMin();
            criterion.scaleMax = input.scaleMax();
            criterion.position = position++;
            criterion.gates = new ArrayList<>(input.gates() == null ? List.of()
                    : input.gates().stream().map(g -> g.toEmbeddable()).toList());
            criteria.persist(criterion);
        }
        criteria.flush();
    }

    @SuppressWarnings("unchecked")
    private List<RoundView> views(long editionId) {
        List<JudgingRound> all = rounds.ofEdition(editionId);
        JudgingRound current = all.isEmpty() ? null : rounds.current(editionId);
        Map<Long, Integer> entries = counts("SELECT r.id, COUNT(*) FROM round_entry re JOIN judging_round r "
                + "ON r.id = re.round_id WHERE r.edition_id = ?1 GROUP BY r.id", editionId);
        Map<Long, Integer> assignments = counts("SELECT round_id, COUNT(*) FROM assignment WHERE edition_id = ?1 "
                + "GROUP BY round_id", editionId);
        Map<Long, Integer> submitted = counts("SELECT round_id, COUNT(*) FROM evaluation WHERE edition_id = ?1 "
                + "AND status = 'SUBMITTED' GROUP BY round_id", editionId);
        return all.stream().map(r -> new RoundView(r.position, r.nameFr, r.nameAr, r.nameEn, r.scope, r.rubric,
                r.jurorsPerProject, r.blindReview, r.excludePreviousJurors, r.evaluationCloseAt, r.advanceCount,
                r.status, current != null && current.id.equals(r.id), r.openedAt, r.closedAt, r.shortlistConfirmedAt,
                entries.getOrDefault(r.id, 0), assignments.getOrDefault(r.id, 0), submitted.getOrDefault(r.id, 0)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Integer> counts(String sql, long editionId) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(sql).setParameter(1, editionId)
                .getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    private Edition edition(long editionId, LockModeType lock) {
        return Optional.ofNullable(entityManager.find(Edition.class, editionId, lock))
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
