package ma.innovatice.evaluation.agreement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Krippendorff's alpha: how far the jurors agree beyond what chance would give, for any number of
 * jurors, each project seen by its own subset of them (K. Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011, and Content Analysis, 2nd ed., 2004, ch. 11).
 *
 * <h2>The coefficient</h2>
 * A unit (project) holds the {@code m_u} values its jurors gave it. Units with fewer than two values
 * cannot be paired and are dropped, as Krippendorff prescribes; the {@code n} values of the remaining
 * units are the pairable values. In the coincidence-matrix formulation every ordered pair of values
 * (i, j), i &ne; j, of a unit counts {@code 1 / (m_u - 1)}, so each pairable value contributes exactly one
 * unit of coincidence and the matrix sums to {@code n}. With a difference function {@code delta}:
 * <pre>
 *   D_o = (1 / n)           sum_u  sum_{i != j in u} delta(v_i, v_j) / (m_u - 1)    observed disagreement
 *   D_e = (1 / (n (n - 1))) sum_{i != j among all n pairable values} delta(v_i, v_j)  expected disagreement
 *   alpha = 1 - D_o / D_e = 1 - (n - 1) * sum_u [sum_{i != j in u} delta / (m_u - 1)] / sum_{i != j} delta
 * </pre>
 * Both pair sums are computed in closed form, in one pass over the values:
 * <ul>
 *   <li>interval ({@code delta = (v_i - v_j)^2}): over the ordered pairs of a set of {@code m} values,
 *       {@code sum (v_i - v_j)^2 = 2 m SS}, where {@code SS} is the sum of squared deviations from the
 *       set's mean; so {@code alpha = 1 - (n - 1) sum_u [m_u SS_u / (m_u - 1)] / (n SS)};</li>
 *   <li>nominal ({@code delta = 0} if equal, else 1): the ordered pairs of different values of a set
 *       number {@code m^2 - sum_c m_c^2}, {@code m_c} being how many values equal category {@code c}.</li>
 * </ul>
 * Alpha is 1 for perfect agreement, 0 when the jurors agree no better than chance, negative for
 * systematic disagreement; it is at most 1.
 *
 * <h2>Not computable</h2>
 * With fewer than two pairable values (no project rated twice) there is nothing to compare, and when
 * every pairable value is the same there is no variation whose reliability could be judged
 * ({@code D_e = 0}, Krippendorff's alpha is undefined): the result then carries no alpha, the reading
 * {@link AgreementReading#NOT_COMPUTABLE} and the {@link NotComputable reason}. No NaN ever leaves
 * this class.
 *
 * <h2>The 95 % interval</h2>
 * A cluster (unit-level) bootstrap over the projects: each resample draws as many pairable units as
 * there are, with replacement, each unit carrying all of its values, and recomputes alpha in full
 * (observed <em>and</em> expected disagreement); the interval is the 2.5th and 97.5th percentiles of
 * the resampled alphas (linear interpolation between order statistics, Hyndman &amp; Fan's type 7).
 * Chosen over Krippendorff's own bootstrap (Content Analysis, 2004; Hayes &amp; Krippendorff,
 * "Answering the Call for a Standard Reliability Measure for Coding Data", 2007, the KALPHA macro),
 * which draws pairs of values from all the pairable pairs, weighted by how many coders judged their
 * unit, as if the pairs were independent. Here the independent sampling units are the projects: the
 * values of one project share its quality, a project's pairs are not independent of one another, and
 * which jurors saw it (how many, with which missing cells) is part of the design. Resampling whole
 * projects (Efron &amp; Tibshirani's bootstrap of the data's independent rows) keeps that structure,
 * needs no correction of its own, and lets the expected disagreement vary from sample to sample, as
 * it does in reality; the pair bootstrap has been reported to understate alpha's standard error
 * (Gwet, "Standard Error of Krippendorff's Alpha Coefficient", 2015; Hughes, "Toward improved
 * inference for Krippendorff's Alpha agreement coefficient", arXiv:2210.13265, 2022). With few projects
 * (under about twenty) any bootstrap interval is rough; callers should say so.
 *
 * <p>Resamples in which every drawn value is the same have no alpha; they are left out and counted
 * ({@link Interval#usableResamples()}). When the data have some variation, that happens on average to
 * at most half of the resamples with two projects (each rated alike by its jurors, at two different
 * values) and to fewer than 1/e of them from three projects on; if more than half were left out there
 * is no interval. The draws
 * come from {@link Random}, whose algorithm the Java specification fixes, seeded by the caller: the
 * same data (in the same unit order; {@link RatingTable#units()} orders by id) and the same seed give
 * the same interval on every JVM. The number of resamples is between {@link #MIN_RESAMPLES} and
 * {@link #MAX_RESAMPLES}, and is lowered for large inputs so that a computation draws no more than
 * {@value #WORK_BUDGET} values in all, unless that would leave fewer than {@value #FLOOR_RESAMPLES}
 * resamples; the interval reports how many were performed.
 */
public final class KrippendorffAlpha {

    /** The number of resamples the ranking uses unless told otherwise. */
    public static final int DEFAULT_RESAMPLES = 2_000;
    /** Fewer resamples would put the 2.5th percentile on two or three draws. */
    public static final int MIN_RESAMPLES = 100;
    /** The most resamples a caller may ask for. */
    public static final int MAX_RESAMPLES = 20_000;
    /** The most values drawn over all the resamples of one computation (see {@link #resamplesFor}). */
    public static final long WORK_BUDGET = 20_000_000L;
    /** The work budget never lowers the number of resamples below this (nor above what was asked). */
    public static final int FLOOR_RESAMPLES = 200;
    /** The coverage of the interval. */
    public static final double LEVEL = 0.95;

    /** The difference function, after the level of measurement. */
    public enum Metric {
        /** Values are categories: any two different values differ by 1. */
        NOMINAL,
        /** Values are on an interval scale (scores): differences are squared. */
        INTERVAL
    }

    /** Why there is no alpha, or no interval. */
    public enum NotComputable {
        /** Fewer than two pairable values: no project was rated by two jurors. */
        TOO_FEW_PAIRABLE_VALUES,
        /** Every pairable value is the same: no variation, so nothing to be reliable about. */
        NO_VARIATION,
        /** Interval only: a single project was rated by two jurors or more, and resampling it says nothing. */
        TOO_FEW_UNITS,
        /** Interval only: more than half of the resamples had no variation (only conceivable with two projects). */
        TOO_FEW_USABLE_RESAMPLES
    }

    /**
     * The point estimate.
     *
     * @param alpha          the coefficient, or null when not computable
     * @param reading        its plain-language reading ({@link AgreementReading#NOT_COMPUTABLE} without alpha)
     * @param reason         why there is no alpha, null when there is one
     * @param pairableValues n: the values of units with at least two values
     * @param pairableUnits  the units with at least two values
     * @param units          every unit given, pairable or not
     */
    public record Result(Double alpha, AgreementReading reading, NotComputable reason,
                         int pairableValues, int pairableUnits, int units) {

        public boolean computable() {
            return alpha != null;
        }
    }

    /**
     * The bootstrap interval.
     *
     * @param lower           2.5th percentile of the resampled alphas, or null when not computable
     * @param upper           97.5th percentile, or null when not computable
     * @param level           the coverage, {@value #LEVEL}
     * @param resamples       the resamples performed (possibly fewer than asked, see {@link #resamplesFor})
     * @param usableResamples those that had an alpha (the others had no variation at all)
     * @param seed            the seed of the draws
     * @param reason          why there is no interval, null when there is one
     */
    public record Interval(Double lower, Double upper, double level, int resamples, int usableResamples,
                           long seed, NotComputable reason) {

        public boolean computable() {
            return lower != null;
        }
    }

    /** The point estimate and its interval. */
    public record Estimate(Result point, Interval interval) {
    }

    private KrippendorffAlpha() {
    }

    /**
     * Alpha of the given units, each the array of the values its coders gave it (missing values are
     * simply absent; arrays of fewer than two values are dropped).
     *
     * @throws IllegalArgumentException if a unit is null or a value is not a finite number
     */
    public static Result alpha(List<double[]> units, Metric metric) {
        return Data.of(units, metric).result();
    }

    /**
     * The bootstrap interval of alpha (see the class comment).
     *
     * @throws IllegalArgumentException as {@link #alpha}, or if {@code resamples} is not between
     *                                  {@link #MIN_RESAMPLES} and {@link #MAX_RESAMPLES}
     */
    public static Interval bootstrap(List<double[]> units, Metric metric, int resamples, long seed) {
        checkResamples(resamples);
        return Data.of(units, metric).bootstrap(resamples, seed);
    }

    /** Alpha and its bootstrap interval, from one preparation of the data. */
    public static Estimate estimate(List<double[]> units, Metric metric, int resamples, long seed) {
        checkResamples(resamples);
        Data data = Data.of(units, metric);
        return new Estimate(data.result(), data.bootstrap(resamples, seed));
    }

    /**
     * The resamples performed for {@code requested} ones over {@code pairableValues} values: as many as
     * asked, unless that would draw more than {@link #WORK_BUDGET} values, in which case as many as the
     * budget allows, but not fewer than {@link #FLOOR_RESAMPLES} (nor more than asked).
     */
    public static int resamplesFor(int requested, int pairableValues) {
        long byBudget = WORK_BUDGET / Math.max(1, pairableValues);
        return (int) Math.min(requested, Math.max(FLOOR_RESAMPLES, byBudget));
    }

    private static void checkResamples(int resamples) {
        if (resamples < MIN_RESAMPLES || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("the number of resamples must be between " + MIN_RESAMPLES + " and "
                    + MAX_RESAMPLES + ", not " + resamples);
        }
    }

    /** The value at probability {@code p} of sorted {@code x[0..size)}, interpolated between order statistics. */
    static double quantile(double[] x, int size, double p) {
        double h = (size - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= size) {
            return x[size - 1];
        }
        return x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
    }

    /** The pairable units reduced to what alpha needs of each: its sums for both metrics. */
    private static final class Data {

        private final Metric metric;
        private final int units;
        private final int count;
        private final int values;
        private final int[] size;
        /** Per unit: sum over its ordered pairs of delta, divided by (m_u - 1). */
        private final double[] within;
        private final double[] min;
        private final double[] max;
        /** Interval: per unit mean and sum of squared deviations from it. */
        private final double[] mean;
        private final double[] squares;
        /** Nominal: per unit, its categories and their counts at [start[u], start[u + 1]). */
        private final int[] start;
        private final int[] category;
        private final int[] categoryCount;
        private final long[] totals;

        private Data(Metric metric, int units, int count, int values, int[] size, double[] within, double[] min,
                     double[] max, double[] mean, double[] squares, int[] start, int[] category, int[] categoryCount,
                     int categories) {
            this.metric = metric;
            this.units = units;
            this.count = count;
            this.values = values;
            this.size = size;
            this.within = within;
            this.min = min;
            this.max = max;
            this.mean = mean;
            this.squares = squares;
            this.start = start;
            this.category = category;
            this.categoryCount = categoryCount;
            this.totals = new long[categories];
        }

        static Data of(List<double[]> units, Metric metric) {
            if (units == null || metric == null) {
                throw new IllegalArgumentException("units and metric are required");
            }
            int count = 0;
            int values = 0;
            for (int u = 0; u < units.size(); u++) {
                double[] unit = units.get(u);
                if (unit == null) {
                    throw new IllegalArgumentException("unit " + u + " is null");
                }
                for (double v : unit) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("unit " + u + " holds a value that is not a finite number: " + v);
                    }
                }
                if (unit.length >= 2) {
                    count++;
                    values += unit.length;
                }
            }
            int[] size = new int[count];
            double[] within = new double[count];
            double[] min = new double[count];
            double[] max = new double[count];
            double[] mean = new double[count];
            double[] squares = new double[count];
            int[] start = new int[count + 1];
            int[] category = metric == Metric.NOMINAL ? new int[values] : new int[0];
            int[] categoryCount = metric == Metric.NOMINAL ? new int[values] : new int[0];
            Map<Double, Integer> categories = new HashMap<>();
            int k = 0;
            int cell = 0;
            for (double[] unit : units) {
                int m = unit.length;
                if (m < 2) {
                    continue;
                }
                double[] sorted = unit.clone();
                Arrays.sort(sorted);
                size[k] = m;
                min[k] = sorted[0];
                max[k] = sorted[m - 1];
                if (metric == Metric.INTERVAL) {
                    double sum = 0;
                    for (double v : unit) {
                        sum += v;
                    }
                    double centre = sum / m;
                    double ss = 0;
                    for (double v : unit) {
                        ss += (v - centre) * (v - centre);
                    }
                    mean[k] = centre;
                    squares[k] = ss;
                    within[k] = 2.0 * m * ss / (m - 1);
                } else {
                    // Runs of equal values in the sorted copy are the unit's categories (-0.0 and 0.0 are one).
                    start[k] = cell;
                    long sameOrdered = 0;
                    int i = 0;
                    while (i < m) {
                        int j = i;
                        while (j < m && sorted[j] == sorted[i]) {
                            j++;
                        }
                        int run = j - i;
                        category[cell] = categories.computeIfAbsent(sorted[i] + 0.0, v -> categories.size());
                        categoryCount[cell] = run;
                        cell++;
                        sameOrdered += (long) run * run;
                        i = j;
                    }
                    within[k] = ((double) m * m - sameOrdered) / (m - 1);
                }
                k++;
            }
            start[count] = cell;
            return new Data(metric, units.size(), count, values, size, within, min, max, mean, squares, start,
                    category, categoryCount, categories.size());
        }

        Result result() {
            double alpha = count == 0 ? Double.NaN : alphaOf(identity(), count);
            if (Double.isNaN(alpha)) {
                return new Result(null, AgreementReading.NOT_COMPUTABLE, pointReason(), values, count, units);
            }
            return new Result(alpha, AgreementReading.of(alpha), null, values, count, units);
        }

        private NotComputable pointReason() {
            return values < 2 ? NotComputable.TOO_FEW_PAIRABLE_VALUES : NotComputable.NO_VARIATION;
        }

        Interval bootstrap(int requested, long seed) {
            double point = count == 0 ? Double.NaN : alphaOf(identity(), count);
            if (Double.isNaN(point)) {
                return new Interval(null, null, LEVEL, 0, 0, seed, pointReason());
            }
            if (count < 2) {
                return new Interval(null, null, LEVEL, 0, 0, seed, NotComputable.TOO_FEW_UNITS);
            }
            int resamples = resamplesFor(requested, values);
            Random random = new Random(seed);
            int[] drawn = new int[count];
            double[] alphas = new double[resamples];
            int usable = 0;
            for (int r = 0; r < resamples; r++) {
                for (int i = 0; i < count; i++) {
                    drawn[i] = random.nextInt(count);
                }
                double alpha = alphaOf(drawn, count);
                if (!Double.isNaN(alpha)) {
                    alphas[usable++] = alpha;
                }
            }
            if (usable * 2 < resamples) {
                return new Interval(null, null, LEVEL, resamples, usable, seed, NotComputable.TOO_FEW_USABLE_RESAMPLES);
            }
            Arrays.sort(alphas, 0, usable);
            double tail = (1 - LEVEL) / 2;
            return new Interval(quantile(alphas, usable, tail), quantile(alphas, usable, 1 - tail), LEVEL, resamples,
                    usable, seed, null);
        }

        private int[] identity() {
            int[] all = new int[count];
            for (int i = 0; i < count; i++) {
                all[i] = i;
            }
            return all;
        }

        /** Alpha of the units {@code drawn[0..length)} (a unit may come more than once); NaN without variation. */
        private double alphaOf(int[] drawn, int length) {
            long n = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            double observed = 0;
            for (int i = 0; i < length; i++) {
                int u = drawn[i];
                n += size[u];
                low = Math.min(low, min[u]);
                high = Math.max(high, max[u]);
                observed += within[u];
            }
            if (n < 2 || low == high) {
                return Double.NaN;
            }
            double expected;
            if (metric == Metric.INTERVAL) {
                double weighted = 0;
                for (int i = 0; i < length; i++) {
                    weighted += size[drawn[i]] * mean[drawn[i]];
                }
                double grand = weighted / n;
                double ss = 0;
                for (int i = 0; i < length; i++) {
                    int u = drawn[i];
                    double d = mean[u] - grand;
                    ss += squares[u] + size[u] * d * d;
                }
                expected = 2.0 * n * ss;
            } else {
                long same = 0;
                for (int i = 0; i < length; i++) {
                    int u = drawn[i];
                    for (int c = start[u]; c < start[u + 1]; c++) {
                        totals[category[c]] += categoryCount[c];
                    }
                }
                for (int i = 0; i < length; i++) {
                    int u = drawn[i];
                    for (int c = start[u]; c < start[u + 1]; c++) {
                        long t = totals[category[c]];
                        same += t * t;
                        totals[category[c]] = 0;
                    }
                }
                expected = (double) n * n - same;
            }
            if (!(expected > 0)) {
                return Double.NaN;
            }
            return 1 - (n - 1) * observed / expected;
        }
    }
}
