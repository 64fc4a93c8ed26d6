package se.dialogcoder.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.dialogcoder.analysis.CountyMatrix;

/** Numbers the way the user's language writes them (Swedish: "1 234", "12,5 %"). */
public final class Formats {
    private final Locale locale;
    private final NumberFormat integer;
    private final NumberFormat percent;

    public Formats(ResourceBundle messages) {
        this.locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty()
                ? Locale.forLanguageTag("sv") : messages.getLocale();
        integer = NumberFormat.getIntegerInstance(locale);
        percent = NumberFormat.getNumberInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
    }

    Locale locale() {
        return locale;
    }

    public String integer(double n) {
        return integer.format(Math.round(n));
    }

    /** A share 0–1 as a percentage with one decimal. */
    public String percent(double share) {
        return percent.format(share * 100) + " %";
    }

    /** A matrix value under a measure: counts as integers, coverage as a percentage. */
    public String value(CountyMatrix.Measure measure, double v) {
        return measure == CountyMatrix.Measure.COVERAGE ? percent(v) : integer(v);
    }

    /** A heading broken onto lines of about {@code width} characters at spaces (the header row grows to fit). */
    public static String lines(String title, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : title.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }
}
