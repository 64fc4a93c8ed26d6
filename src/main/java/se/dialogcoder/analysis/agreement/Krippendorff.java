package se.dialogcoder.analysis.agreement;

/**
 * Krippendorff's alpha by the coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability" (Annenberg School for Communication, Departmental Papers 43):
 *
 * <pre>
 *   alpha = 1 - D_o / D_e
 *   D_o = 1/n.. · Σ_c Σ_k o_ck · δ²_ck
 *   D_e = 1/(n.. (n.. - 1)) · Σ_c Σ_k n_c · n_k · δ²_ck
 * </pre>
 *
 * with the difference functions δ²: nominal 0 if c = k else 1; ordinal (Σ_{g=c..k} n_g - (n_c + n_k)/2)² over
 * the values ranked ascending; interval (c - k)²; ratio ((c - k)/(c + k))².
 *
 * <p>Conventions (never NaN, never an exception): nothing pairable gives alpha = null with a note; no variation
 * (one value only, D_e = 0, hence D_o = 0 too) gives alpha = 1.0 with {@code noVariation} set.
 */
public final class Krippendorff {
    static final String NOTHING_PAIRABLE = "no unit has values from two or more coders, so nothing can be compared; "
            + "alpha is undefined";
    static final String NO_VARIATION = "every pairable value is the same (no variation): the coders agree "
            + "perfectly but so would chance; alpha is set to 1 by convention and says nothing about reliability";

    private Krippendorff() {
    }

    /** Alpha of reliability data at a level of measurement. */
    public static AlphaResult alpha(ReliabilityData data, Level level) {
        return alpha(CoincidenceMatrix.of(data, level), level);
    }

    /** Alpha of a coincidence matrix at a level of measurement (interval, ratio and ordinal need numbers). */
    public static AlphaResult alpha(CoincidenceMatrix m, Level level) {
        if (level.needsNumbers() && m.numbers() == null && !m.categories().isEmpty()) {
            throw new IllegalArgumentException("the " + level.id() + " level needs numeric values");
        }
        long pairable = m.pairableValues();
        double n = pairable;
        if (n <= 1) {
            return new AlphaResult(null, level, m.units(), m.pairableUnits(), pairable, m.unitsExcluded(),
                    m.valuesExcluded(), 0, 0, null, false, NOTHING_PAIRABLE);
        }
        double[] nc = m.marginals();
        double[][] delta = differences(m, level, nc);
        int k = nc.length;
        double observed = 0;
        double expected = 0;
        double same = 0;
        for (int c = 0; c < k; c++) {
            same += m.get(c, c);
            for (int d = 0; d < k; d++) {
                observed += m.get(c, d) * delta[c][d];
                expected += nc[c] * nc[d] * delta[c][d];
            }
        }
        double dObserved = observed / n;
        double dExpected = expected / (n * (n - 1));
        double percent = 100.0 * same / n;
        if (expected <= 0) {
            if (observed <= 0) {
                return new AlphaResult(1.0, level, m.units(), m.pairableUnits(), pairable, m.unitsExcluded(),
                        m.valuesExcluded(), 0, 0, percent, true, NO_VARIATION);
            }
            // cannot happen with the four metrics (D_e = 0 means a single value); kept defined all the same
            return new AlphaResult(null, level, m.units(), m.pairableUnits(), pairable, m.unitsExcluded(),
                    m.valuesExcluded(), dObserved, 0, percent, false, "expected disagreement is 0; alpha is undefined");
        }
        double alpha = 1.0 - dObserved / dExpected;
        return new AlphaResult(alpha, level, m.units(), m.pairableUnits(), pairable, m.unitsExcluded(),
                m.valuesExcluded(), dObserved, dExpected, percent, false, null);
    }

    /** δ²_ck for every pair of categories. */
    static double[][] differences(CoincidenceMatrix m, Level level, double[] nc) {
        int k = nc.length;
        double[] v = m.numbers();
        double[][] delta = new double[k][k];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c == d) {
                    continue;
                }
                delta[c][d] = switch (level) {
                    case NOMINAL -> 1.0;
                    case ORDINAL -> ordinal(nc, c, d);
                    case INTERVAL -> (v[c] - v[d]) * (v[c] - v[d]);
                    case RATIO -> v[c] + v[d] == 0 ? 0.0 : Math.pow((v[c] - v[d]) / (v[c] + v[d]), 2);
                };
            }
        }
        return delta;
    }

    /** Krippendorff's ordinal metric: (Σ_{g=c..k} n_g - (n_c + n_k)/2)², categories ranked ascending. */
    private static double ordinal(double[] nc, int c, int k) {
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        double sum = 0;
        for (int g = lo; g <= hi; g++) {
            sum += nc[g];
        }
        double d = sum - (nc[lo] + nc[hi]) / 2.0;
        return d * d;
    }
}
