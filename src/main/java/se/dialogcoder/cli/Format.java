package se.dialogcoder.cli;

import java.util.Locale;
import se.dialogcoder.analysis.agreement.Coefficients;

/** Numbers for people: three decimals for coefficients, one for percentages, "–" for undefined. */
final class Format {
    private Format() {
    }

    /** Kappa or alpha with three decimals; a value that rounds to zero is "0.000", never "-0.000". */
    static String coefficient(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.3f", Coefficients.forDisplay(v));
    }

    static String percent(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f %%", v);
    }
}
