package se.dialogcoder.analysis.agreement;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * How a cell of reliability data is read. A number is an optional sign, digits with at most one decimal point or
 * decimal comma, and an optional exponent ({@code 3}, {@code -0.5}, {@code 2,5}, {@code 1e3}); "NaN", "Infinity"
 * and thousands separators are not numbers. Everything else is a label. Blank means missing.
 */
public final class Values {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private Values() {
    }

    public static boolean isMissing(String cell) {
        return cell == null || cell.isBlank();
    }

    /** The number in a cell, if it is one. */
    public static OptionalDouble number(String cell) {
        if (isMissing(cell)) {
            return OptionalDouble.empty();
        }
        String t = cell.strip();
        if (!NUMBER.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(t.replace(',', '.'));
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    public static boolean isNumber(String cell) {
        return number(cell).isPresent();
    }

    /**
     * The category a cell stands for: numbers in one canonical spelling ({@code "1"}, {@code "1.0"} and
     * {@code "1,0"} are the same category), labels as written, without surrounding blanks (case matters).
     */
    public static String category(String cell) {
        String t = cell.strip();
        if (isNumber(t)) {
            BigDecimal d = new BigDecimal(t.replace(',', '.')).stripTrailingZeros();
            String s = d.toPlainString();
            return s.equals("-0") ? "0" : s;
        }
        return t;
    }
}
