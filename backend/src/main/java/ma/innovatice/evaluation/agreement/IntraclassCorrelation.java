package ma.innovatice.evaluation.agreement;

/**
 * Intraclass correlations of a complete design, every judge (juror) rating every target (project):
 * Shrout &amp; Fleiss's Case 2 (P. E. Shrout and J. L. Fleiss, "Intraclass correlations: uses in
 * assessing rater reliability", Psychological Bulletin 86(2), 1979, 420-428), a two-way random-effects
 * model measuring absolute agreement: the judges are a random sample of the judges who could have
 * been used, and a judge's leniency counts as disagreement.
 *
 * <p>From the two-way ANOVA of the n targets x k judges matrix without replication:
 * <pre>
 *   BMS = k sum_i (row mean_i - grand)^2 / (n - 1)                        between targets
 *   JMS = n sum_j (column mean_j - grand)^2 / (k - 1)                     between judges
 *   EMS = sum_ij (x_ij - row mean_i - column mean_j + grand)^2 / ((n - 1)(k - 1))   residual
 *   WMS = sum_ij (x_ij - row mean_i)^2 / (n (k - 1))                      within targets (reported only)
 *   ICC(2,1) = (BMS - EMS) / (BMS + (k - 1) EMS + k (JMS - EMS) / n)      reliability of one judge
 *   ICC(2,k) = (BMS - EMS) / (BMS + (JMS - EMS) / n)                      reliability of the mean of the k judges
 * </pre>
 * Both can be negative (when the targets differ less than the judges disagree). An ICC whose
 * denominator is not positive, as when every value is the same, is not computable: null, never NaN.
 */
public final class IntraclassCorrelation {

    /**
     * The mean squares and the two coefficients.
     *
     * @param icc21 ICC(2,1), or null when not computable
     * @param icc2k ICC(2,k), or null when not computable
     */
    public record Result(int targets, int judges, double bms, double jms, double ems, double wms, Double icc21,
                         Double icc2k) {

        public boolean computable() {
            return icc21 != null && icc2k != null;
        }
    }

    private IntraclassCorrelation() {
    }

    /** ICC(2,1) and ICC(2,k) of a complete table (see {@link RatingTable#completeMatrix()}). */
    public static Result twoWayRandom(RatingTable table) {
        return twoWayRandom(table.completeMatrix());
    }

    /**
     * ICC(2,1) and ICC(2,k) of {@code ratings[target][judge]}.
     *
     * @throws IllegalArgumentException if the matrix is incomplete (a row of another length, a missing
     *                                  value given as NaN, or any value that is not a finite number), or
     *                                  has fewer than two targets or two judges
     */
    public static Result twoWayRandom(double[][] ratings) {
        int n = ratings == null ? 0 : ratings.length;
        int k = n == 0 || ratings[0] == null ? 0 : ratings[0].length;
        if (n < 2 || k < 2) {
            throw new IllegalArgumentException("an intraclass correlation needs at least 2 targets and 2 judges, not "
                    + n + " x " + k);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (ratings[i] == null || ratings[i].length != k) {
                throw new IllegalArgumentException("the design is not complete: target " + i + " has "
                        + (ratings[i] == null ? 0 : ratings[i].length) + " values, not one per judge (" + k + ")");
            }
            for (int j = 0; j < k; j++) {
                double x = ratings[i][j];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("the design is not complete: target " + i + " has no usable value"
                            + " from judge " + j + " (" + x + ")");
                }
                min = Math.min(min, x);
                max = Math.max(max, x);
                total += x;
            }
        }
        double grand = total / (n * k);
        double[] rowMean = new double[n];
        double[] columnMean = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                rowMean[i] += ratings[i][j];
                columnMean[j] += ratings[i][j];
            }
        }
        double betweenTargets = 0;
        for (int i = 0; i < n; i++) {
            rowMean[i] /= k;
            betweenTargets += (rowMean[i] - grand) * (rowMean[i] - grand);
        }
        double betweenJudges = 0;
        for (int j = 0; j < k; j++) {
            columnMean[j] /= n;
            betweenJudges += (columnMean[j] - grand) * (columnMean[j] - grand);
        }
        double residual = 0;
        double withinTargets = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double e = ratings[i][j] - rowMean[i] - columnMean[j] + grand;
                residual += e * e;
                double w = ratings[i][j] - rowMean[i];
                withinTargets += w * w;
            }
        }
        double bms = k * betweenTargets / (n - 1);
        double jms = n * betweenJudges / (k - 1);
        double ems = residual / ((n - 1) * (k - 1));
        double wms = withinTargets / (n * (k - 1));
        if (min == max) {
            return new Result(n, k, bms, jms, ems, wms, null, null);
        }
        double scale = bms + jms + ems;
        double numerator = bms - ems;
        double single = bms + (k - 1) * ems + k * (jms - ems) / n;
        double average = bms + (jms - ems) / n;
        return new Result(n, k, bms, jms, ems, wms, ratio(numerator, single, scale), ratio(numerator, average, scale));
    }

    private static Double ratio(double numerator, double denominator, double scale) {
        return denominator > 1e-12 * scale ? numerator / denominator : null;
    }
}
