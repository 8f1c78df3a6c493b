package ma.innovatice.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import ma.innovatice.account.Account;
import ma.innovatice.account.Language;
import ma.innovatice.common.audit.AuditService;
import ma.innovatice.common.error.FieldError;
import ma.innovatice.common.error.Problem;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.security.Actor;
import ma.innovatice.common.security.Roles;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionDtos.FlaggedProject;
import ma.innovatice.edition.EditionDtos.UnderstaffedProject;
import ma.innovatice.edition.EditionDtos.UnsubmittedEvaluation;
import ma.innovatice.evaluation.EvaluationDtos.RankingEntry;
import ma.innovatice.evaluation.RankingService;
import ma.innovatice.round.ShortlistDtos.RoundCloseInput;
import ma.innovatice.round.ShortlistDtos.RoundClosePreview;
import ma.innovatice.round.ShortlistDtos.RoundProgress;
import ma.innovatice.round.ShortlistDtos.Shortlist;
import ma.innovatice.round.ShortlistDtos.ShortlistDecision;
import ma.innovatice.round.ShortlistDtos.ShortlistRegion;
import ma.innovatice.round.ShortlistDtos.ShortlistRow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Moving a staged edition from one round to the next: closing a round that is not the last, the
 * shortlist proposed from its ranking and quotas, decisions that differ from it (each with its
 * reason), and the confirmation, per region in a regional round, after which the next round opens
 * with the projects that go on. Every write locks the round's row first, so confirmations of two
 * regions, or a confirmation and a decision, follow one another and nothing is lost.
 */
@ApplicationScoped
@Transactional
public class ShortlistService {

    static final String AUDIT_TYPE = "ROUND";

    /** Per entry of the round: the project, its jurors and its submitted evaluations in the round. */
    private static final String STAFFING = "SELECT s.id, s.title, COUNT(a.id), "
            + "COALESCE(SUM(CASE WHEN ev.status = 'SUBMITTED' THEN 1 ELSE 0 END), 0) FROM round_entry re "
            + "JOIN submission s ON s.id = re.submission_id LEFT JOIN assignment a ON a.round_id = re.round_id "
            + "AND a.submission_id = re.submission_id LEFT JOIN evaluation ev ON ev.assignment_id = a.id "
            + "WHERE re.round_id = ?1 GROUP BY s.id, s.title ORDER BY s.id";

    /** The round's assignments whose evaluation is not submitted, with whether it was begun. */
    private static final String UNSUBMITTED = "SELECT a.id, s.id, s.title, CONCAT(j.first_name, ' ', j.last_name), "
            + "CASE WHEN ev.id IS NULL THEN 0 ELSE 1 END FROM assignment a JOIN submission s ON s.id = a.submission_id "
            + "JOIN account j ON j.id = a.juror_id LEFT JOIN evaluation ev ON ev.assignment_id = a.id "
            + "WHERE a.round_id = ?1 AND (ev.id IS NULL OR ev.status <> 'SUBMITTED') ORDER BY s.id, a.id";

    private final RoundRepository rounds;
    private final EntityManager entityManager;
    private final RankingService ranking;
    private final AuditService audit;
    private final Event<ShortlistConfirmed> confirmed;
    private final Clock clock;

    ShortlistService(RoundRepository rounds, EntityManager entityManager, RankingService ranking, AuditService audit,
                     Event<ShortlistConfirmed> confirmed, Clock clock) {
        this.rounds = rounds;
        this.entityManager = entityManager;
        this.ranking = ranking;
        this.audit = audit;
        this.confirmed = confirmed;
        this.clock = clock;
    }

    // ---- closing a round that is not the last

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundClosePreview closePreview(long editionId, int position) {
        JudgingRound round = round(editionId, position, false);
        return preview(round);
    }

    private RoundClosePreview preview(JudgingRound round) {
        List<String> blockers = new ArrayList<>();
        if (round.status != JudgingRound.Status.OPEN) {
            blockers.add("ROUND_NOT_OPEN");
        }
        if (isLast(round)) {
            blockers.add("LAST_ROUND");
        }
        List<UnderstaffedProject> understaffed = understaffed(round);
        List<UnsubmittedEvaluation> unsubmitted = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery(UNSUBMITTED).setParameter(1, round.id).getResultList()) {
            Object[] r = (Object[]) row;
            unsubmitted.add(new UnsubmittedEvaluation(num(r[0]), num(r[1]), (String) r[2], (String) r[3], num(r[4]) == 1));
        }
        List<FlaggedProject> disagreements = rankingOf(round).stream().filter(RankingEntry::disagreement)
                .map(e -> new FlaggedProject(e.submissionId(), e.title(), e.spread(), null)).toList();
        return new RoundClosePreview(round.editionId, round.position, round.jurorsPerProject, understaffed,
                !understaffed.isEmpty(), unsubmitted, disagreements, blockers);
    }

    private List<UnderstaffedProject> understaffed(JudgingRound round) {
        List<UnderstaffedProject> found = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery(STAFFING).setParameter(1, round.id).getResultList()) {
            Object[] r = (Object[]) row;
            int submitted = (int) num(r[3]);
            if (submitted < round.jurorsPerProject) {
                found.add(new UnderstaffedProject(num(r[0]), (String) r[1], submitted, (int) num(r[2]),
                        round.jurorsPerProject));
            }
        }
        return found;
    }

    public RoundProgress close(long editionId, int position, RoundCloseInput input, Actor admin, Language language) {
        JudgingRound round = round(editionId, position, true);
        if (round.status != JudgingRound.Status.OPEN) {
            throw ProblemException.conflict("round-not-open", "Round not open",
                    "Round " + position + " is " + round.status + "; only an OPEN round can be closed.");
        }
        if (isLast(round)) {
            throw ProblemException.conflict("last-round", "Last round",
                    "Round " + position + " is the last: it closes when the edition moves to DELIBERATION.");
        }
        List<UnderstaffedProject> understaffed = understaffed(round);
        String override = input == null || input.override() == null ? null : input.override().reason().trim();
        if (!understaffed.isEmpty() && override == null) {
            throw new ProblemException(new Problem("understaffed-projects", "Projects without enough evaluations", 409,
                    understaffed.size() + " project(s) of round " + position + " have fewer than "
                            + round.jurorsPerProject + " submitted evaluations; assign or remind their jurors, or "
                            + "give override.reason to close anyway.").with("understaffed", understaffed));
        }
        round.status = JudgingRound.Status.CLOSED;
        round.closedAt = clock.instant();
        rounds.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("position", position);
        after.put("status", "CLOSED");
        if (override != null) {
            after.put("override", Map.of("reason", override,
                    "understaffed", understaffed.stream().map(UnderstaffedProject::submissionId).toList()));
        }
        audit.record(admin, AUDIT_TYPE, round.id, "CLOSE", Map.of("status", "OPEN"), after);
        return RoundProgress.of(round, language.code());
    }

    // ---- the shortlist

    @Transactional(Transactional.TxType.SUPPORTS)
    public Shortlist shortlist(long editionId, int position, String region, Actor actor, Language language) {
        JudgingRound round = round(editionId, position, false);
        String scope = regionScope(round, region, actor);
        requireClosed(round);
        return view(round, scope, language);
    }

    public ShortlistRow decide(long editionId, int position, long submissionId, ShortlistDecision input, Actor actor,
                               Language language) {
        JudgingRound round = round(editionId, position, true);
        if (round.status != JudgingRound.Status.CLOSED) {
            requireClosed(round);
            throw regionConfirmed("Round " + position + " is " + round.status + ": its shortlist is confirmed.");
        }
        RoundEntry entry = Optional.ofNullable(entityManager.find(RoundEntry.class,
                        new RoundEntry.Key(round.id, submissionId), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ProblemException.notFound("Project " + submissionId + " in round " + position));
        regionScope(round, entry.regionCode, actor);
        if (entry.decidedAt != null) {
            throw regionConfirmed("The shortlist of " + (entry.regionCode == null ? "this round" : "region "
                    + entry.regionCode) + " is confirmed.");
        }
        if (input.version() != entry.version) {
            throw ProblemException.staleVersion("The decision on project " + submissionId);
        }
        Map<Long, Line> lines = lines(round);
        Line line = lines.get(submissionId);
        boolean proposed = line != null && line.proposed;
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().trim();
        if (input.advances() != proposed && reason == null) {
            throw new ProblemException(new Problem("reason-required", "Reason required", 422,
                    "Project " + submissionId + " is " + (proposed ? "" : "not ") + "proposed by the ranking and the "
                            + "quotas; deciding otherwise needs a reason.")
                    .withErrors(List.of(new FieldError("reason", "is required when the decision differs from the proposal"))));
        }
        Map<String, Object> before = decisionState(entry, proposed);
        entry.advances = input.advances() == proposed ? null : input.advances();
        entry.adjusted = input.advances() != proposed;
        entry.adjustReason = entry.adjusted ? reason : null;
        entityManager.flush();
        audit.record(actor, AUDIT_TYPE, round.id, "SHORTLIST_DECISION", before,
                withProject(decisionState(entry, proposed), submissionId));
        return row(line, entry, round, proposed);
    }

    public Shortlist confirm(long editionId, int position, String region, Actor actor, Language language) {
        JudgingRound round = round(editionId, position, true);
        requireClosed(round);
        String scope = regionScope(round, region, actor);
        if (round.status == JudgingRound.Status.ADVANCED) {
            throw regionConfirmed("The shortlist of round " + position + " is confirmed.");
        }
        Map<Long, Line> lines = lines(round);
        List<RoundEntry> open = entries(round).stream().filter(e -> e.decidedAt == null)
                .filter(e -> scope == null || scope.equals(e.regionCode)).toList();
        if (open.isEmpty()) {
            throw regionConfirmed("Nothing is left to confirm in " + (scope == null ? "round " + position
                    : "region " + scope) + ".");
        }
        Instant now = clock.instant();
        List<ShortlistConfirmed.Decision> decisions = new ArrayList<>();
        for (RoundEntry entry : open) {
            Line line = lines.get(entry.key.submissionId());
            boolean proposed = line != null && line.proposed;
            boolean advances = entry.advances != null ? entry.advances : proposed;
            entry.advances = advances;
            entry.outcome = advances ? RoundEntry.Outcome.ADVANCED : RoundEntry.Outcome.NOT_ADVANCED;
            entry.decidedAt = now;
            entry.decidedBy = actor.accountId();
            decisions.add(new ShortlistConfirmed.Decision(entry.key.submissionId(), advances));
        }
        entityManager.flush();
        boolean complete = entries(round).stream().allMatch(e -> e.decidedAt != null);
        JudgingRound next = null;
        if (complete) {
            round.status = JudgingRound.Status.ADVANCED;
            round.shortlistConfirmedAt = now;
            round.shortlistConfirmedBy = actor.accountId();
            next = rounds.at(editionId, position + 1).orElse(null);
            if (next != null) {
                open(next, now);
            }
        }
        entityManager.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("region", scope);
        after.put("advanced", decisions.stream().filter(ShortlistConfirmed.Decision::advances)
                .map(ShortlistConfirmed.Decision::submissionId).toList());
        after.put("notAdvanced", decisions.stream().filter(d -> !d.advances())
                .map(ShortlistConfirmed.Decision::submissionId).toList());
        after.put("roundAdvanced", complete);
        audit.record(actor, AUDIT_TYPE, round.id, "SHORTLIST_CONFIRM", null, after);
        confirmed.fire(new ShortlistConfirmed(round, next, decisions));
        return view(round, scope, language);
    }

    /**
     * The next round opens with the projects that go on; the edition's judging settings become
     * that round's (they are the current round's, see V22).
     */
    private void open(JudgingRound next, Instant now) {
        next.status = JudgingRound.Status.OPEN;
        next.openedAt = now;
        entityManager.createNativeQuery("INSERT INTO round_entry (round_id, submission_id, region_code, outcome) "
                        + "SELECT ?1, submission_id, region_code, 'IN' FROM round_entry WHERE round_id = "
                        + "(SELECT id FROM judging_round WHERE edition_id = ?2 AND position = ?3) AND outcome = 'ADVANCED'")
                .setParameter(1, next.id).setParameter(2, next.editionId).setParameter(3, next.position - 1)
                .executeUpdate();
        Edition edition = entityManager.find(Edition.class, next.editionId, LockModeType.PESSIMISTIC_WRITE);
        edition.jurorsPerProject = next.jurorsPerProject;
        edition.blindReview = next.blindReview;
        edition.evaluationCloseAt = next.evaluationCloseAt;
        edition.updatedAt = now;
    }

    private Shortlist view(JudgingRound round, String region, Language language) {
        Map<Long, Line> lines = lines(round);
        List<RoundEntry> entries = entries(round);
        Map<String, List<RoundEntry>> byRegion = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (RoundEntry entry : entries) {
            byRegion.computeIfAbsent(round.scope == JudgingRound.Scope.REGIONAL ? entry.regionCode : null,
                    k -> new ArrayList<>()).add(entry);
        }
        List<ShortlistRegion> regions = new ArrayList<>();
        byRegion.forEach((code, list) -> {
            if (region != null && !region.equals(code)) {
                return;
            }
            int proposed = 0;
            int advancing = 0;
            int adjusted = 0;
            Instant confirmedAt = null;
            boolean confirmed = true;
            for (RoundEntry e : list) {
                Line line = lines.get(e.key.submissionId());
                boolean p = line != null && line.proposed;
                proposed += p ? 1 : 0;
                advancing += (e.advances != null ? e.advances : p) ? 1 : 0;
                adjusted += e.adjusted ? 1 : 0;
                confirmed &= e.decidedAt != null;
                confirmedAt = e.decidedAt == null ? confirmedAt
                        : confirmedAt == null || e.decidedAt.isAfter(confirmedAt) ? e.decidedAt : confirmedAt;
            }
            regions.add(new ShortlistRegion(code, list.size(), proposed, advancing, adjusted, confirmed,
                    confirmed ? confirmedAt : null));
        });
        List<ShortlistRow> rows = entries.stream()
                .filter(e -> region == null || region.equals(e.regionCode))
                .map(e -> {
                    Line line = lines.get(e.key.submissionId());
                    return row(line, e, round, line != null && line.proposed);
                })
                .sorted(Comparator.comparing((ShortlistRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                        .thenComparing(ShortlistRow::submissionId))
                .toList();
        RoundProgress next = rounds.at(round.editionId, round.position + 1)
                .map(r -> RoundProgress.of(r, language.code())).orElse(null);
        int unconfirmed = (int) byRegion.values().stream()
                .filter(list -> list.stream().anyMatch(e -> e.decidedAt == null)).count();
        return new Shortlist(RoundProgress.of(round, language.code()),
                round.advanceCount == null ? 0 : round.advanceCount, next, unconfirmed, regions, rows);
    }

    private ShortlistRow row(Line line, RoundEntry entry, JudgingRound round, boolean proposed) {
        boolean advances = entry.advances != null ? entry.advances : proposed;
        RankingEntry r = line == null ? null : line.entry;
        String title = r != null ? r.title() : entityManager.createQuery(
                "select s.title from Submission s where s.id = :id", String.class)
                .setParameter("id", entry.key.submissionId()).getSingleResult();
        return new ShortlistRow(entry.key.submissionId(), title, entry.regionCode,
                line == null ? null : line.school, round.blindReview || r == null ? null : r.authorName(),
                r == null ? null : r.rank(), line == null ? null : line.regionRank,
                r == null ? null : r.rawScore(), r == null ? null : r.normalizedScore(),
                r == null ? 0 : r.evaluations(), r != null && r.disagreement(), proposed, advances, entry.adjusted,
                entry.adjustReason, entry.outcome, entry.version);
    }

    /** A project of the round's ranking, its rank in its region and whether the quotas send it on. */
    private record Line(RankingEntry entry, String school, int regionRank, boolean proposed) {
    }

    /**
     * The round's ranking with the quotas applied: in a regional round the {@code advanceCount} best
     * of each region, in a national one the best overall. A project without a submitted evaluation
     * is never proposed.
     */
    private Map<Long, Line> lines(JudgingRound round) {
        List<RankingEntry> ranked = rankingOf(round);
        Map<Long, String> schools = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("SELECT s.id, s.school_name FROM round_entry re JOIN submission s "
                + "ON s.id = re.submission_id WHERE re.round_id = ?1").setParameter(1, round.id).getResultList()) {
            Object[] r = (Object[]) row;
            schools.put(num(r[0]), (String) r[1]);
        }
        int quota = round.advanceCount == null ? 0 : round.advanceCount;
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, Line> lines = new LinkedHashMap<>();
        int overall = 0;
        for (RankingEntry entry : ranked) {
            String key = Objects.requireNonNullElse(entry.regionCode(), "");
            int regionRank = seen.merge(key, 1, Integer::sum);
            boolean scored = entry.evaluations() > 0;
            boolean proposed;
            if (round.scope == JudgingRound.Scope.REGIONAL) {
                proposed = scored && regionRank <= quota;
            } else {
                proposed = scored && ++overall <= quota;
            }
            lines.put(entry.submissionId(), new Line(entry, schools.get(entry.submissionId()), regionRank, proposed));
        }
        return lines;
    }

    /** The ranking of the round's projects, best first (only the round's entries). */
    private List<RankingEntry> rankingOf(JudgingRound round) {
        java.util.Set<Long> ids = new java.util.HashSet<>(entityManager.createQuery(
                        "select e.key.submissionId from RoundEntry e where e.key.roundId = :round", Long.class)
                .setParameter("round", round.id).getResultList());
        return ranking.rankRound(round, null, null).items().stream().filter(e -> ids.contains(e.submissionId())).toList();
    }

    private List<RoundEntry> entries(JudgingRound round) {
        return entityManager.createQuery("select e from RoundEntry e where e.key.roundId = :round "
                + "order by e.key.submissionId", RoundEntry.class).setParameter("round", round.id).getResultList();
    }

    // ---- who may act on which region

    /**
     * The region the caller acts on: an admin any (or all, with none named); a coordinator only its
     * own region of a REGIONAL round.
     */
    private String regionScope(JudgingRound round, String region, Actor actor) {
        if (Roles.ADMIN.equals(actor.role())) {
            return round.scope == JudgingRound.Scope.REGIONAL ? region : null;
        }
        if (!Roles.COORDINATOR.equals(actor.role())) {
            throw ProblemException.forbidden("Only administrators and regional coordinators decide shortlists.");
        }
        if (round.scope != JudgingRound.Scope.REGIONAL) {
            throw ProblemException.forbidden("Round " + round.position + " is national: its shortlist is the "
                    + "administrators'.");
        }
        String own = entityManager.find(Account.class, actor.accountId()).regionCode;
        if (region != null && !region.equals(own)) {
            throw ProblemException.forbidden("A coordinator acts on the projects of region " + own + " only.");
        }
        return own;
    }

    // ---- helpers

    /**
     * The round; with {@code lock}, its row is locked by the transaction's first statement, so that
     * every later read of the transaction sees what the writer before it committed (InnoDB takes a
     * repeatable-read snapshot at the first plain read, which here comes after the lock is granted).
     */
    private JudgingRound round(long editionId, int position, boolean lock) {
        if (lock) {
            entityManager.createNativeQuery("SELECT id FROM judging_round WHERE edition_id = ?1 AND position = ?2 FOR UPDATE")
                    .setParameter(1, editionId).setParameter(2, position).getResultList();
        }
        return rounds.at(editionId, position)
                .orElseThrow(() -> ProblemException.notFound("Round " + position + " of edition " + editionId));
    }

    private boolean isLast(JudgingRound round) {
        return rounds.at(round.editionId, round.position + 1).isEmpty();
    }

    private static void requireClosed(JudgingRound round) {
        if (round.status == JudgingRound.Status.PENDING || round.status == JudgingRound.Status.OPEN) {
            throw ProblemException.conflict("round-not-closed", "Round not closed",
                    "Round " + round.position + " is " + round.status + ": its shortlist is prepared once it is closed.");
        }
    }

    private static ProblemException regionConfirmed(String detail) {
        return ProblemException.conflict("region-confirmed", "Shortlist confirmed", detail);
    }

    private static Map<String, Object> decisionState(RoundEntry entry, boolean proposed) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("proposed", proposed);
        state.put("advances", entry.advances != null ? entry.advances : proposed);
        state.put("adjusted", entry.adjusted);
        state.put("reason", entry.adjustReason);
        return state;
    }

    private static Map<String, Object> withProject(Map<String, Object> state, long submissionId) {
        state.put("submissionId", submissionId);
        return state;
    }

    static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
