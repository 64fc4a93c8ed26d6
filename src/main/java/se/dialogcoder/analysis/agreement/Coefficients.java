package se.dialogcoder.analysis.agreement;

/** How agreement coefficients (kappa, alpha) are shown to people: three decimals, and never "-0.000". */
public final class Coefficients {
    /** A value smaller than this in size shows as 0.000 at three decimals (the double nearest 0.0005 rounds up). */
    private static final double ROUNDS_TO_ZERO = 0.0005;

    private Coefficients() {
    }

    /**
     * The value to format with three decimals: one that rounds to zero there (-0.0004, or -0.0) becomes +0.0, so
     * that no formatter prints "-0.000"; every other value, and null (undefined), is returned as it is.
     */
    public static Double forDisplay(Double v) {
        return v != null && Math.abs(v) < ROUNDS_TO_ZERO ? Double.valueOf(0.0) : v;
    }
}
