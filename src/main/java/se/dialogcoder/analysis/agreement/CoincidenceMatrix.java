package se.dialogcoder.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): for each pair
 * of values c, k, {@code o[c][k]} sums over the pairable units u (those with m_u ≥ 2 values) the number of ordered
 * pairs of values (c, k) from different coders, divided by m_u - 1. Each pairable unit therefore contributes exactly
 * m_u to the matrix total n.. = the number of pairable values. Units with fewer than two values are not pairable and
 * are left out; how many units and values that was is kept.
 *
 * @param categories the distinct values, numerically ascending when {@code numeric} holds
 * @param numbers the numeric value of each category, or null when the values are labels
 * @param o the symmetric coincidence matrix
 * @param units all units of the data
 * @param pairableUnits units with two or more values
 * @param pairableValues n..: the values in those units (the matrix total, counted exactly)
 * @param unitsExcluded units with fewer than two values (not pairable, left out)
 * @param valuesExcluded the lone values of those units
 */
public record CoincidenceMatrix(List<String> categories, double[] numbers, double[][] o, long units,
                                long pairableUnits, long pairableValues, long unitsExcluded, long valuesExcluded) {

    public CoincidenceMatrix {
        categories = List.copyOf(categories);
        numbers = numbers == null ? null : numbers.clone();
        double[][] copy = new double[o.length][];
        for (int i = 0; i < o.length; i++) {
            copy[i] = o[i].clone();
        }
        o = copy;
    }

    /** n_c: the row sums (how often each value occurs among the pairable values). */
    public double[] marginals() {
        double[] m = new double[o.length];
        for (int c = 0; c < o.length; c++) {
            for (double v : o[c]) {
                m[c] += v;
            }
        }
        return m;
    }

    @Override
    public double[] numbers() {
        return numbers == null ? null : numbers.clone();
    }

    @Override
    public double[][] o() {
        double[][] copy = new double[o.length][];
        for (int i = 0; i < o.length; i++) {
            copy[i] = o[i].clone();
        }
        return copy;
    }

    /** The value of cell (c, k). */
    public double get(int c, int k) {
        return o[c][k];
    }

    /**
     * Builds the matrix of reliability data for a level of measurement.
     *
     * @throws IllegalArgumentException when the level needs numbers and a value is not one, or when the ratio
     *         level meets a negative value (callers that want to name a file and line check first, see
     *         {@link Values})
     */
    public static CoincidenceMatrix of(ReliabilityData data, Level level) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<double[]> unitValues = new ArrayList<>();
        boolean allNumbers = true;
        for (int u = 0; u < data.unitCount(); u++) {
            for (int c = 0; c < data.coderCount(); c++) {
                String v = data.value(u, c);
                if (v == null) {
                    continue;
                }
                boolean isNumber = Values.isNumber(v);
                if (level.needsNumbers() && !isNumber) {
                    throw new IllegalArgumentException("unit " + (u + 1) + ", coder " + data.coders().get(c) + ": \""
                            + v + "\" is not a number; the " + level.id() + " level needs numbers");
                }
                if (level == Level.RATIO && Values.number(v).getAsDouble() < 0) {
                    throw new IllegalArgumentException("unit " + (u + 1) + ", coder " + data.coders().get(c) + ": "
                            + v + " is negative; the ratio level needs values of zero or more");
                }
                allNumbers &= isNumber;
                index.putIfAbsent(Values.category(v), index.size());
            }
        }
        // order the categories: numerically when every value is a number, else by first appearance
        List<String> categories = new ArrayList<>(index.keySet());
        double[] numbers = null;
        if (allNumbers) {
            categories.sort(Comparator.comparingDouble(s -> Values.number(s).getAsDouble()));
            numbers = new double[categories.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = Values.number(categories.get(i)).getAsDouble();
            }
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            position.put(categories.get(i), i);
        }
        int k = categories.size();
        double[][] o = new double[k][k];
        long pairable = 0;
        long pairableValues = 0;
        long excludedUnits = 0;
        long excludedValues = 0;
        int[] counts = new int[k];
        for (int u = 0; u < data.unitCount(); u++) {
            Arrays.fill(counts, 0);
            int m = 0;
            for (int c = 0; c < data.coderCount(); c++) {
                String v = data.value(u, c);
                if (v != null) {
                    counts[position.get(Values.category(v))]++;
                    m++;
                }
            }
            if (m < 2) {
                excludedUnits++;
                excludedValues += m;
                continue;
            }
            pairable++;
            pairableValues += m;
            addUnit(o, counts, m);
        }
        return new CoincidenceMatrix(categories, numbers, o, data.unitCount(), pairable, pairableValues,
                excludedUnits, excludedValues);
    }

    /** Adds one pairable unit, given how many of its m values fall in each category. */
    static void addUnit(double[][] o, int[] counts, int m) {
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            for (int k = 0; k < counts.length; k++) {
                int pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k];
                if (pairs != 0) {
                    o[c][k] += pairs / (double) (m - 1);
                }
            }
        }
    }
}
