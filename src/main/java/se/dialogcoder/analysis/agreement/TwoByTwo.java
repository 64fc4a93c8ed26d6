package se.dialogcoder.analysis.agreement;

import java.util.List;

/**
 * Present/absent decisions of two coders on the same units (characters or text units) for one code: the 2 × 2
 * table behind NVivo's "percentage agreement" and Kappa coefficient.
 *
 * @param both units coded by both coders
 * @param onlyFirst units coded by the first coder only
 * @param onlySecond units coded by the second coder only
 * @param neither units coded by neither
 */
public record TwoByTwo(long both, long onlyFirst, long onlySecond, long neither) {
    public TwoByTwo {
        if (both < 0 || onlyFirst < 0 || onlySecond < 0 || neither < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public long total() {
        return both + onlyFirst + onlySecond + neither;
    }

    public TwoByTwo plus(TwoByTwo other) {
        return new TwoByTwo(both + other.both, onlyFirst + other.onlyFirst, onlySecond + other.onlySecond,
                neither + other.neither);
    }

    /** (both + neither) / total in percent, or null when there are no units. */
    public Double percentAgreement() {
        long n = total();
        return n == 0 ? null : 100.0 * (both + neither) / n;
    }

    /** Cohen's kappa of the table (categories "coded", "not coded"). */
    public KappaResult kappa() {
        double[][] table = {{both, onlyFirst}, {onlySecond, neither}};
        return CohenKappa.fromTable(table, List.of("coded", "not coded"), Weights.NONE, 0);
    }
}
