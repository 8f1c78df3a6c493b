package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.EvaluationDtos.JurorSeverity;
import ma.innovatice.evaluation.EvaluationDtos.Ranking;
import ma.innovatice.evaluation.EvaluationDtos.RankingAgreementView;
import ma.innovatice.evaluation.EvaluationDtos.RankingEntry;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.round.RoundDtos.RoundRef;
import ma.innovatice.round.RoundRepository;
import ma.innovatice.submission.SubmissionDtos.Person;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/**
 * The ranking and the fairness reports, each read in a constant number of statements whatever the
 * size of the edition.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    /** The submitted evaluations of the round: (submission, juror, raw score). */
    private static final String EVALUATIONS = "ev AS (SELECT e.submission_id, e.juror_id, e.raw_score FROM evaluation e "
            + "WHERE e.round_id = :round AND e.status = 'SUBMITTED')";

    /** Every submitted score of the round in ten-thousandths, read from one index (ix_evaluation_round_ranking). */
    private static final String SCORES = "SELECT juror_id, submission_id, CAST(raw_score * 10000 AS SIGNED) "
            + "FROM evaluation WHERE round_id = ? AND status = 'SUBMITTED'";

    /** The criteria of the edition's own rubric (its CLD21 rounds), in its order. */
    private static final String EDITION_CRITERIA = "SELECT id, code, label_fr, label_ar, label_en FROM criterion "
            + "WHERE edition_id = ? AND round_id IS NULL ORDER BY position, id";

    /** The criteria of a round's own rubric (a PRESENTATION round), in its order. */
    private static final String ROUND_CRITERIA = "SELECT id, code, label_fr, label_ar, label_en FROM criterion "
            + "WHERE round_id = ? ORDER BY position, id";

    /** The score of every criterion in every submitted evaluation of the round. */
    private static final String CRITERION_SCORES = "SELECT sc.criterion_id, e.submission_id, e.juror_id, sc.score "
            + "FROM evaluation e JOIN evaluation_score sc ON sc.evaluation_id = e.id "
            + "WHERE e.round_id = ? AND e.status = 'SUBMITTED'";

    /**
     * How many jurors each project of the round has, and how many of them are disabled without having
     * submitted their evaluation ({@link Staffing}). It reads the assignments from their covering index
     * as before; the disabled jurors are a short list the server looks up once per juror, and only
     * their assignments are checked for a submitted evaluation.
     */
    private static final String STAFFING = "SELECT a.submission_id, COUNT(*), "
            + "SUM(a.juror_id IN (SELECT id FROM account WHERE enabled = FALSE) AND NOT EXISTS (SELECT 1 FROM evaluation ev "
            + "WHERE ev.assignment_id = a.id AND ev.status = 'SUBMITTED')) FROM assignment a "
            + "WHERE a.round_id = ? GROUP BY a.submission_id";

    private static final String PROJECT_COLUMNS = "SELECT s.id, s.title, CONCAT(acc.first_name, ' ', acc.last_name), "
            + "s.region_code, s.school_level, s.discipline FROM ";

    private static final String IN_COMPETITION = "s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', "
            + "'NOT_RETAINED')";

    /**
     * The projects of a first round: the edition's projects in competition (every one of them is an
     * entry of its first round), each read once, with its author found by primary key.
     */
    private static final String FIRST_ROUND_PROJECTS = PROJECT_COLUMNS + "submission s STRAIGHT_JOIN account acc "
            + "ON acc.id = s.author_id WHERE s.edition_id = ? AND " + IN_COMPETITION;

    /** The projects of a later round: its entries (whatever their outcome) still in competition. */
    private static final String ENTRY_PROJECTS = PROJECT_COLUMNS + "round_entry re STRAIGHT_JOIN submission s "
            + "ON s.id = re.submission_id STRAIGHT_JOIN account acc ON acc.id = s.author_id WHERE re.round_id = ? AND "
            + IN_COMPETITION;

    private static final String CRITERIA_MEANS = "SELECT e.submission_id, c.code, AVG(sc.score) FROM evaluation_score sc "
            + "JOIN evaluation e ON e.id = sc.evaluation_id JOIN criterion c ON c.id = sc.criterion_id "
            + "WHERE e.round_id = :round AND e.status = 'SUBMITTED' GROUP BY e.submission_id, c.code";

    /**
     * Per juror: mean and spread of their raw scores, the mean the other jurors gave to the same
     * projects, and the mean of (own score − the others' mean) over the projects they share.
     */
    private static final String SEVERITY = "WITH " + EVALUATIONS + ", "
            + "project AS (SELECT submission_id, SUM(raw_score) total, COUNT(*) n FROM ev GROUP BY submission_id) "
            + "SELECT j.id, j.first_name, j.last_name, j.email, COUNT(*), AVG(ev.raw_score), STDDEV_POP(ev.raw_score), "
            + "  AVG(CASE WHEN p.n > 1 THEN (p.total - ev.raw_score) / (p.n - 1) END), "
            + "  AVG(CASE WHEN p.n > 1 THEN ev.raw_score - (p.total - ev.raw_score) / (p.n - 1) END) "
            + "FROM ev JOIN project p ON p.submission_id = ev.submission_id JOIN account j ON j.id = ev.juror_id "
            + "%s GROUP BY j.id, j.first_name, j.last_name, j.email ORDER BY j.last_name, j.id";

    /** Rows fetched at a time while a ranking statement streams its result. */
    private static final int STREAMING_BATCH = 2_000;

    private final EntityManager entityManager;
    private final InnovaticeConfig.Ranking config;
    private final Clock clock;
    private final RoundRepository rounds;

    RankingService(EntityManager entityManager, InnovaticeConfig config, Clock clock, RoundRepository rounds) {
        this.rounds = rounds;
        this.entityManager = entityManager;
        this.config = config.ranking();
        this.clock = clock;
    }

    /** A ranking line and the mean score of each criterion, for the export. */
    public record DetailedEntry(RankingEntry entry, Map<String, Double> criterionMeans) {
    }

    /** The ranking of the edition's current round (the open one, else the last judged). */
    public Ranking ranking(long editionId, String region, String level) {
        rankable(editionId);
        return rankRound(rounds.current(editionId), region, level);
    }

    /**
     * The ranking of one round: its projects (a first round's are the edition's projects in
     * competition, a later round's its entries), normalised and flagged over the round's submitted
     * evaluations only. Lines are those of {@code regionCode} and {@code level} when given (null: all),
     * each with its rank in the whole round and, in a REGIONAL round, its rank in its region.
     */
    public Ranking rankRound(JudgingRound round, String regionCode, String level) {
        Edition edition = edition(round.editionId);
        return new Ranking(edition.id, RoundRef.of(round), config.disagreementThreshold(), round.jurorsPerProject,
                entries(round, regionCode, level));
    }

    public List<DetailedEntry> detailed(long editionId, String region, String level) {
        rankable(editionId);
        return detailedRound(rounds.current(editionId), region, level);
    }

    /** {@link #rankRound} with the mean score of each criterion of each line, for the export. */
    public List<DetailedEntry> detailedRound(JudgingRound round, String regionCode, String level) {
        Map<Long, Map<String, Double>> means = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(CRITERIA_MEANS).setParameter("round", round.id).getResultList()) {
            Object[] r = (Object[]) row;
            means.computeIfAbsent(AssignmentService.num(r[0]), id -> new LinkedHashMap<>())
                    .put((String) r[1], ((Number) r[2]).doubleValue());
        }
        return entries(round, regionCode, level).stream()
                .map(e -> new DetailedEntry(e, means.getOrDefault(e.submissionId(), Map.of()))).toList();
    }

    public RankingAgreementView agreement(long editionId) {
        rankable(editionId);
        return agreementRound(rounds.current(editionId), null);
    }

    /**
     * How far the jurors of a round agree ({@link RankingAgreement}), from the same submitted
     * evaluations as its ranking (of one region's projects when {@code regionCode} is given), in three
     * statements. Computed when asked, never with the ranking: its bootstrap costs CPU in proportion
     * to the round's size, within the core's bound.
     */
    public RankingAgreementView agreementRound(JudgingRound round, String regionCode) {
        RankingAgreement agreement = RankingAgreement.create();
        Set<Long> inRegion = regionCode == null ? null : projectsOfRegion(round, regionCode);
        entityManager.unwrap(Session.class).doWork(connection -> {
            boolean own = round.rubric == JudgingRound.Rubric.PRESENTATION;
            forEachRow(connection, own ? ROUND_CRITERIA : EDITION_CRITERIA, own ? round.id : round.editionId,
                    r -> agreement.criterion(r.getLong(1), r.getString(2),
                            new LocalizedText(r.getString(3), r.getString(4), r.getString(5))));
            forEachRow(connection, SCORES, round.id, r -> {
                if (inRegion == null || inRegion.contains(r.getLong(2))) {
                    agreement.total(r.getLong(2), r.getLong(1), r.getLong(3));
                }
            });
            forEachRow(connection, CRITERION_SCORES, round.id, r -> {
                if (inRegion == null || inRegion.contains(r.getLong(2))) {
                    agreement.score(r.getLong(1), r.getLong(2), r.getLong(3), r.getInt(4));
                }
            });
        });
        return agreement.report(round.editionId);
    }

    public List<JurorSeverity> severity(long editionId) {
        edition(editionId);
        return severityRound(rounds.current(editionId), null);
    }

    /** Each juror's severity within a round (over one region's projects when {@code regionCode} is given). */
    @SuppressWarnings("unchecked")
    public List<JurorSeverity> severityRound(JudgingRound round, String regionCode) {
        String sql = String.format(SEVERITY, regionCode == null ? ""
                : "JOIN submission s ON s.id = ev.submission_id WHERE s.region_code = :region");
        var query = entityManager.createNativeQuery(sql).setParameter("round", round.id);
        if (regionCode != null) {
            query.setParameter("region", regionCode);
        }
        List<Object[]> rows = query.getResultList();
        List<JurorSeverity> report = new ArrayList<>();
        for (Object[] r : rows) {
            Double deviation = decimal(r[8]);
            String tendency = deviation == null ? "UNKNOWN"
                    : deviation <= -config.severityThreshold() ? "HARSH"
                    : deviation >= config.severityThreshold() ? "LENIENT" : "NEUTRAL";
            report.add(new JurorSeverity(new Person(AssignmentService.num(r[0]), (String) r[1], (String) r[2], (String) r[3]),
                    (int) AssignmentService.num(r[4]), decimal(r[5]), decimal(r[6]), decimal(r[7]), deviation, tendency));
        }
        return report;
    }

    @SuppressWarnings("unchecked")
    private Set<Long> projectsOfRegion(JudgingRound round, String regionCode) {
        List<Number> ids = entityManager.createNativeQuery("SELECT id FROM submission WHERE edition_id = ?1 AND region_code = ?2")
                .setParameter(1, round.editionId).setParameter(2, regionCode).getResultList();
        Set<Long> set = new HashSet<>();
        ids.forEach(id -> set.add(id.longValue()));
        return set;
    }

    /**
     * The ranking of the whole round, then the lines of the region and level asked for, with their
     * rank in the round (and in their region for a REGIONAL round). Three statements whatever the
     * size; the arithmetic is done here ({@link JuryNormalization}): MariaDB's grouped temporary
     * tables took several times longer.
     */
    private List<RankingEntry> entries(JudgingRound round, String region, String level) {
        record Project(String title, String author, String region, String level, String discipline) {
        }
        record Jurors(int assigned, int disabledPending) {
        }
        JuryNormalization normalization = JuryNormalization.create();
        Map<Long, Jurors> staffing = new HashMap<>();
        Map<Long, Project> projects = new LinkedHashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            forEachRow(connection, SCORES, round.id, r -> normalization.add(r.getLong(1), r.getLong(2), r.getLong(3)));
            forEachRow(connection, STAFFING, round.id, r -> staffing.put(r.getLong(1), new Jurors(r.getInt(2), r.getInt(3))));
            boolean first = round.position == 1;
            forEachRow(connection, first ? FIRST_ROUND_PROJECTS : ENTRY_PROJECTS, first ? round.editionId : round.id,
                    r -> projects.put(r.getLong(1), new Project(r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6))));
        });
        List<JuryNormalization.Score> ranked = JuryNormalization.rank(projects.keySet(), normalization.scores());
        boolean regional = round.scope == JudgingRound.Scope.REGIONAL;
        Map<String, Integer> placesInRegion = new HashMap<>();
        Instant now = clock.instant();
        List<RankingEntry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            JuryNormalization.Score score = ranked.get(i);
            Project p = projects.get(score.submissionId());
            Integer regionRank = regional ? placesInRegion.merge(String.valueOf(p.region()), 1, Integer::sum) : null;
            if ((region != null && !region.equals(p.region())) || (level != null && !level.equals(p.level()))) {
                continue;
            }
            Double spread = decimal(score.spread());
            Jurors jurors = staffing.getOrDefault(score.submissionId(), new Jurors(0, 0));
            Staffing staffed = Staffing.of(round, now, score.evaluations(),
                    jurors.assigned() - score.evaluations() - jurors.disabledPending());
            entries.add(new RankingEntry(i + 1, score.submissionId(), p.title(), p.author(), p.region(), p.level(),
                    p.discipline(), decimal(score.raw()), decimal(score.normalized()), score.evaluations(),
                    jurors.assigned(), staffed.active(), staffed.missingEvaluations(), staffed.understaffed(), spread,
                    spread != null && spread > config.disagreementThreshold(), regionRank));
        }
        return entries;
    }

    /** One row of a result, read by {@link #forEachRow}. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs a statement whose only parameter is the edition and hands each row to {@code reader}. */
    private static void forEachRow(Connection connection, String sql, long editionId, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, editionId);
            // Rows are read as the server sends them, in batches, rather than after the whole result
            // has arrived: decoding them here overlaps the server's work on the next ones.
            statement.setFetchSize(STREAMING_BATCH);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        }
    }

    /** Scores rounded to hundredths, as they are shown and checked. */
    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

    private Edition edition(long editionId) {
        return Optional.ofNullable(entityManager.find(Edition.class, editionId))
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }

    Edition rankable(long editionId) {
        Edition edition = edition(editionId);
        if (!edition.status.atLeast(EditionStatus.EVALUATION)) {
            throw ProblemException.conflict("no-ranking-yet", "No ranking yet",
                    "Edition " + edition.number + " is " + edition.status + "; its ranking exists from EVALUATION on.");
        }
        return edition;
    }
}
