package ma.innovatice.evaluation.calibration;

import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.evaluation.agreement.IntraclassCorrelation;
import ma.innovatice.evaluation.agreement.PanelMedianDeviation;
import ma.innovatice.evaluation.agreement.RatingTable;
import ma.innovatice.evaluation.calibration.CalibrationDtos.AgreementView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.CriterionAgreementView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.CriterionDeviationView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.DeviationView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JurorDeviationView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.JurorProgressView;
import ma.innovatice.evaluation.calibration.CalibrationDtos.NotComputable;
import ma.innovatice.submission.SubmissionDtos.Person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of a calibration report, from its scores: kept apart from the database like
 * {@code RankingAgreement}. Only the complete design counts: the jurors who scored every sample on
 * every criterion. Over it, for the weighted total and for each criterion, the intraclass
 * correlations ({@link IntraclassCorrelation#twoWayRandom}) and each juror's deviation from the panel
 * median ({@link PanelMedianDeviation#of}), both from the agreement core, rounded to three decimals.
 */
final class CalibrationAnalysis {

    /** A criterion of the rubric, in the order the report gives them. */
    record Criterion(long id, String code, LocalizedText label) {
    }

    /** What the report says of the jurors and their scores. */
    record Result(List<Person> complete, List<JurorProgressView> missing, AgreementView total,
                  List<CriterionAgreementView> criteria, List<JurorDeviationView> deviations) {
    }

    private final List<Long> samples;
    private final List<Criterion> criteria;
    private final Map<Long, Map<Long, Double>> totals = new HashMap<>();
    private final Map<Long, Map<Long, Map<Long, Integer>>> scores = new HashMap<>();

    CalibrationAnalysis(List<Long> samples, List<Criterion> criteria) {
        this.samples = List.copyOf(samples);
        this.criteria = List.copyOf(criteria);
    }

    /** A juror's weighted total (0-100) of a sample. */
    CalibrationAnalysis total(long sampleId, long jurorId, double value) {
        totals.computeIfAbsent(jurorId, j -> new HashMap<>()).put(sampleId, value);
        return this;
    }

    /** A juror's score of a sample on a criterion. */
    CalibrationAnalysis score(long sampleId, long jurorId, long criterionId, int value) {
        scores.computeIfAbsent(jurorId, j -> new HashMap<>()).computeIfAbsent(sampleId, s -> new HashMap<>())
                .put(criterionId, value);
        return this;
    }

    /** The report over these jurors (in the order given), each with the number of samples they scored. */
    Result report(List<JurorProgressView> jurors) {
        List<Person> complete = new ArrayList<>();
        List<JurorProgressView> missing = new ArrayList<>();
        for (JurorProgressView juror : jurors) {
            if (isComplete(juror.juror().id())) {
                complete.add(juror.juror());
            } else {
                missing.add(juror);
            }
        }
        Set<Long> panel = new HashSet<>();
        complete.forEach(p -> panel.add(p.id()));

        RatingTable totalTable = RatingTable.create();
        Map<Long, RatingTable> byCriterion = new LinkedHashMap<>();
        criteria.forEach(c -> byCriterion.put(c.id(), RatingTable.create()));
        for (long juror : panel) {
            for (long sample : samples) {
                totalTable.add(sample, juror, totals.get(juror).get(sample));
                Map<Long, Integer> own = scores.get(juror).get(sample);
                for (Criterion c : criteria) {
                    byCriterion.get(c.id()).add(sample, juror, own.get(c.id()));
                }
            }
        }
        AgreementView total = agreement(totalTable, panel.size());
        List<CriterionAgreementView> agreements = new ArrayList<>();
        for (Criterion c : criteria) {
            agreements.add(new CriterionAgreementView(c.code(), c.label(), agreement(byCriterion.get(c.id()), panel.size())));
        }
        List<JurorDeviationView> deviations = new ArrayList<>();
        if (panel.size() >= 2) {
            Map<Long, DeviationView> totalDeviation = deviations(totalTable);
            Map<Long, Map<Long, DeviationView>> criterionDeviation = new HashMap<>();
            byCriterion.forEach((id, table) -> criterionDeviation.put(id, deviations(table)));
            for (Person juror : complete) {
                List<CriterionDeviationView> own = new ArrayList<>();
                for (Criterion c : criteria) {
                    own.add(new CriterionDeviationView(c.code(), criterionDeviation.get(c.id()).get(juror.id())));
                }
                deviations.add(new JurorDeviationView(juror, totalDeviation.get(juror.id()), own));
            }
        }
        return new Result(complete, missing, total, agreements, deviations);
    }

    private boolean isComplete(long juror) {
        Map<Long, Double> own = totals.get(juror);
        Map<Long, Map<Long, Integer>> ownScores = scores.get(juror);
        if (own == null || ownScores == null) {
            return false;
        }
        for (long sample : samples) {
            Map<Long, Integer> ofSample = ownScores.get(sample);
            if (!own.containsKey(sample) || ofSample == null
                    || criteria.stream().anyMatch(c -> !ofSample.containsKey(c.id()))) {
                return false;
            }
        }
        return true;
    }

    private AgreementView agreement(RatingTable table, int jurors) {
        if (jurors < 2) {
            return new AgreementView(null, null, NotComputable.TOO_FEW_JURORS, samples.size(), jurors);
        }
        double[][] matrix = table.completeMatrix();
        IntraclassCorrelation.Result icc = IntraclassCorrelation.twoWayRandom(matrix);
        NotComputable reason = null;
        if (!icc.computable()) {
            reason = constant(matrix) ? NotComputable.NO_VARIATION : NotComputable.UNDEFINED;
        }
        return new AgreementView(rounded(icc.icc21()), rounded(icc.icc2k()), reason, samples.size(), jurors);
    }

    private static Map<Long, DeviationView> deviations(RatingTable table) {
        Map<Long, DeviationView> byJuror = new HashMap<>();
        for (PanelMedianDeviation.Deviation d : PanelMedianDeviation.of(table)) {
            byJuror.put(d.judge(), new DeviationView(rounded(d.signed()), rounded(d.absolute())));
        }
        return byJuror;
    }

    private static boolean constant(double[][] matrix) {
        double first = matrix[0][0];
        for (double[] row : matrix) {
            for (double value : row) {
                if (value != first) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Three decimals, half up (-0.0 printed as 0.0). */
    static Double rounded(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }
}
