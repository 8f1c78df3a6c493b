package ma.innovatice.evaluation.calibration;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import ma.innovatice.common.i18n.RequestLanguage;
import ma.innovatice.common.db.QueryCache;
import ma.innovatice.edition.Edition;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.evaluation.calibration.CalibrationDtos.CandidateProject;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JurorProgressView;
import ma.innovatice.submission.SubmissionDtos.EditionRef;
import ma.innovatice.submission.SubmissionDtos.Person;
import ma.innovatice.submission.SubmissionStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Calibrations, their samples, jurors and scores; every list in one statement. */
@ApplicationScoped
public class CalibrationRepository implements PanacheRepository<Calibration> {

    /** A juror's weighted total of a sample and their score of each criterion. */
    record Rating(long sampleId, long jurorId, double rawScore) {
    }

    /** One criterion's score in a rating. */
    record CriterionScore(long sampleId, long jurorId, long criterionId, int score, String gates) {
    }

    /** A sample as a juror's list shows it, with the juror's own total when they scored it. */
    record SampleLine(long calibrationId, long sampleId, int position, String title, BigDecimal rawScore, boolean scored) {
    }

    Optional<Calibration> ofEdition(long editionId) {
        return find("editionId", editionId).firstResultOptional();
    }

    Optional<Calibration> ofEdition(long editionId, LockModeType lock) {
        return find("editionId", editionId).withLock(lock).firstResultOptional();
    }

    List<CalibrationSample> samples(long calibrationId) {
        return getEntityManager().createQuery("select s from CalibrationSample s where s.calibrationId = :c "
                + "order by s.position", CalibrationSample.class).setParameter("c", calibrationId).getResultList();
    }

    /** A sample of a calibration the juror takes part in; any other answers empty. */
    Optional<CalibrationSample> sampleOf(long sampleId, long jurorId) {
        return getEntityManager().createQuery("select s from CalibrationSample s where s.id = :s and exists ("
                        + "select 1 from CalibrationJuror j where j.id.calibrationId = s.calibrationId "
                        + "and j.id.jurorId = :j)", CalibrationSample.class)
                .setParameter("s", sampleId).setParameter("j", jurorId).getResultStream().findFirst();
    }

    Optional<CalibrationResponse> response(long sampleId, long jurorId) {
        return getEntityManager().createQuery("select r from CalibrationResponse r left join fetch r.scores "
                        + "where r.sampleId = :s and r.jurorId = :j", CalibrationResponse.class)
                .setParameter("s", sampleId).setParameter("j", jurorId).getResultStream().findFirst();
    }

    /** Computes, in the database, the weighted 0-100 total of a response, as for a submitted evaluation. */
    void computeTotal(long responseId) {
        QueryCache.writing(getEntityManager().createNativeQuery("UPDATE calibration_response r SET raw_score = ("
                        + "SELECT 100 * SUM(c.weight * (s.score - c.scale_min) / (c.scale_max - c.scale_min)) / SUM(c.weight) "
                        + "FROM calibration_score s JOIN criterion c ON c.id = s.criterion_id WHERE s.response_id = r.id) "
                        + "WHERE r.id = ?1").setParameter(1, responseId), CalibrationResponse.class).executeUpdate();
    }

    /** Adds the jurors to the calibration, in one statement. */
    void addJurors(long calibrationId, Collection<Long> jurorIds) {
        QueryCache.writing(getEntityManager().createNativeQuery("INSERT INTO calibration_juror (calibration_id, juror_id) "
                        + "SELECT ?1, id FROM account WHERE id IN (?2)").setParameter(1, calibrationId)
                .setParameter(2, jurorIds), CalibrationJuror.class).executeUpdate();
    }

    /** The enabled jurors among these accounts. */
    @SuppressWarnings("unchecked")
    Set<Long> enabledJurors(Collection<Long> ids) {
        List<Number> rows = getEntityManager().createNativeQuery("SELECT id FROM account WHERE id IN (?1) "
                + "AND role = 'JURY' AND enabled = TRUE").setParameter(1, ids).getResultList();
        Set<Long> found = new HashSet<>();
        rows.forEach(r -> found.add(r.longValue()));
        return found;
    }

    /** The calibration's jurors by name, each with the number of samples they scored. */
    @SuppressWarnings("unchecked")
    List<JurorProgressView> jurors(long calibrationId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT a.id, a.first_name, a.last_name, a.email, "
                + "(SELECT COUNT(*) FROM calibration_response r JOIN calibration_sample s ON s.id = r.sample_id "
                + "WHERE s.calibration_id = cj.calibration_id AND r.juror_id = a.id) "
                + "FROM calibration_juror cj JOIN account a ON a.id = cj.juror_id WHERE cj.calibration_id = ?1 "
                + "ORDER BY a.last_name, a.first_name, a.id").setParameter(1, calibrationId).getResultList();
        return rows.stream().map(r -> new JurorProgressView(new Person(num(r[0]), (String) r[1], (String) r[2],
                (String) r[3]), (int) num(r[4]))).toList();
    }

    /** The assignments of the edition that belong to the calibration's jurors. */
    int assignmentsOfJurors(long calibrationId, long editionId) {
        return (int) num(getEntityManager().createNativeQuery("SELECT COUNT(*) FROM assignment a "
                        + "JOIN calibration_juror cj ON cj.juror_id = a.juror_id WHERE cj.calibration_id = ?1 AND a.edition_id = ?2")
                .setParameter(1, calibrationId).setParameter(2, editionId).getSingleResult());
    }

    /** The calibration's jurors who have assignments in the edition. */
    @SuppressWarnings("unchecked")
    Set<Long> jurorsWithAssignments(long calibrationId, long editionId) {
        List<Number> rows = getEntityManager().createNativeQuery("SELECT DISTINCT a.juror_id FROM assignment a "
                        + "JOIN calibration_juror cj ON cj.juror_id = a.juror_id WHERE cj.calibration_id = ?1 AND a.edition_id = ?2")
                .setParameter(1, calibrationId).setParameter(2, editionId).getResultList();
        Set<Long> found = new HashSet<>();
        rows.forEach(r -> found.add(r.longValue()));
        return found;
    }

    @SuppressWarnings("unchecked")
    List<Rating> ratings(long calibrationId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT r.sample_id, r.juror_id, r.raw_score "
                + "FROM calibration_response r JOIN calibration_sample s ON s.id = r.sample_id WHERE s.calibration_id = ?1 "
                + "ORDER BY r.juror_id, s.position").setParameter(1, calibrationId).getResultList();
        return rows.stream().map(r -> new Rating(num(r[0]), num(r[1]), ((Number) r[2]).doubleValue())).toList();
    }

    @SuppressWarnings("unchecked")
    List<CriterionScore> scores(long calibrationId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT r.sample_id, r.juror_id, sc.criterion_id, "
                + "sc.score, sc.gates FROM calibration_score sc JOIN calibration_response r ON r.id = sc.response_id "
                + "JOIN calibration_sample s ON s.id = r.sample_id WHERE s.calibration_id = ?1")
                .setParameter(1, calibrationId).getResultList();
        return rows.stream().map(r -> new CriterionScore(num(r[0]), num(r[1]), num(r[2]), (int) num(r[3]),
                (String) r[4])).toList();
    }

    /** The open calibrations the juror takes part in, each with its edition, newest edition first. */
    List<Object[]> openOf(long jurorId) {
        return getEntityManager().createQuery("select c.id, e from Calibration c join Edition e on e.id = c.editionId "
                        + "where c.status = :open and exists (select 1 from CalibrationJuror j where j.id.calibrationId = c.id "
                        + "and j.id.jurorId = :juror) order by e.number desc", Object[].class)
                .setParameter("open", Calibration.Status.OPEN).setParameter("juror", jurorId).getResultList();
    }

    /** The samples of these calibrations, each with the juror's total when they scored it. */
    @SuppressWarnings("unchecked")
    List<SampleLine> sampleLines(Collection<Long> calibrationIds, long jurorId) {
        if (calibrationIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT s.calibration_id, s.id, s.position, s.title, "
                        + "r.raw_score, r.id FROM calibration_sample s LEFT JOIN calibration_response r ON r.sample_id = s.id "
                        + "AND r.juror_id = ?2 WHERE s.calibration_id IN (?1) ORDER BY s.calibration_id, s.position")
                .setParameter(1, calibrationIds).setParameter(2, jurorId).getResultList();
        return rows.stream().map(r -> new SampleLine(num(r[0]), num(r[1]), (int) num(r[2]), (String) r[3],
                (BigDecimal) r[4], r[5] != null)).toList();
    }

    /** This edition and every published or archived one, newest first. */
    List<Edition> sources(long editionId) {
        return getEntityManager().createQuery("select e from Edition e where e.id = :id or e.status in :done "
                        + "order by e.number desc", Edition.class).setParameter("id", editionId)
                .setParameter("done", List.of(EditionStatus.PUBLISHED, EditionStatus.ARCHIVED)).getResultList();
    }

    /** The projects of an edition that may be samples: submitted, not drafts, withdrawn nor ineligible. */
    @SuppressWarnings("unchecked")
    List<CandidateProject> candidateProjects(long sourceEditionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, title, status, school_level, discipline "
                + "FROM submission WHERE edition_id = ?1 AND status NOT IN ('DRAFT', 'WITHDRAWN', 'INELIGIBLE') ORDER BY title, id")
                .setParameter(1, sourceEditionId).getResultList();
        return rows.stream().map(r -> new CandidateProject(num(r[0]), (String) r[1],
                SubmissionStatus.valueOf((String) r[2]), (String) r[3], (String) r[4])).toList();
    }

    /** Every enabled juror, by name. */
    @SuppressWarnings("unchecked")
    List<Person> enabledJurorList() {
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, first_name, last_name, email FROM account "
                + "WHERE role = 'JURY' AND enabled = TRUE ORDER BY last_name, first_name, id").getResultList();
        List<Person> people = new ArrayList<>(rows.size());
        rows.forEach(r -> people.add(new Person(num(r[0]), (String) r[1], (String) r[2], (String) r[3])));
        return people;
    }

    static EditionRef editionRef(Edition e) {
        return new EditionRef(e.id, e.number, e.year, e.title(RequestLanguage.current()), e.status, e.submissionsCloseAt);
    }

    static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
