package se.dialogcoder.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date of a dialogue near the top of a document: the first ISO date ({@code 2025-03-12}) or
 * Swedish date ({@code 12 mars 2025}, {@code 12 mar. 2025}) in the first {@value #LINES} lines.
 */
final class DateFinder {
    static final int LINES = 15;

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern SWEDISH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?::e|:a)?\\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
                    + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug",
            "sep", "okt", "nov", "dec");

    private DateFinder() {
    }

    /** The first date in the first lines of {@code text} as yyyy-mm-dd, or null. */
    static String find(String text) {
        String head = head(text);
        String best = null;
        int bestPos = Integer.MAX_VALUE;
        Matcher iso = ISO.matcher(head);
        while (iso.find()) {
            String date = date(iso.group(1), iso.group(2), iso.group(3));
            if (date != null) {
                best = date;
                bestPos = iso.start();
                break;
            }
        }
        Matcher sv = SWEDISH.matcher(head);
        while (sv.find() && sv.start() < bestPos) {
            String month = sv.group(2).toLowerCase(Locale.ROOT).substring(0, 3);
            String date = date(sv.group(3), Integer.toString(MONTHS.indexOf(month) + 1), sv.group(1));
            if (date != null) {
                return date;
            }
        }
        return best;
    }

    private static String date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2199) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String head(String text) {
        int pos = -1;
        for (int line = 0; line < LINES; line++) {
            pos = text.indexOf('\n', pos + 1);
            if (pos < 0) {
                return text;
            }
        }
        return text.substring(0, pos);
    }
}
