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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranking and the fairness reports, each read in a constant number of statements whatever the
 * size of the edition.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    /** The submitted evaluations of the edition: (submission, juror, raw score). */
    private static final String EVALUATIONS = "ev AS (SELECT e.submission_id, e.juror_id, e.raw_score FROM evaluation e "
            + "WHERE e.edition_id = :edition AND e.status = 'SUBMITTED')";

    /** Every submitted score of the edition in ten-thousandths, read from one index (ix_evaluation_edition_ranking). */
    private static final String SCORES = "SELECT juror_id, submission_id, CAST(raw_score * 10000 AS SIGNED) "
            + "FROM evaluation WHERE edition_id = ? AND status = 'SUBMITTED'";

    /** The criteria of the edition's rubric, in its order. */
    private static final String CRITERIA = "SELECT id, code, label_fr, label_ar, label_en FROM criterion WHERE edition_id = ? "
            + "ORDER BY position, id";

    /** The score of every criterion in every submitted evaluation of the edition. */
    private static final String CRITERION_SCORES = "SELECT sc.criterion_id, e.submission_id, e.juror_id, sc.score "
            + "FROM evaluation e JOIN evaluation_score sc ON sc.evaluation_id = e.id "
            + "WHERE e.edition_id = ? AND e.status = 'SUBMITTED'";

    /**
     * How many jurors each project of the edition has, and how many of them are disabled without having
     * submitted their evaluation ({@link Staffing}). It reads the assignments from their covering index
     * as before; the disabled jurors are a short list the server looks up once per juror, and only
     * their assignments are checked for a submitted evaluation.
     */
    private static final String STAFFING = "SELECT a.submission_id, COUNT(*), "
            + "SUM(a.juror_id IN (SELECT id FROM account WHERE enabled = FALSE) AND NOT EXISTS (SELECT 1 FROM evaluation ev "
            + "WHERE ev.assignment_id = a.id AND ev.status = 'SUBMITTED')) FROM assignment a "
            + "WHERE a.edition_id = ? GROUP BY a.submission_id";

    /** The projects in competition: each is read once, with its author found by primary key. */
    private static final String PROJECTS = "SELECT s.id, s.title, CONCAT(acc.first_name, ' ', acc.last_name), s.region_code, "
            + "s.school_level, s.discipline FROM submission s STRAIGHT_JOIN account acc ON acc.id = s.author_id "
            + "WHERE s.edition_id = ? AND s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED')";

    private static final String CRITERIA_MEANS = "SELECT e.submission_id, c.code, AVG(sc.score) FROM evaluation_score sc "
            + "JOIN evaluation e ON e.id = sc.evaluation_id JOIN criterion c ON c.id = sc.criterion_id "
            + "WHERE e.edition_id = :edition AND e.status = 'SUBMITTED' GROUP BY e.submission_id, c.code";

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

    /** Rows fetched at a time while a ranking statement streams its result. */
    private static final int STREAMING_BATCH = 2_000;

    private final EntityManager entityManager;
    private final InnovaticeConfig.Ranking config;
    private final Clock clock;

    RankingService(EntityManager entityManager, InnovaticeConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config.ranking();
        this.clock = clock;
    }

    /** A ranking line and the mean score of each criterion, for the export. */
    public record DetailedEntry(RankingEntry entry, Map<String, Double> criterionMeans) {
    }

    public Ranking ranking(long editionId, String region, String level) {
        Edition edition = rankable(editionId);
        return new Ranking(editionId, config.disagreementThreshold(), edition.jurorsPerProject,
                entries(edition, region, level));
    }

    public List<DetailedEntry> detailed(long editionId, String region, String level) {
        Edition edition = rankable(editionId);
        Map<Long, Map<String, Double>> means = new LinkedHashMap<>();
        for (Object row : entityManager.createNativeQuery(CRITERIA_MEANS).setParameter("edition", editionId).getResultList()) {
            Object[] r = (Object[]) row;
            means.computeIfAbsent(AssignmentService.num(r[0]), id -> new LinkedHashMap<>())
                    .put((String) r[1], ((Number) r[2]).doubleValue());
        }
        return entries(edition, region, level).stream()
                .map(e -> new DetailedEntry(e, means.getOrDefault(e.submissionId(), Map.of()))).toList();
    }

    /**
     * How far the jurors of the edition agree ({@link RankingAgreement}), from the same submitted
     * evaluations as the ranking, in three statements after the edition's. Computed when asked, never with the ranking:
     * its bootstrap costs CPU in proportion to the edition's size, within the core's bound.
     */
    public RankingAgreementView agreement(long editionId) {
        rankable(editionId);
        RankingAgreement agreement = RankingAgreement.create();
        entityManager.unwrap(Session.class).doWork(connection -> {
            forEachRow(connection, CRITERIA, editionId, r -> agreement.criterion(r.getLong(1), r.getString(2),
                    new LocalizedText(r.getString(3), r.getString(4), r.getString(5))));
            forEachRow(connection, SCORES, editionId, r -> agreement.total(r.getLong(2), r.getLong(1), r.getLong(3)));
            forEachRow(connection, CRITERION_SCORES, editionId, r -> agreement.score(r.getLong(1), r.getLong(2),
                    r.getLong(3), r.getInt(4)));
        });
        return agreement.report(editionId);
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

    /**
     * The ranking of the whole edition, then the lines of the region and level asked for, with their
     * rank in the edition. Three statements whatever the size; the arithmetic is done here
     * ({@link JuryNormalization}): MariaDB's grouped temporary tables took several times longer.
     */
    private List<RankingEntry> entries(Edition edition, String region, String level) {
        record Project(String title, String author, String region, String level, String discipline) {
        }
        record Jurors(int assigned, int disabledPending) {
        }
        long editionId = edition.id;
        JuryNormalization normalization = JuryNormalization.create();
        Map<Long, Jurors> staffing = new HashMap<>();
        Map<Long, Project> projects = new LinkedHashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            forEachRow(connection, SCORES, editionId, r -> normalization.add(r.getLong(1), r.getLong(2), r.getLong(3)));
            forEachRow(connection, STAFFING, editionId, r -> staffing.put(r.getLong(1), new Jurors(r.getInt(2), r.getInt(3))));
            forEachRow(connection, PROJECTS, editionId, r -> projects.put(r.getLong(1), new Project(r.getString(2),
                    r.getString(3), r.getString(4), r.getString(5), r.getString(6))));
        });
        List<JuryNormalization.Score> ranked = JuryNormalization.rank(projects.keySet(), normalization.scores());
        Instant now = clock.instant();
        List<RankingEntry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            JuryNormalization.Score score = ranked.get(i);
            Project p = projects.get(score.submissionId());
            if ((region != null && !region.equals(p.region())) || (level != null && !level.equals(p.level()))) {
                continue;
            }
            Double spread = decimal(score.spread());
            Jurors jurors = staffing.getOrDefault(score.submissionId(), new Jurors(0, 0));
            Staffing staffed = Staffing.of(edition, now, score.evaluations(),
                    jurors.assigned() - score.evaluations() - jurors.disabledPending());
            entries.add(new RankingEntry(i + 1, score.submissionId(), p.title(), p.author(), p.region(), p.level(),
                    p.discipline(), decimal(score.raw()), decimal(score.normalized()), score.evaluations(),
                    jurors.assigned(), staffed.active(), staffed.missingEvaluations(), staffed.understaffed(), spread,
                    spread != null && spread > config.disagreementThreshold()));
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

    private Edition rankable(long editionId) {
        Edition edition = edition(editionId);
        if (!edition.status.atLeast(EditionStatus.EVALUATION)) {
            throw ProblemException.conflict("no-ranking-yet", "No ranking yet",
                    "Edition " + edition.number + " is " + edition.status + "; its ranking exists from EVALUATION on.");
        }
        return edition;
    }
}
