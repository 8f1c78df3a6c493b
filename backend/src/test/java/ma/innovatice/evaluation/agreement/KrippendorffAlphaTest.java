package ma.innovatice.evaluation.agreement;

import ma.innovatice.evaluation.agreement.KrippendorffAlpha.Interval;
import ma.innovatice.evaluation.agreement.KrippendorffAlpha.Metric;
import ma.innovatice.evaluation.agreement.KrippendorffAlpha.NotComputable;
import ma.innovatice.evaluation.agreement.KrippendorffAlpha.Result;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KrippendorffAlphaTest {

    private static final double NA = Double.NaN;

    /**
     * The reliability data matrix of K. Krippendorff, "Computing Krippendorff's Alpha-Reliability"
     * (2011, https://repository.upenn.edu/asc_papers/43), section "C. Nominal data, any number of
     * observers, missing data", reused for the other metrics: 4 observers (rows) x 12 units (columns),
     * NaN where an observer did not code the unit. Published: alpha nominal = 0.743, interval = 0.849
     * (ordinal 0.815, ratio 0.797), from n = 40 pairable values (unit 12 has a single value).
     */
    private static final double[][] KRIPPENDORFF_2011 = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
            {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA},
    };

    /** Observers x units with NaN for a missing value, as the units alpha takes (observer order kept). */
    private static List<double[]> units(double[][] observersByUnits) {
        List<double[]> units = new ArrayList<>();
        for (int u = 0; u < observersByUnits[0].length; u++) {
            int unit = u;
            units.add(Arrays.stream(observersByUnits).mapToDouble(row -> row[unit]).filter(v -> !Double.isNaN(v)).toArray());
        }
        return units;
    }

    @Test
    void shouldReproduceKrippendorffsWorkedExampleForIntervalAndNominalData() {
        Result interval = KrippendorffAlpha.alpha(units(KRIPPENDORFF_2011), Metric.INTERVAL);
        assertThat(interval.alpha()).isCloseTo(0.849, within(0.0005));
        assertThat(interval.pairableValues()).isEqualTo(40);
        assertThat(interval.pairableUnits()).isEqualTo(11);
        assertThat(interval.units()).isEqualTo(12);
        assertThat(interval.reading()).isEqualTo(AgreementReading.RELIABLE);
        assertThat(interval.reason()).isNull();

        Result nominal = KrippendorffAlpha.alpha(units(KRIPPENDORFF_2011), Metric.NOMINAL);
        assertThat(nominal.alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(nominal.pairableValues()).isEqualTo(40);
        assertThat(nominal.reading()).isEqualTo(AgreementReading.TENTATIVE);
    }

    /**
     * Alpha straight from Krippendorff's definition, written independently of the closed forms of the
     * class: the values-by-values coincidence matrix o_ck (each ordered pair of values of a unit counts
     * 1 / (m_u - 1)), its marginals n_c, D_o = sum o_ck delta_ck / n, D_e = sum n_c n_k delta_ck / (n (n - 1)).
     */
    private static double byCoincidenceMatrix(List<double[]> units, Metric metric) {
        TreeMap<Double, Integer> index = new TreeMap<>();
        units.stream().filter(u -> u.length >= 2).flatMapToDouble(Arrays::stream).forEach(v -> index.putIfAbsent(v, 0));
        List<Double> values = new ArrayList<>(index.keySet());
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        int v = values.size();
        double[][] o = new double[v][v];
        for (double[] unit : units) {
            if (unit.length < 2) {
                continue;
            }
            for (int i = 0; i < unit.length; i++) {
                for (int j = 0; j < unit.length; j++) {
                    if (i != j) {
                        o[index.get(unit[i])][index.get(unit[j])] += 1.0 / (unit.length - 1);
                    }
                }
            }
        }
        double[] marginal = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                marginal[c] += o[c][k];
            }
            n += marginal[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double delta = metric == Metric.NOMINAL ? (c == k ? 0 : 1)
                        : Math.pow(values.get(c) - values.get(k), 2);
                observed += o[c][k] * delta;
                expected += marginal[c] * marginal[k] * delta;
            }
        }
        return 1 - (observed / n) / (expected / (n * (n - 1)));
    }

    /** Random incomplete reliability data: each unit seen by 0 to {@code coders} coders, small integer scores. */
    private static List<double[]> randomUnits(Random random, int count, int coders, int scale) {
        List<double[]> units = new ArrayList<>();
        for (int u = 0; u < count; u++) {
            double[] values = new double[random.nextInt(coders + 1)];
            int quality = random.nextInt(scale);
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.max(0, Math.min(scale, quality + random.nextInt(3) - 1));
            }
            units.add(values);
        }
        return units;
    }

    @Test
    void shouldAgreeWithTheCoincidenceMatrixDefinitionOnRandomIncompleteData() {
        Random random = new Random(18);
        for (int trial = 0; trial < 200; trial++) {
            List<double[]> units = randomUnits(random, 3 + random.nextInt(30), 2 + random.nextInt(5), 2 + random.nextInt(10));
            for (Metric metric : Metric.values()) {
                Result result = KrippendorffAlpha.alpha(units, metric);
                if (result.computable()) {
                    assertThat(result.alpha()).isCloseTo(byCoincidenceMatrix(units, metric), within(1e-9));
                } else {
                    assertThat(result.reading()).isEqualTo(AgreementReading.NOT_COMPUTABLE);
                }
            }
        }
        // And on the worked example itself.
        assertThat(byCoincidenceMatrix(units(KRIPPENDORFF_2011), Metric.INTERVAL)).isCloseTo(0.849, within(0.0005));
        assertThat(byCoincidenceMatrix(units(KRIPPENDORFF_2011), Metric.NOMINAL)).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void shouldGiveOneForPerfectAgreement() {
        List<double[]> units = List.of(new double[]{12, 12, 12}, new double[]{15.5, 15.5}, new double[]{7, 7, 7, 7},
                new double[]{3}, new double[]{19, 19});
        for (Metric metric : Metric.values()) {
            Result result = KrippendorffAlpha.alpha(units, metric);
            assertThat(result.alpha()).isEqualTo(1.0);
            assertThat(result.reading()).isEqualTo(AgreementReading.RELIABLE);
            Interval interval = KrippendorffAlpha.bootstrap(units, metric, 500, 1);
            assertThat(interval.lower()).isEqualTo(1.0);
            assertThat(interval.upper()).isEqualTo(1.0);
        }
    }

    @Test
    void shouldNotDependOnWhichJurorIsWhichNorOnTheOrderOfProjects() {
        Random random = new Random(6);
        for (int trial = 0; trial < 50; trial++) {
            // Projects 1..p, jurors 1..j, each juror scoring some projects.
            int projects = 5 + random.nextInt(20);
            int jurors = 2 + random.nextInt(6);
            double[][] scores = new double[projects][jurors];
            for (double[] row : scores) {
                int quality = random.nextInt(20);
                for (int k = 0; k < jurors; k++) {
                    row[k] = random.nextInt(3) == 0 ? NA : quality + random.nextInt(7);
                }
            }
            List<Integer> jurorLabels = new ArrayList<>();
            List<Integer> projectLabels = new ArrayList<>();
            for (int k = 0; k < jurors; k++) {
                jurorLabels.add(k);
            }
            for (int p = 0; p < projects; p++) {
                projectLabels.add(p);
            }
            Collections.shuffle(jurorLabels, random);
            Collections.shuffle(projectLabels, random);
            RatingTable original = RatingTable.create();
            RatingTable relabelled = RatingTable.create();
            for (int p = 0; p < projects; p++) {
                for (int k = 0; k < jurors; k++) {
                    if (!Double.isNaN(scores[p][k])) {
                        original.add(p, k, scores[p][k]);
                        relabelled.add(projectLabels.get(p), jurorLabels.get(k), scores[p][k]);
                    }
                }
            }
            for (Metric metric : Metric.values()) {
                Result before = KrippendorffAlpha.alpha(original.units(), metric);
                Result after = KrippendorffAlpha.alpha(relabelled.units(), metric);
                assertThat(after.reason()).isEqualTo(before.reason());
                if (before.computable()) {
                    assertThat(after.alpha()).isCloseTo(before.alpha(), within(1e-12));
                }
                List<double[]> reversed = new ArrayList<>(original.units());
                Collections.reverse(reversed);
                Result reordered = KrippendorffAlpha.alpha(reversed, metric);
                if (before.computable()) {
                    assertThat(reordered.alpha()).isCloseTo(before.alpha(), within(1e-12));
                }
            }
        }
    }

    @Test
    void shouldNotChangeWhenIntervalScoresAreShiftedOrRescaled() {
        // Scores in ten-thousandths (as stored) or on 0..100, or out of 20: the same agreement.
        List<double[]> units = units(KRIPPENDORFF_2011);
        List<double[]> rescaled = units.stream()
                .map(u -> Arrays.stream(u).map(v -> 10_000 * (v * 4.5 + 37)).toArray()).toList();
        assertThat(KrippendorffAlpha.alpha(rescaled, Metric.INTERVAL).alpha())
                .isCloseTo(KrippendorffAlpha.alpha(units, Metric.INTERVAL).alpha(), within(1e-12));
    }

    @Test
    void shouldLeaveOutProjectsSeenByASingleJuror() {
        List<double[]> units = new ArrayList<>(units(KRIPPENDORFF_2011));
        units.add(new double[]{99});
        units.add(new double[0]);
        Result result = KrippendorffAlpha.alpha(units, Metric.INTERVAL);
        assertThat(result.alpha()).isCloseTo(KrippendorffAlpha.alpha(units(KRIPPENDORFF_2011), Metric.INTERVAL).alpha(),
                within(1e-15));
        assertThat(result.units()).isEqualTo(14);
        assertThat(result.pairableUnits()).isEqualTo(11);
        assertThat(result.pairableValues()).isEqualTo(40);
    }

    @Test
    void shouldSayNotComputableWhenNoProjectWasRatedTwice() {
        for (List<double[]> units : List.of(List.<double[]>of(), List.of(new double[]{3}, new double[]{8}, new double[0]))) {
            for (Metric metric : Metric.values()) {
                Result result = KrippendorffAlpha.alpha(units, metric);
                assertThat(result.computable()).isFalse();
                assertThat(result.alpha()).isNull();
                assertThat(result.reading()).isEqualTo(AgreementReading.NOT_COMPUTABLE);
                assertThat(result.reason()).isEqualTo(NotComputable.TOO_FEW_PAIRABLE_VALUES);
                assertThat(result.pairableValues()).isZero();
                Interval interval = KrippendorffAlpha.bootstrap(units, metric, KrippendorffAlpha.DEFAULT_RESAMPLES, 7);
                assertThat(interval.computable()).isFalse();
                assertThat(interval.lower()).isNull();
                assertThat(interval.upper()).isNull();
                assertThat(interval.reason()).isEqualTo(NotComputable.TOO_FEW_PAIRABLE_VALUES);
            }
        }
    }

    @Test
    void shouldSayNotComputableWhenEveryScoreIsTheSame() {
        // Including 0.0 and -0.0, and a 0.1 + 0.2 that is not 0.3: only exactly equal values count as no variation.
        List<double[]> same = List.of(new double[]{14, 14, 14}, new double[]{14, 14}, new double[]{5});
        List<double[]> zeros = List.of(new double[]{0.0, -0.0}, new double[]{-0.0, 0.0, 0.0});
        for (List<double[]> units : List.of(same, zeros)) {
            for (Metric metric : Metric.values()) {
                Result result = KrippendorffAlpha.alpha(units, metric);
                assertThat(result.alpha()).isNull();
                assertThat(result.reading()).isEqualTo(AgreementReading.NOT_COMPUTABLE);
                assertThat(result.reason()).isEqualTo(NotComputable.NO_VARIATION);
                assertThat(KrippendorffAlpha.bootstrap(units, metric, 200, 7).reason()).isEqualTo(NotComputable.NO_VARIATION);
            }
        }
        Result tiny = KrippendorffAlpha.alpha(List.of(new double[]{0.1 + 0.2, 0.3}, new double[]{0.3, 0.3}), Metric.INTERVAL);
        assertThat(tiny.computable()).isTrue();
        assertThat(tiny.alpha()).isFinite();
    }

    @Test
    void shouldGiveAnIntervalOnlyWhenThereIsMoreThanOneProjectToResample() {
        List<double[]> one = List.of(new double[]{10, 12, 15});
        Result result = KrippendorffAlpha.alpha(one, Metric.INTERVAL);
        // One unit whose values fill the whole sample: its disagreement is all there is, alpha is 0.
        assertThat(result.alpha()).isCloseTo(0.0, within(1e-12));
        Interval interval = KrippendorffAlpha.bootstrap(one, Metric.INTERVAL, 1000, 3);
        assertThat(interval.computable()).isFalse();
        assertThat(interval.reason()).isEqualTo(NotComputable.TOO_FEW_UNITS);
    }

    @Test
    void shouldRejectScoresThatAreNotNumbers() {
        assertThatThrownBy(() -> KrippendorffAlpha.alpha(List.of(new double[]{1, NA}), Metric.INTERVAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> KrippendorffAlpha.alpha(List.of(new double[]{1, Double.POSITIVE_INFINITY}), Metric.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class);
        List<double[]> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> KrippendorffAlpha.alpha(withNull, Metric.INTERVAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit 0");
    }

    @Test
    void shouldPutTheWorkedExampleInsideItsBootstrapInterval() {
        for (Metric metric : Metric.values()) {
            KrippendorffAlpha.Estimate estimate = KrippendorffAlpha.estimate(units(KRIPPENDORFF_2011), metric,
                    KrippendorffAlpha.DEFAULT_RESAMPLES, 2011);
            Interval interval = estimate.interval();
            assertThat(interval.computable()).isTrue();
            assertThat(interval.level()).isEqualTo(0.95);
            assertThat(interval.resamples()).isEqualTo(KrippendorffAlpha.DEFAULT_RESAMPLES);
            assertThat(interval.usableResamples()).isEqualTo(interval.resamples());
            assertThat(interval.seed()).isEqualTo(2011);
            assertThat(interval.lower()).isLessThan(estimate.point().alpha());
            assertThat(interval.upper()).isGreaterThan(estimate.point().alpha());
            assertThat(interval.upper()).isLessThanOrEqualTo(1.0);
            // Eleven projects: a wide interval, as it should be.
            assertThat(interval.upper() - interval.lower()).isGreaterThan(0.05);
        }
    }

    @Test
    void shouldGiveTheSameIntervalForTheSameSeed() {
        List<double[]> units = randomUnits(new Random(42), 60, 4, 20);
        Interval first = KrippendorffAlpha.bootstrap(units, Metric.INTERVAL, 3000, 123);
        Interval again = KrippendorffAlpha.bootstrap(units, Metric.INTERVAL, 3000, 123);
        Interval other = KrippendorffAlpha.bootstrap(units, Metric.INTERVAL, 3000, 124);
        assertThat(again).isEqualTo(first);
        assertThat(other.lower()).isNotEqualTo(first.lower());
        // And the same table built in another order gives the same units, so the same interval.
        RatingTable forward = RatingTable.create();
        RatingTable backward = RatingTable.create();
        for (int p = 0; p < units.size(); p++) {
            for (int k = 0; k < units.get(p).length; k++) {
                forward.add(p, k, units.get(p)[k]);
            }
        }
        for (int p = units.size() - 1; p >= 0; p--) {
            for (int k = units.get(p).length - 1; k >= 0; k--) {
                backward.add(p, k, units.get(p)[k]);
            }
        }
        assertThat(KrippendorffAlpha.bootstrap(backward.units(), Metric.NOMINAL, 500, 9))
                .isEqualTo(KrippendorffAlpha.bootstrap(forward.units(), Metric.NOMINAL, 500, 9));
    }

    @Test
    void shouldKeepTheNumberOfResamplesWithinBounds() {
        List<double[]> units = units(KRIPPENDORFF_2011);
        assertThatThrownBy(() -> KrippendorffAlpha.bootstrap(units, Metric.INTERVAL, KrippendorffAlpha.MAX_RESAMPLES + 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 100 and 20000");
        assertThatThrownBy(() -> KrippendorffAlpha.estimate(units, Metric.INTERVAL, 99, 1))
                .isInstanceOf(IllegalArgumentException.class);
        // Small inputs get what they ask; large ones as many as the budget of drawn values allows, never under the floor.
        assertThat(KrippendorffAlpha.resamplesFor(20_000, 40)).isEqualTo(20_000);
        assertThat(KrippendorffAlpha.resamplesFor(20_000, 10_000)).isEqualTo(2_000);
        assertThat(KrippendorffAlpha.resamplesFor(2_000, 10_000)).isEqualTo(2_000);
        assertThat(KrippendorffAlpha.resamplesFor(2_000, 5_000_000)).isEqualTo(KrippendorffAlpha.FLOOR_RESAMPLES);
        assertThat(KrippendorffAlpha.resamplesFor(100, 5_000_000)).isEqualTo(100);
        // A national edition: 25,000 projects seen by 3 jurors each, 75,000 scores.
        List<double[]> large = randomUnits(new Random(3), 25_000, 3, 20).stream()
                .map(u -> u.length >= 2 ? u : new double[]{u.length == 1 ? u[0] : 5, 6, 7}).toList();
        Interval interval = KrippendorffAlpha.bootstrap(large, Metric.INTERVAL, KrippendorffAlpha.MAX_RESAMPLES, 5);
        int values = large.stream().mapToInt(u -> u.length).sum();
        assertThat(interval.resamples()).isEqualTo((int) (KrippendorffAlpha.WORK_BUDGET / values));
        assertThat(interval.resamples()).isLessThan(KrippendorffAlpha.MAX_RESAMPLES);
        assertThat(interval.computable()).isTrue();
    }

    @Test
    void shouldInterpolatePercentilesBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(KrippendorffAlpha.quantile(sorted, 5, 0.0)).isEqualTo(1.0);
        assertThat(KrippendorffAlpha.quantile(sorted, 5, 0.5)).isEqualTo(3.0);
        assertThat(KrippendorffAlpha.quantile(sorted, 5, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(KrippendorffAlpha.quantile(sorted, 5, 1.0)).isEqualTo(5.0);
        assertThat(KrippendorffAlpha.quantile(sorted, 4, 0.975)).isCloseTo(3.925, within(1e-12));
    }
}
