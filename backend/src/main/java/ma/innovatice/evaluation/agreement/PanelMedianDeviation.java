package ma.innovatice.evaluation.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For the calibration report: how far each juror stands from the panel on one criterion, over a
 * sample of projects every juror of the panel has scored (a complete design).
 *
 * <p>For each project the panel median is the median of all the panel's scores for it, the juror's
 * own included (the mean of the two middle scores when the panel is even). A juror's signed deviation
 * is the mean, over the projects, of (their score - the median): positive for a lenient juror,
 * negative for a harsh one; the absolute deviation is the mean of its absolute value.
 */
public final class PanelMedianDeviation {

    /**
     * One juror's deviation from the panel median.
     *
     * @param judge    the judge's index in the matrix (its column), or its id with {@link #of(RatingTable)}
     * @param signed   mean of (score - median) over the projects
     * @param absolute mean of |score - median| over the projects
     * @param targets  the number of projects
     */
    public record Deviation(long judge, double signed, double absolute, int targets) {
    }

    private PanelMedianDeviation() {
    }

    /** The deviation of every judge of a complete table, by judge id, in id order. */
    public static List<Deviation> of(RatingTable table) {
        List<Long> judges = table.judges();
        List<Deviation> byIndex = of(table.completeMatrix());
        List<Deviation> byId = new ArrayList<>(byIndex.size());
        for (Deviation d : byIndex) {
            byId.add(new Deviation(judges.get((int) d.judge()), d.signed(), d.absolute(), d.targets()));
        }
        return byId;
    }

    /**
     * The deviation of every judge (column) of {@code ratings[target][judge]}, in column order.
     *
     * @throws IllegalArgumentException if the matrix is incomplete (a row of another length, a value
     *                                  that is not a finite number) or has no target or fewer than two judges
     */
    public static List<Deviation> of(double[][] ratings) {
        int n = ratings == null ? 0 : ratings.length;
        int k = n == 0 || ratings[0] == null ? 0 : ratings[0].length;
        if (n < 1 || k < 2) {
            throw new IllegalArgumentException("a panel median needs at least 1 target and 2 judges, not " + n + " x " + k);
        }
        double[] signed = new double[k];
        double[] absolute = new double[k];
        for (int i = 0; i < n; i++) {
            if (ratings[i] == null || ratings[i].length != k) {
                throw new IllegalArgumentException("the design is not complete: target " + i + " has "
                        + (ratings[i] == null ? 0 : ratings[i].length) + " values, not one per judge (" + k + ")");
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(ratings[i][j])) {
                    throw new IllegalArgumentException("the design is not complete: target " + i + " has no usable value"
                            + " from judge " + j + " (" + ratings[i][j] + ")");
                }
            }
            double median = median(ratings[i]);
            for (int j = 0; j < k; j++) {
                double d = ratings[i][j] - median;
                signed[j] += d;
                absolute[j] += Math.abs(d);
            }
        }
        List<Deviation> deviations = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            deviations.add(new Deviation(j, signed[j] / n, absolute[j] / n, n));
        }
        return deviations;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
