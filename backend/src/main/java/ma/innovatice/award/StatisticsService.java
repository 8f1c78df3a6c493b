package ma.innovatice.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.award.AwardDtos.CountByCode;
import ma.innovatice.award.AwardDtos.EditionParticipation;
import ma.innovatice.award.AwardDtos.EditionStatistics;
import ma.innovatice.award.AwardDtos.PublicStatistics;
import ma.innovatice.award.AwardDtos.ScoreBin;
import ma.innovatice.common.error.ProblemException;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;

import java.util.ArrayList;
import java.util.List;

/** The figures of the competition, each computed by the database with one aggregate statement. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    /** Projects that reached the jury: submitted, whatever happened next (not drafts, not withdrawn). */
    private static final String COMPETING = "('SUBMITTED', 'UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED')";
    private static final int BINS = 10;

    private final EntityManager entityManager;
    private final PublicPagesCache cache;

    StatisticsService(EntityManager entityManager, PublicPagesCache cache) {
        this.cache = cache;
        this.entityManager = entityManager;
    }

    public EditionStatistics edition(long editionId) {
        if (entityManager.find(Edition.class, editionId) == null) {
            throw ProblemException.notFound("Edition " + editionId);
        }
        List<CountByCode> byStatus = counts("SELECT status, COUNT(*) FROM submission WHERE edition_id = ?1 "
                + "GROUP BY status ORDER BY status", editionId);
        long total = byStatus.stream().mapToLong(CountByCode::count).sum();
        String competing = "FROM submission WHERE edition_id = ?1 AND status IN " + COMPETING;
        List<CountByCode> byRegion = counts("SELECT COALESCE(region_code, '-'), COUNT(*) " + competing
                + " GROUP BY region_code ORDER BY region_code", editionId);
        List<CountByCode> byLevel = counts("SELECT COALESCE(school_level, '-'), COUNT(*) " + competing
                + " GROUP BY school_level ORDER BY school_level", editionId);
        List<CountByCode> byDiscipline = counts("SELECT COALESCE(discipline, '-'), COUNT(*) " + competing
                + " GROUP BY discipline ORDER BY COUNT(*) DESC, discipline", editionId);
        // An evaluation carries its assignment's edition (V7): the submitted ones are read from one index.
        String submitted = "FROM evaluation WHERE edition_id = ?1 AND status = 'SUBMITTED'";
        Object[] work = (Object[]) entityManager.createNativeQuery("SELECT (SELECT COUNT(*) FROM assignment "
                        + "WHERE edition_id = ?1), (SELECT COUNT(*) " + submitted + ")")
                .setParameter(1, editionId).getSingleResult();
        List<ScoreBin> projects = bins("SELECT LEAST(FLOOR(p.raw / 10), 9) bin, COUNT(*) FROM (SELECT submission_id, "
                + "AVG(raw_score) raw " + submitted + " GROUP BY submission_id) p GROUP BY bin", editionId);
        List<ScoreBin> evaluations = bins("SELECT LEAST(FLOOR(raw_score / 10), 9) bin, COUNT(*) " + submitted
                + " GROUP BY bin", editionId);
        return new EditionStatistics(editionId, total, byStatus, byRegion, byLevel, byDiscipline,
                ((Number) work[0]).longValue(), ((Number) work[1]).longValue(), projects, evaluations);
    }

    /**
     * Participation in every edition that is not a draft: counts only, no names, no scores. Kept in
     * memory like the other public pages (a new submission counts within the cache's time).
     */
    public PublicStatistics overview() {
        return cache.get(List.of("statistics"), this::readOverview);
    }

    @SuppressWarnings("unchecked")
    private PublicStatistics readOverview() {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT e.id, e.number, e.year, e.status, "
                + "COUNT(s.id), COUNT(DISTINCT s.region_code) FROM edition e LEFT JOIN submission s "
                + "ON s.edition_id = e.id AND s.status IN " + COMPETING + " WHERE e.status <> 'DRAFT' "
                + "GROUP BY e.id, e.number, e.year, e.status ORDER BY e.year DESC, e.number DESC").getResultList();
        List<EditionParticipation> editions = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            editions.add(new EditionParticipation(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(), EditionStatus.valueOf((String) r[3]), ((Number) r[4]).longValue(),
                    ((Number) r[5]).intValue()));
        }
        String competing = "FROM submission s JOIN edition e ON e.id = s.edition_id WHERE e.status <> 'DRAFT' "
                + "AND s.status IN " + COMPETING;
        return new PublicStatistics(editions,
                counts("SELECT COALESCE(s.region_code, '-'), COUNT(*) " + competing
                        + " GROUP BY s.region_code ORDER BY s.region_code", null),
                counts("SELECT COALESCE(s.school_level, '-'), COUNT(*) " + competing
                        + " GROUP BY s.school_level ORDER BY s.school_level", null));
    }

    @SuppressWarnings("unchecked")
    private List<CountByCode> counts(String sql, Long editionId) {
        var query = entityManager.createNativeQuery(sql);
        if (editionId != null) {
            query.setParameter(1, editionId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CountByCode((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** Ten bins of ten points, 0–100, every bin present (the last one includes 100). */
    @SuppressWarnings("unchecked")
    private List<ScoreBin> bins(String sql, long editionId) {
        long[] counts = new long[BINS];
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, editionId).getResultList();
        for (Object[] r : rows) {
            counts[((Number) r[0]).intValue()] = ((Number) r[1]).longValue();
        }
        List<ScoreBin> bins = new ArrayList<>(BINS);
        for (int i = 0; i < BINS; i++) {
            bins.add(new ScoreBin(i * 10.0, i * 10.0 + 10, counts[i]));
        }
        return bins;
    }
}
