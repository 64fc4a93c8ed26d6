package se.dialogcoder.analysis.agreement;

/**
 * Agreement of two coders on present/absent data for one code.
 *
 * @param first the first coder's name
 * @param second the second coder's name
 * @param table the 2 × 2 counts over the units both took part in
 * @param percentAgreement (both + neither) / total in percent, null when no unit was compared
 * @param kappa Cohen's kappa of the table
 */
public record PairFigures(String first, String second, TwoByTwo table, Double percentAgreement, KappaResult kappa) {
    public static PairFigures of(String first, String second, TwoByTwo table) {
        return new PairFigures(first, second, table, table.percentAgreement(), table.kappa());
    }
}
