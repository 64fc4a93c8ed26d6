package se.dialogcoder.analysis.agreement;

import java.util.List;

/**
 * Cohen's kappa for two coders and what it was computed from.
 *
 * @param kappa the coefficient, or null when undefined (no unit with values from both coders); see {@code note}
 * @param weights the agreement weights used
 * @param n units with values from both coders (the units compared)
 * @param skipped units left out because a value was missing
 * @param categories the categories, in the order the weights rank them
 * @param observedAgreement p_o: the (weighted) share of agreement observed
 * @param expectedAgreement p_e: the (weighted) share of agreement expected by chance from the two coders' marginals
 * @param percentAgreement share of compared units with identical values, in percent (null when n = 0)
 * @param noVariation both coders used one and the same category throughout, so p_e = 1; kappa is then 1.0 by
 *        convention
 * @param note why kappa is null or what a convention means, else null
 */
public record KappaResult(Double kappa, Weights weights, long n, long skipped, List<String> categories,
                          double observedAgreement, double expectedAgreement, Double percentAgreement,
                          boolean noVariation, String note) {
    public KappaResult {
        categories = List.copyOf(categories);
    }
}
