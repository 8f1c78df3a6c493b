package ma.innovatice.evaluation.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores of one criterion (or of the total) as reliability data: which judge (juror) gave which value
 * to which target (project). A judge gives at most one value to a target; any cell may be missing.
 *
 * <p>Targets and judges are kept in id order, whatever the order they were added in, so that every
 * computation that depends on order (the bootstrap's draws) gives the same result for the same data.
 */
public final class RatingTable {

    private final Map<Long, Map<Long, Double>> byTarget = new TreeMap<>();
    private final TreeSet<Long> judges = new TreeSet<>();
    private int size;

    private RatingTable() {
    }

    public static RatingTable create() {
        return new RatingTable();
    }

    /**
     * One value: judge {@code judgeId} gave {@code value} to target {@code targetId}.
     *
     * @throws IllegalArgumentException if the value is not a finite number, or if that judge already gave that target a value
     */
    public RatingTable add(long targetId, long judgeId, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the value of judge " + judgeId + " for target " + targetId
                    + " is not a finite number: " + value);
        }
        Map<Long, Double> row = byTarget.computeIfAbsent(targetId, id -> new TreeMap<>());
        if (row.putIfAbsent(judgeId, value) != null) {
            throw new IllegalArgumentException("judge " + judgeId + " gave target " + targetId + " more than one value");
        }
        judges.add(judgeId);
        size++;
        return this;
    }

    /** The number of values added. */
    public int size() {
        return size;
    }

    /** The targets, in id order. */
    public List<Long> targets() {
        return List.copyOf(byTarget.keySet());
    }

    /** The judges who gave at least one value, in id order. */
    public List<Long> judges() {
        return List.copyOf(judges);
    }

    /**
     * The values of each target (in target id order), each array holding the values of the judges who
     * rated it (in judge id order): the input of {@link KrippendorffAlpha}.
     */
    public List<double[]> units() {
        List<double[]> units = new ArrayList<>(byTarget.size());
        for (Map<Long, Double> row : byTarget.values()) {
            units.add(row.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return units;
    }

    /**
     * The complete targets x judges matrix (rows in target id order, columns in judge id order): the
     * input of {@link IntraclassCorrelation} and {@link PanelMedianDeviation}.
     *
     * @throws IllegalArgumentException if some judge did not rate some target (the message names the first missing cells)
     */
    public double[][] completeMatrix() {
        List<Long> columns = judges();
        double[][] matrix = new double[byTarget.size()][columns.size()];
        List<String> missing = new ArrayList<>();
        int missingCount = 0;
        int i = 0;
        for (Map.Entry<Long, Map<Long, Double>> row : byTarget.entrySet()) {
            for (int j = 0; j < columns.size(); j++) {
                Double value = row.getValue().get(columns.get(j));
                if (value == null) {
                    if (missing.size() < 5) {
                        missing.add("judge " + columns.get(j) + " on target " + row.getKey());
                    }
                    missingCount++;
                } else {
                    matrix[i][j] = value;
                }
            }
            i++;
        }
        if (missingCount > 0) {
            throw new IllegalArgumentException("the design is not complete: " + missingCount + " missing value(s), "
                    + String.join(", ", missing) + (missingCount > missing.size() ? ", ..." : ""));
        }
        return matrix;
    }
}
