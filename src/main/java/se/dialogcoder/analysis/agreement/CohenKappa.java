package se.dialogcoder.analysis.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's kappa (Cohen 1960) and weighted kappa (Cohen 1968) for two coders:
 *
 * <pre>
 *   kappa = (p_o - p_e) / (1 - p_e)
 *   p_o = Σ_ij w_ij · f_ij / N          p_e = Σ_ij w_ij · r_i · c_j / N²
 * </pre>
 *
 * where f_ij counts units the first coder put in category i and the second in j, r and c are the two coders'
 * marginals and w the weights of {@link Weights} (identity for unweighted kappa). The categories are those that
 * occur in the compared units; weights rank them (numerically ascending), as R's irr::kappa2 and scikit-learn do.
 *
 * <p>Conventions (never NaN, never an exception): no unit with two values gives kappa = null with a note; both
 * coders using one and the same category throughout (p_e = 1, hence p_o = 1) gives kappa = 1.0 with
 * {@code noVariation} set.
 */
public final class CohenKappa {
    static final String NOTHING_COMPARED = "no unit has values from both coders, so nothing can be compared; "
            + "kappa is undefined";
    static final String NO_VARIATION = "both coders used one and the same category throughout (no variation): "
            + "they agree perfectly but so would chance; kappa is set to 1 by convention";

    private CohenKappa() {
    }

    /**
     * Kappa of two coders' values, unit by unit (null or blank = missing; such units are skipped and counted).
     *
     * @throws IllegalArgumentException when the lists differ in length, or when weights are asked for and a value
     *         is not a number (callers that want to name a file and line check first, see {@link Values})
     */
    public static KappaResult kappa(List<String> first, List<String> second, Weights weights) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("the two coders have " + first.size() + " and " + second.size()
                    + " values");
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String[]> pairs = new ArrayList<>();
        long skipped = 0;
        boolean allNumbers = true;
        for (int u = 0; u < first.size(); u++) {
            String a = first.get(u);
            String b = second.get(u);
            if (Values.isMissing(a) || Values.isMissing(b)) {
                skipped++;
                continue;
            }
            for (String v : new String[] {a, b}) {
                boolean isNumber = Values.isNumber(v);
                if (weights != Weights.NONE && !isNumber) {
                    throw new IllegalArgumentException("unit " + (u + 1) + ": \"" + v.strip()
                            + "\" is not a number; weighted kappa needs ordered numeric categories");
                }
                allNumbers &= isNumber;
                index.putIfAbsent(Values.category(v), index.size());
            }
            pairs.add(new String[] {Values.category(a), Values.category(b)});
        }
        List<String> categories = new ArrayList<>(index.keySet());
        if (allNumbers) {
            categories.sort(Comparator.comparingDouble(s -> Values.number(s).getAsDouble()));
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            position.put(categories.get(i), i);
        }
        double[][] table = new double[categories.size()][categories.size()];
        for (String[] p : pairs) {
            table[position.get(p[0])][position.get(p[1])]++;
        }
        return fromTable(table, categories, weights, skipped);
    }

    /**
     * Kappa of a k × k agreement table: rows are the first coder's categories, columns the second's, in the order
     * of {@code categories} (which the weights rank).
     */
    public static KappaResult fromTable(double[][] table, List<String> categories, Weights weights, long skipped) {
        int k = table.length;
        double n = 0;
        double[] rows = new double[k];
        double[] cols = new double[k];
        double diagonal = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                n += table[i][j];
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
            diagonal += table[i][i];
        }
        if (n <= 0) {
            return new KappaResult(null, weights, 0, skipped, categories, 0, 0, null, false, NOTHING_COMPARED);
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = weights.weight(i, j, k);
                observed += w * table[i][j];
                expected += w * rows[i] * cols[j];
            }
        }
        double po = observed / n;
        double pe = expected / (n * n);
        double percent = 100.0 * diagonal / n;
        long units = Math.round(n);
        if (1.0 - pe <= 1e-12) {
            if (po >= pe - 1e-12) {
                return new KappaResult(1.0, weights, units, skipped, categories, po, pe, percent, true, NO_VARIATION);
            }
            return new KappaResult(null, weights, units, skipped, categories, po, pe, percent, false,
                    "chance agreement is 1; kappa is undefined");
        }
        return new KappaResult((po - pe) / (1.0 - pe), weights, units, skipped, categories, po, pe, percent, false,
                null);
    }
}
