package se.dialogcoder.cli;

import java.util.Locale;

/** Numbers for people: three decimals for coefficients, one for percentages, "–" for undefined. */
final class Format {
    private Format() {
    }

    static String coefficient(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String percent(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f %%", v);
    }
}
