package ma.innovatice.evaluation;

import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.evaluation.EvaluationDtos.AgreementView;
import ma.innovatice.evaluation.EvaluationDtos.CriterionAgreementView;
import ma.innovatice.evaluation.EvaluationDtos.IntervalView;
import ma.innovatice.evaluation.EvaluationDtos.RankingAgreementView;
import ma.innovatice.evaluation.agreement.KrippendorffAlpha;
import ma.innovatice.evaluation.agreement.RatingTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreement between the jurors of an edition, from its submitted scores: Krippendorff's alpha
 * (interval metric, {@link KrippendorffAlpha}) on the weighted score of each evaluation and on the
 * score of each criterion, each with its bootstrap 95 % interval seeded with the edition's id, so that
 * the same scores always give the same interval. Kept apart from the database like
 * {@link JuryNormalization}: the rows go in, the report comes out.
 *
 * <p>The work is bounded by the core: the resamples are lowered for large inputs
 * ({@link KrippendorffAlpha#resamplesFor}), so one report costs at most one budget per table (the
 * weighted score and each criterion).
 */
final class RankingAgreement {

    /** Below this many compared projects an interval is rough, and the report says so. */
    static final int ROUGH_BELOW = 20;

    private record Criterion(String code, LocalizedText label, RatingTable scores) {
    }

    private final RatingTable total = RatingTable.create();
    private final Map<Long, Criterion> criteria = new LinkedHashMap<>();

    private RankingAgreement() {
    }

    static RankingAgreement create() {
        return new RankingAgreement();
    }

    /** A criterion of the rubric; criteria are reported in the order they are given. */
    RankingAgreement criterion(long criterionId, String code, LocalizedText label) {
        criteria.put(criterionId, new Criterion(code, label, RatingTable.create()));
        return this;
    }

    /** The weighted score, in ten-thousandths as the database stores it, of one submitted evaluation. */
    RankingAgreement total(long submissionId, long jurorId, long rawTenThousandths) {
        total.add(submissionId, jurorId, rawTenThousandths / 10_000.0);
        return this;
    }

    /** The score one juror gave one project on a criterion (of a submitted evaluation). */
    RankingAgreement score(long criterionId, long submissionId, long jurorId, int score) {
        Criterion criterion = criteria.get(criterionId);
        if (criterion == null) {
            throw new IllegalArgumentException("criterion " + criterionId + " is not in the rubric given");
        }
        criterion.scores().add(submissionId, jurorId, score);
        return this;
    }

    /** The report of the edition, the bootstrap seeded with its id. */
    RankingAgreementView report(long editionId) {
        List<CriterionAgreementView> byCriterion = new ArrayList<>(criteria.size());
        for (Criterion c : criteria.values()) {
            byCriterion.add(new CriterionAgreementView(c.code(), c.label(), agreement(c.scores(), editionId)));
        }
        return new RankingAgreementView(editionId, editionId, agreement(total, editionId), byCriterion);
    }

    private static AgreementView agreement(RatingTable table, long seed) {
        KrippendorffAlpha.Estimate estimate = KrippendorffAlpha.estimate(table.units(), KrippendorffAlpha.Metric.INTERVAL,
                KrippendorffAlpha.DEFAULT_RESAMPLES, seed);
        KrippendorffAlpha.Result point = estimate.point();
        KrippendorffAlpha.Interval interval = estimate.interval();
        return new AgreementView(rounded(point.alpha()), point.reading(), point.reason(),
                new IntervalView(rounded(interval.lower()), rounded(interval.upper()), interval.level(),
                        interval.resamples(), interval.usableResamples(), interval.reason()),
                point.pairableUnits(), point.pairableValues(),
                interval.computable() && point.pairableUnits() < ROUGH_BELOW);
    }

    /**
     * Three decimals, half up, as {@link ma.innovatice.evaluation.agreement.AgreementReading} judges
     * them: a value shown as 0.800 always reads reliable.
     */
    static Double rounded(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }
}
