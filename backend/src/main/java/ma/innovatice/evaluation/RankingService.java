package ma.innovatice.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.EvaluationDtos.JurorSeverity;
import ma.innovatice.evaluation.EvaluationDtos.Ranking;
import ma.innovatice.evaluation.EvaluationDtos.RankingEntry;
import ma.innovatice.submission.SubmissionDtos.Person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranking and the fairness reports, computed by the database in one statement each whatever
 * the size of the edition (window functions and aggregates over the submitted evaluations).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    /** The submitted evaluations of the edition: (submission, juror, raw score). */
    private static final String EVALUATIONS = "ev AS (SELECT a.submission_id, a.juror_id, e.raw_score FROM evaluation e "
            + "JOIN assignment a ON a.id = e.assignment_id WHERE a.edition_id = :edition AND e.status = 'SUBMITTED')";

    /**
     * MariaDB may turn the grouped per-project CTEs into "lateral derived" tables computed once per
     * submission, and then recomputes the per-juror statistics inside them for every submission:
     * minutes instead of a fraction of a second for 20,000 projects. Each CTE is computed once without it.
     */
    private static final String NO_SPLIT_MATERIALIZED = "SET STATEMENT optimizer_switch = 'split_materialized=off' FOR ";

    /**
     * Per project: mean raw score, mean z-score within each juror's evaluations (0 when a juror's
     * scores do not vary), mapped back onto the edition's scale and bounded to 0..100; count and
     * spread of the evaluations; assignments; rank in the whole edition with a deterministic tie-break.
     */
    private static final String RANKING = NO_SPLIT_MATERIALIZED + "WITH " + EVALUATIONS + ", "
            + "juror AS (SELECT juror_id, AVG(raw_score) mu, STDDEV_POP(raw_score) sd FROM ev GROUP BY juror_id), "
            + "overall AS (SELECT AVG(raw_score) mu, STDDEV_POP(raw_score) sd FROM ev), "
            + "per_project AS (SELECT ev.submission_id, AVG(ev.raw_score) raw, "
            + "  AVG(CASE WHEN j.sd > 0 THEN (ev.raw_score - j.mu) / j.sd ELSE 0 END) z, COUNT(*) n, "
            + "  MAX(ev.raw_score) - MIN(ev.raw_score) spread FROM ev JOIN juror j ON j.juror_id = ev.juror_id "
            + "  GROUP BY ev.submission_id), "
            + "staffing AS (SELECT submission_id, COUNT(*) assigned FROM assignment WHERE edition_id = :edition "
            + "  GROUP BY submission_id), "
            + "ranked AS (SELECT s.id, s.title, CONCAT(acc.first_name, ' ', acc.last_name) author, s.region_code, "
            + "  s.school_level, s.discipline, p.raw, "
            + "  CASE WHEN p.raw IS NULL THEN NULL ELSE LEAST(100, GREATEST(0, o.mu + p.z * COALESCE(o.sd, 0))) END norm, "
            + "  COALESCE(p.n, 0) n, COALESCE(st.assigned, 0) assigned, p.spread, "
            + "  ROW_NUMBER() OVER (ORDER BY p.raw IS NULL, LEAST(100, GREATEST(0, o.mu + p.z * COALESCE(o.sd, 0))) DESC, "
            + "    p.raw DESC, COALESCE(p.n, 0) DESC, s.id) rnk "
            + "  FROM submission s JOIN account acc ON acc.id = s.author_id CROSS JOIN overall o "
            + "  LEFT JOIN per_project p ON p.submission_id = s.id LEFT JOIN staffing st ON st.submission_id = s.id "
            + "  WHERE s.edition_id = :edition AND s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', 'NOT_RETAINED')) "
            + "SELECT id, title, author, region_code, school_level, discipline, raw, norm, n, assigned, spread, rnk "
            + "FROM ranked WHERE (:region IS NULL OR region_code = :region) AND (:level IS NULL OR school_level = :level) "
            + "ORDER BY rnk";

    private static final String CRITERIA_MEANS = "SELECT a.submission_id, c.code, AVG(sc.score) FROM evaluation_score sc "
            + "JOIN evaluation e ON e.id = sc.evaluation_id JOIN assignment a ON a.id = e.assignment_id "
            + "JOIN criterion c ON c.id = sc.criterion_id WHERE a.edition_id = :edition AND e.status = 'SUBMITTED' "
            + "GROUP BY a.submission_id, c.code";

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
            + "GROUP BY j.id, j.first_name, j.last_name, j.email ORDER BY j.last_name, j.id";

    private final EntityManager entityManager;
    private final InnovaticeConfig.Ranking config;

    RankingService(EntityManager entityManager, InnovaticeConfig config) {
        this.entityManager = entityManager;
        this.config = config.ranking();
    }

    /** A ranking line and the mean score of each criterion, for the export. */
    public record DetailedEntry(RankingEntry entry, Map<String, Double> criterionMeans) {
    }

    public Ranking ranking(long editionId, String region, String level) {
        rankable(editionId);
        return new Ranking(editionId, config.disagreementThreshold(), entries(editionId, region, level));
    }

    public List<DetailedEntry> detailed(long editionId, String region, String level) {
        rankable(editionId);
        Map<Long, Map<String, Double>> means = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(CRITERIA_MEANS).setParameter("edition", editionId).getResultList()) {
            Object[] r = (Object[]) row;
            means.computeIfAbsent(AssignmentService.num(r[0]), id -> new LinkedHashMap<>())
                    .put((String) r[1], ((Number) r[2]).doubleValue());
        }
        return entries(editionId, region, level).stream()
                .map(e -> new DetailedEntry(e, means.getOrDefault(e.submissionId(), Map.of()))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<JurorSeverity> severity(long editionId) {
        edition(editionId);
        List<Object[]> rows = entityManager.createNativeQuery(SEVERITY).setParameter("edition", editionId).getResultList();
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
    private List<RankingEntry> entries(long editionId, String region, String level) {
        Query query = entityManager.createNativeQuery(RANKING).setParameter("edition", editionId)
                .setParameter("region", region).setParameter("level", level);
        List<Object[]> rows = query.getResultList();
        List<RankingEntry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Double spread = decimal(r[10]);
            entries.add(new RankingEntry((int) AssignmentService.num(r[11]), AssignmentService.num(r[0]), (String) r[1],
                    (String) r[2], (String) r[3], (String) r[4], (String) r[5], decimal(r[6]), decimal(r[7]),
                    (int) AssignmentService.num(r[8]), (int) AssignmentService.num(r[9]), spread,
                    spread != null && spread > config.disagreementThreshold()));
        }
        return entries;
    }

    /** Scores rounded to hundredths, as they are shown and checked. */
    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

    private Edition edition(long editionId) {
        return Optional.ofNullable(entityManager.find(Edition.class, editionId))
                .orElseThrow(() -> ProblemException.notFound("Edition " + editionId));
    }

    private void rankable(long editionId) {
        Edition edition = edition(editionId);
        if (!edition.status.atLeast(EditionStatus.EVALUATION)) {
            throw ProblemException.conflict("no-ranking-yet", "No ranking yet",
                    "Edition " + edition.number + " is " + edition.status + "; its ranking exists from EVALUATION on.");
        }
    }
}
