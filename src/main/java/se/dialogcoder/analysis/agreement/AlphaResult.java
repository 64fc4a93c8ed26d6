package se.dialogcoder.analysis.agreement;

/**
 * Krippendorff's alpha and what it was computed from.
 *
 * @param alpha the coefficient, or null when it is undefined (nothing pairable); see {@code note}
 * @param level the level of measurement (metric) used
 * @param units all units of the data
 * @param pairableUnits units with two or more values
 * @param pairable n..: the number of pairable values (values in pairable units)
 * @param unitsExcluded units with fewer than two values: not pairable, left out of the computation
 * @param valuesExcluded the lone values of those units
 * @param observedDisagreement D_o (0 when nothing is pairable)
 * @param expectedDisagreement D_e (0 when nothing is pairable or nothing varies)
 * @param percentAgreement share of pairable value pairs that are identical, in percent (null when nothing is
 *        pairable); the observed agreement before chance correction
 * @param noVariation every pairable value is the same, so D_e = 0; alpha is then 1.0 by convention
 * @param note why alpha is null or what a convention means, else null
 */
public record AlphaResult(Double alpha, Level level, long units, long pairableUnits, long pairable,
                          long unitsExcluded, long valuesExcluded, double observedDisagreement,
                          double expectedDisagreement, Double percentAgreement, boolean noVariation, String note) {
}
