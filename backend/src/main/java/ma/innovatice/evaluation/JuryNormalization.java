package ma.innovatice.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the ranking, kept apart from the database so that a national edition costs one
 * pass over its scores in memory instead of grouped temporary tables in the server.
 *
 * <p>Each juror's raw scores are centred and reduced (z-score; 0 when a juror gives every project
 * the same score) so that a harsh and a lenient juror weigh alike; a project's normalized score is
 * the mean z-score of its evaluations mapped back onto the edition's scale (its mean and standard
 * deviation over every evaluation), bounded to 0..100. Projects are ranked by normalized score, then
 * raw mean, then number of evaluations, then id; projects without any submitted evaluation come last.
 *
 * <p>Raw scores arrive in ten-thousandths, as the database stores them (DECIMAL(9,4)); means of raw
 * scores are exact decimals with 8 places, as MariaDB's AVG gives them.
 */
final class JuryNormalization {

    /** Per project: what the ranking shows. {@code raw}, {@code normalized} and {@code spread} are null without evaluations. */
    record Score(long submissionId, BigDecimal raw, Double normalized, int evaluations, BigDecimal spread) {
    }

    private int size;
    private long[] juror = new long[1024];
    private long[] submission = new long[1024];
    private long[] score = new long[1024];

    private JuryNormalization() {
    }

    static JuryNormalization create() {
        return new JuryNormalization();
    }

    /** One submitted evaluation: its juror, its project and its raw score in ten-thousandths. */
    JuryNormalization add(long jurorId, long submissionId, long rawTenThousandths) {
        if (size == score.length) {
            juror = Arrays.copyOf(juror, size * 2);
            submission = Arrays.copyOf(submission, size * 2);
            score = Arrays.copyOf(score, size * 2);
        }
        juror[size] = jurorId;
        submission[size] = submissionId;
        score[size] = rawTenThousandths;
        size++;
        return this;
    }

    /** The score of every project that has at least one submitted evaluation, by project id. */
    Map<Long, Score> scores() {
        // Dense indexes first, so that every later pass works on primitive arrays.
        Map<Long, Integer> jurorIndex = new HashMap<>();
        Map<Long, Integer> projectIndex = new HashMap<>();
        int[] j = new int[size];
        int[] p = new int[size];
        for (int i = 0; i < size; i++) {
            j[i] = jurorIndex.computeIfAbsent(juror[i], id -> jurorIndex.size());
            p[i] = projectIndex.computeIfAbsent(submission[i], id -> projectIndex.size());
        }
        int jurors = jurorIndex.size();
        int projects = projectIndex.size();

        long total = 0;
        long[] jurorCount = new long[jurors];
        double[] jurorSum = new double[jurors];
        for (int i = 0; i < size; i++) {
            jurorCount[j[i]]++;
            jurorSum[j[i]] += score[i];
            total += score[i];
        }
        double[] jurorMean = new double[jurors];
        for (int k = 0; k < jurors; k++) {
            jurorMean[k] = jurorSum[k] / jurorCount[k];
        }
        double mean = size == 0 ? 0 : (double) total / size;
        double[] jurorSquares = new double[jurors];
        double overallSquares = 0;
        for (int i = 0; i < size; i++) {
            double d = score[i] - jurorMean[j[i]];
            jurorSquares[j[i]] += d * d;
            double o = score[i] - mean;
            overallSquares += o * o;
        }
        double[] jurorSd = new double[jurors];
        for (int k = 0; k < jurors; k++) {
            jurorSd[k] = Math.sqrt(jurorSquares[k] / jurorCount[k]);
        }
        // Back to the 0..100 scale: the scores above are in ten-thousandths.
        double overallMean = exactMean(total, size).doubleValue();
        double overallSd = size == 0 ? 0 : Math.sqrt(overallSquares / size) / 10_000;

        int[] count = new int[projects];
        long[] sum = new long[projects];
        long[] min = new long[projects];
        long[] max = new long[projects];
        double[] zSum = new double[projects];
        Arrays.fill(min, Long.MAX_VALUE);
        Arrays.fill(max, Long.MIN_VALUE);
        for (int i = 0; i < size; i++) {
            int k = p[i];
            count[k]++;
            sum[k] += score[i];
            min[k] = Math.min(min[k], score[i]);
            max[k] = Math.max(max[k], score[i]);
            zSum[k] += jurorSd[j[i]] > 0 ? (score[i] - jurorMean[j[i]]) / jurorSd[j[i]] : 0;
        }
        Map<Long, Score> scores = new HashMap<>(projects * 2);
        for (Map.Entry<Long, Integer> e : projectIndex.entrySet()) {
            int k = e.getValue();
            double normalized = Math.min(100, Math.max(0, overallMean + zSum[k] / count[k] * overallSd));
            scores.put(e.getKey(), new Score(e.getKey(), exactMean(sum[k], count[k]), normalized, count[k],
                    BigDecimal.valueOf(max[k] - min[k], 4)));
        }
        return scores;
    }

    /** The order of the ranking: normalized score, raw mean, evaluations (all descending), then id; unscored last. */
    static final Comparator<Score> ORDER = (a, b) -> {
        boolean aUnscored = a.raw() == null;
        boolean bUnscored = b.raw() == null;
        if (aUnscored != bUnscored) {
            return aUnscored ? 1 : -1;
        }
        if (!aUnscored) {
            int c = Double.compare(b.normalized(), a.normalized());
            if (c == 0) {
                c = b.raw().compareTo(a.raw());
            }
            if (c == 0) {
                c = Integer.compare(b.evaluations(), a.evaluations());
            }
            if (c != 0) {
                return c;
            }
        }
        return Long.compare(a.submissionId(), b.submissionId());
    };

    /** The projects in ranking order, each with its score (empty for a project nobody has evaluated yet). */
    static List<Score> rank(Iterable<Long> projects, Map<Long, Score> scores) {
        List<Score> ranked = new ArrayList<>();
        for (long id : projects) {
            Score score = scores.get(id);
            ranked.add(score != null ? score : new Score(id, null, null, 0, null));
        }
        ranked.sort(ORDER);
        return ranked;
    }

    /** A mean of scores in ten-thousandths, on the 0..100 scale with 8 decimals (rounded half up). */
    private static BigDecimal exactMean(long sum, long n) {
        return n == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(sum, 4).divide(BigDecimal.valueOf(n), 8, RoundingMode.HALF_UP);
    }
}
