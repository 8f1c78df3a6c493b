package ma.innovatice.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.Eligibility.Juror;
import ma.innovatice.evaluation.Eligibility.Pair;
import ma.innovatice.evaluation.Eligibility.Project;
import ma.innovatice.evaluation.EvaluationDtos.JuryAssignmentSummary;
import ma.innovatice.evaluation.EvaluationDtos.Progress;
import ma.innovatice.round.JudgingRound;
import ma.innovatice.submission.SubmissionDtos.Person;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Assignments, and the bulk reads that assignment decisions need (one statement each). */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepository<Assignment> {

    private static final String WITH_DETAILS = "select a from Assignment a join fetch a.submission s join fetch s.edition "
            + "join fetch s.author join fetch a.juror ";

    /**
     * The release gate: an assignment reaches its juror only once no open calibration of its edition
     * counts the juror in (a calibration is open while it has no closing instant). Before, it answers
     * as if it were not made yet.
     */
    private static final String RELEASED = "not exists (select 1 from Calibration c where c.editionId = a.editionId "
            + "and c.closedAt is null and exists (select 1 from CalibrationJuror cj where cj.id.calibrationId = c.id "
            + "and cj.id.jurorId = a.juror.id))";

    private final QueryCache cache;

    AssignmentRepository(QueryCache cache) {
        this.cache = cache;
    }

    public Optional<Assignment> findWithDetails(long id) {
        return find(WITH_DETAILS + "where a.id = ?1", id).firstResultOptional();
    }

    /** A juror's own assignment: another juror's id finds nothing. */
    public Optional<Assignment> findOwned(long id, long jurorId) {
        return find(WITH_DETAILS + "where a.id = ?1 and a.juror.id = ?2 and " + RELEASED, id, jurorId).firstResultOptional();
    }

    public List<Assignment> ofEdition(long editionId, Long jurorId, Long submissionId) {
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("edition", editionId);
        StringBuilder where = new StringBuilder("where a.editionId = :edition");
        if (jurorId != null) {
            where.append(" and a.juror.id = :juror");
            parameters.and("juror", jurorId);
        }
        if (submissionId != null) {
            where.append(" and s.id = :submission");
            parameters.and("submission", submissionId);
        }
        return find(WITH_DETAILS + where + " order by s.id, a.juror.id", parameters).list();
    }

    /**
     * A juror's assignments as list lines, newest edition first: one statement reading only the
     * columns shown (no submission, account or score entities), whatever the number of assignments.
     */
    public List<JuryAssignmentSummary> summariesOfJuror(long jurorId, Long editionId) {
        // The edition is joined on the assignment's own copy of its id (a constant when one edition is
        // asked for), and the order is the assignment's project column, which the (edition, juror,
        // project) index yields already sorted.
        var query = cache.cached(getEntityManager().createQuery("select a.id, a.editionId, e.number, e.status, s.id, s.title, "
                + "ev.status, ev.rawScore, r.position, r.nameFr, r.status from Assignment a join Edition e on e.id = a.editionId "
                + "join JudgingRound r on r.id = a.roundId join a.submission s "
                + "left join Evaluation ev on ev.assignment = a where a.juror.id = :juror and r.status <> :pending and "
                + RELEASED + (editionId == null ? " order by e.number desc, r.position desc, a.submission.id"
                        : " and a.editionId = :edition order by r.position desc, a.submission.id"),
                Object[].class), QueryCache.Region.LISTS).setParameter("juror", jurorId)
                .setParameter("pending", JudgingRound.Status.PENDING);
        if (editionId != null) {
            query.setParameter("edition", editionId);
        }
        return query.getResultList().stream().map(r -> {
            Evaluation.Status status = (Evaluation.Status) r[6];
            Progress progress = status == null ? Progress.NOT_STARTED
                    : status == Evaluation.Status.SUBMITTED ? Progress.SUBMITTED : Progress.DRAFT;
            return new JuryAssignmentSummary((Long) r[0], (Long) r[1], (Integer) r[2], (EditionStatus) r[3], (Long) r[4],
                    (String) r[5], progress, r[7] == null ? null : ((BigDecimal) r[7]).doubleValue(),
                    (Integer) r[8], (String) r[9], (JudgingRound.Status) r[10]);
        }).toList();
    }

    /** The jurors whose assignments in the edition an open calibration holds back. */
    @SuppressWarnings("unchecked")
    Set<Long> heldByCalibration(long editionId) {
        List<Number> rows = getEntityManager().createNativeQuery("SELECT cj.juror_id FROM calibration_juror cj "
                + "JOIN calibration c ON c.id = cj.calibration_id WHERE c.edition_id = ?1 AND c.status = 'OPEN'")
                .setParameter(1, editionId).getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    List<Project> projectsUnderReview(long editionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, title, author_id, region_code, school_name "
                + "FROM submission WHERE edition_id = ?1 AND status = 'UNDER_REVIEW' ORDER BY id")
                .setParameter(1, editionId).getResultList();
        return rows.stream().map(r -> new Project(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4])).toList();
    }

    @SuppressWarnings("unchecked")
    List<Juror> enabledJurors() {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, region_code, school_name FROM account "
                + "WHERE role = 'JURY' AND enabled = TRUE ORDER BY id").getResultList();
        return rows.stream().map(r -> new Juror(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    Set<Pair> pairsOfEdition(long editionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT submission_id, juror_id FROM assignment "
                + "WHERE edition_id = ?1").setParameter(1, editionId).getResultList();
        return toPairs(rows);
    }

    @SuppressWarnings("unchecked")
    Set<Pair> declaredConflicts(long editionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT c.submission_id, c.juror_id FROM conflict c "
                + "JOIN submission s ON s.id = c.submission_id WHERE s.edition_id = ?1").setParameter(1, editionId)
                .getResultList();
        return toPairs(rows);
    }

    /** An enabled juror as the choice of a juror shows them: who, what the rules need, load and conflicts in the edition. */
    record CandidateRow(Person person, Juror juror, int load, int conflicts) {
    }

    /** Every enabled juror, with their assignments and their recorded conflicts in the edition: one statement. */
    @SuppressWarnings("unchecked")
    List<CandidateRow> candidates(long editionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT j.id, j.first_name, j.last_name, j.email, "
                + "j.region_code, j.school_name, "
                + "(SELECT COUNT(*) FROM assignment a WHERE a.edition_id = ?1 AND a.juror_id = j.id), "
                + "(SELECT COUNT(*) FROM conflict c JOIN submission s ON s.id = c.submission_id "
                + "WHERE c.juror_id = j.id AND s.edition_id = ?1) "
                + "FROM account j WHERE j.role = 'JURY' AND j.enabled = TRUE ORDER BY j.id")
                .setParameter(1, editionId).getResultList();
        return rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            return new CandidateRow(new Person(id, (String) r[1], (String) r[2], (String) r[3]),
                    new Juror(id, (String) r[4], (String) r[5]), ((Number) r[6]).intValue(), ((Number) r[7]).intValue());
        }).toList();
    }

    /** The reason of each conflict recorded with a project, by juror. */
    @SuppressWarnings("unchecked")
    Map<Long, String> conflictReasons(long submissionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT juror_id, reason FROM conflict "
                + "WHERE submission_id = ?1").setParameter(1, submissionId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    /** The jurors assigned to a project, each with whether their evaluation is submitted. */
    @SuppressWarnings("unchecked")
    Map<Long, Boolean> jurorsOf(long submissionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT a.juror_id, e.status "
                + "FROM assignment a LEFT JOIN evaluation e ON e.assignment_id = a.id WHERE a.submission_id = ?1")
                .setParameter(1, submissionId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> "SUBMITTED".equals(r[1])));
    }

    /** How many assignments each juror has in the edition. */
    @SuppressWarnings("unchecked")
    Map<Long, Long> loads(long editionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT juror_id, COUNT(*) FROM assignment "
                + "WHERE edition_id = ?1 GROUP BY juror_id").setParameter(1, editionId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    // ---- One round (a project is judged anew in each round of its edition) ----

    /** The assignments of a round, of one region's projects when {@code regionCode} is given. */
    public List<Assignment> ofRound(long roundId, String regionCode, Long jurorId, Long submissionId) {
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("round", roundId);
        StringBuilder where = new StringBuilder("where a.roundId = :round");
        if (regionCode != null) {
            where.append(" and s.regionCode = :region");
            parameters.and("region", regionCode);
        }
        if (jurorId != null) {
            where.append(" and a.juror.id = :juror");
            parameters.and("juror", jurorId);
        }
        if (submissionId != null) {
            where.append(" and s.id = :submission");
            parameters.and("submission", submissionId);
        }
        return find(WITH_DETAILS + where + " order by s.id, a.juror.id", parameters).list();
    }

    public boolean existsInRound(long roundId, long submissionId, long jurorId) {
        return count("roundId = ?1 and submission.id = ?2 and juror.id = ?3", roundId, submissionId, jurorId) > 0;
    }

    /** Whether the project is judged in the round (an entry still IN). */
    public boolean isEntry(long roundId, long submissionId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM round_entry WHERE round_id = ?1 "
                + "AND submission_id = ?2 AND outcome = 'IN'").setParameter(1, roundId).setParameter(2, submissionId)
                .getSingleResult()).longValue() > 0;
    }

    /** The projects under review that are entries of the round (still IN), of one region when given. */
    @SuppressWarnings("unchecked")
    List<Project> entriesUnderReview(long roundId, String regionCode) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT s.id, s.title, s.author_id, s.region_code, "
                + "s.school_name FROM round_entry re JOIN submission s ON s.id = re.submission_id WHERE re.round_id = ?1 "
                + "AND re.outcome = 'IN' AND s.status = 'UNDER_REVIEW' AND (?2 = '' OR s.region_code = ?2) "
                + "ORDER BY s.id").setParameter(1, roundId).setParameter(2, regionCode == null ? "" : regionCode)
                .getResultList();
        return rows.stream().map(r -> new Project(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4])).toList();
    }

    @SuppressWarnings("unchecked")
    List<Juror> enabledJurors(String regionCode) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, region_code, school_name FROM account "
                + "WHERE role = 'JURY' AND enabled = TRUE AND (?1 = '' OR region_code = ?1) ORDER BY id")
                .setParameter(1, regionCode == null ? "" : regionCode).getResultList();
        return rows.stream().map(r -> new Juror(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    Set<Pair> pairsOfRound(long roundId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT submission_id, juror_id FROM assignment "
                + "WHERE round_id = ?1").setParameter(1, roundId).getResultList();
        return toPairs(rows);
    }

    /** The (project, juror) pairs of the edition's rounds before the given position. */
    @SuppressWarnings("unchecked")
    Set<Pair> pairsBefore(long editionId, int position) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT a.submission_id, a.juror_id FROM assignment a "
                + "JOIN judging_round r ON r.id = a.round_id WHERE r.edition_id = ?1 AND r.position < ?2")
                .setParameter(1, editionId).setParameter(2, position).getResultList();
        return toPairs(rows);
    }

    /** How many assignments each juror has in the round. */
    @SuppressWarnings("unchecked")
    Map<Long, Long> loadsInRound(long roundId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT juror_id, COUNT(*) FROM assignment "
                + "WHERE round_id = ?1 GROUP BY juror_id").setParameter(1, roundId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    /** Every enabled juror (of one region when given), with their load in the round and their conflicts in the edition. */
    @SuppressWarnings("unchecked")
    List<CandidateRow> candidatesInRound(long editionId, long roundId, String regionCode) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT j.id, j.first_name, j.last_name, j.email, "
                + "j.region_code, j.school_name, "
                + "(SELECT COUNT(*) FROM assignment a WHERE a.round_id = ?2 AND a.juror_id = j.id), "
                + "(SELECT COUNT(*) FROM conflict c JOIN submission s ON s.id = c.submission_id "
                + "WHERE c.juror_id = j.id AND s.edition_id = ?1) "
                + "FROM account j WHERE j.role = 'JURY' AND j.enabled = TRUE AND (?3 = '' OR j.region_code = ?3) "
                + "ORDER BY j.id").setParameter(1, editionId).setParameter(2, roundId)
                .setParameter(3, regionCode == null ? "" : regionCode).getResultList();
        return rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            return new CandidateRow(new Person(id, (String) r[1], (String) r[2], (String) r[3]),
                    new Juror(id, (String) r[4], (String) r[5]), ((Number) r[6]).intValue(), ((Number) r[7]).intValue());
        }).toList();
    }

    /** The jurors assigned to a project in a round, each with whether their evaluation is submitted. */
    @SuppressWarnings("unchecked")
    Map<Long, Boolean> jurorsOfInRound(long roundId, long submissionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT a.juror_id, e.status "
                + "FROM assignment a LEFT JOIN evaluation e ON e.assignment_id = a.id WHERE a.round_id = ?1 "
                + "AND a.submission_id = ?2").setParameter(1, roundId).setParameter(2, submissionId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> "SUBMITTED".equals(r[1])));
    }

    private static Set<Pair> toPairs(List<Object[]> rows) {
        Set<Pair> pairs = new HashSet<>(rows.size() * 2);
        for (Object[] row : rows) {
            pairs.add(new Pair(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return pairs;
    }
}
