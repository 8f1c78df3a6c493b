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
        Map<Long, double[]> perJuror = new HashMap<>(); // juror -> {n, sum, mean, sd}
        long total = 0;
        for (int i = 0; i < size; i++) {
            double[] stats = perJuror.computeIfAbsent(juror[i], id -> new double[4]);
            stats[0]++;
            stats[1] += score[i];
            total += score[i];
        }
        for (double[] stats : perJuror.values()) {
            stats[2] = stats[1] / stats[0];
        }
        double mean = size == 0 ? 0 : (double) total / size;
        double overallSquares = 0;
        for (int i = 0; i < size; i++) {
            double[] stats = perJuror.get(juror[i]);
            double d = score[i] - stats[2];
            stats[3] += d * d;
            double o = score[i] - mean;
            overallSquares += o * o;
        }
        for (double[] stats : perJuror.values()) {
            stats[3] = Math.sqrt(stats[3] / stats[0]);
        }
        // Back to the 0..100 scale: the scores above are in ten-thousandths.
        double overallMean = exactMean(total, size).doubleValue();
        double overallSd = size == 0 ? 0 : Math.sqrt(overallSquares / size) / 10_000;

        Map<Long, long[]> perProject = new HashMap<>(); // project -> {n, sum, min, max}
        Map<Long, double[]> zSums = new HashMap<>();
        for (int i = 0; i < size; i++) {
            long[] p = perProject.computeIfAbsent(submission[i], id -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
            p[0]++;
            p[1] += score[i];
            p[2] = Math.min(p[2], score[i]);
            p[3] = Math.max(p[3], score[i]);
            double[] stats = perJuror.get(juror[i]);
            double z = stats[3] > 0 ? (score[i] - stats[2]) / stats[3] : 0;
            zSums.computeIfAbsent(submission[i], id -> new double[1])[0] += z;
        }
        Map<Long, Score> scores = new HashMap<>(perProject.size() * 2);
        for (Map.Entry<Long, long[]> e : perProject.entrySet()) {
            long[] p = e.getValue();
            double z = zSums.get(e.getKey())[0] / p[0];
            double normalized = Math.min(100, Math.max(0, overallMean + z * overallSd));
            scores.put(e.getKey(), new Score(e.getKey(), exactMean(p[1], p[0]), normalized, (int) p[0],
                    BigDecimal.valueOf(p[3] - p[2], 4)));
        }
        return scores;
    }

    /** The order of the ranking: normalized score, raw mean, evaluations (all descending), then id; unscored last. */
    static final Comparator<Score> ORDER = Comparator
            .comparing((Score s) -> s.raw() == null)
            .thenComparing(Score::normalized, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Score::raw, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Score::evaluations, Comparator.reverseOrder())
            .thenComparingLong(Score::submissionId);

    /** The projects in ranking order, each with its score (empty for a project nobody has evaluated yet). */
    static List<Score> rank(Iterable<Long> projects, Map<Long, Score> scores) {
        List<Score> ranked = new ArrayList<>();
        for (long id : projects) {
            ranked.add(scores.getOrDefault(id, new Score(id, null, null, 0, null)));
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
