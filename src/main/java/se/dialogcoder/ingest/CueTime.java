package se.dialogcoder.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats timestamps of subtitles and transcripts. Accepts {@code hh:mm:ss.mmm},
 * {@code h:m:s.f}, {@code mm:ss.f} and a comma as decimal sign ({@code 00:00:01,000}); the fraction is read
 * as a decimal fraction of a second ({@code .5} = 500 ms).
 */
final class CueTime {
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,5}):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,9}))?");

    private CueTime() {
    }

    /** Milliseconds, or -1 when the text is not a timestamp. */
    static long parse(String text) {
        if (text == null) {
            return -1;
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return -1;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (seconds >= 60 || (m.group(1) != null && minutes >= 60)) {
            return -1;
        }
        long millis = 0;
        if (m.group(4) != null) {
            String fraction = (m.group(4) + "00").substring(0, 3);
            millis = Long.parseLong(fraction);
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }

    /** {@code hh:mm:ss}, hours at least two digits. */
    static String format(long millis) {
        long total = Math.max(0, millis) / 1000;
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", total / 3600, total / 60 % 60, total % 60);
    }
}
