package se.dialogcoder.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the start of a speaker turn on a line: an optional timestamp ({@code [h:mm:ss]},
 * {@code [mm:ss]}, {@code [hh:mm:ss.mmm]}, or {@code hh:mm:ss} without brackets) and a speaker label
 * followed by a colon, e.g. {@code [00:12:03] Anna (region): Hej}.
 *
 * <p>A label starts with an upper-case letter, has at most {@value #MAX_LABEL_CHARS} characters and
 * {@value #MAX_LABEL_WORDS} words, and contains no sentence punctuation ({@code . ? ! ;}). Without a
 * timestamp, a label counts only when at least two lines of the document start with it, so header lines
 * such as {@code Datum: 2025-03-12} stay ordinary text; a few header words never count without a timestamp.
 */
final class SpeakerPrefix {
    static final int MAX_LABEL_CHARS = 60;
    static final int MAX_LABEL_WORDS = 8;

    private static final String TIME = "\\d{1,3}:\\d{1,2}(?::\\d{1,2})?(?:[.,]\\d{1,3})?";
    private static final String FULL_TIME = "\\d{1,3}:\\d{2}:\\d{2}(?:[.,]\\d{1,3})?";
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[ \\t]*(?:[\\[(](" + TIME + ")[\\])][ \\t]*|(" + FULL_TIME + ")(?:[ \\t]+|$))");
    private static final Pattern LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}\\p{N} \\t,()\\[\\]/&'’\\-–]*):(?:[ \\t]+|$)");
    private static final Set<String> HEADER_WORDS = Set.of(
            "datum", "tid", "tidpunkt", "plats", "deltagare", "närvarande", "frånvarande", "ämne", "rubrik",
            "dnr", "diarienummer", "sammanfattning", "agenda", "dagordning", "bilaga", "bilagor", "källa",
            "obs", "observera", "not", "notering", "anteckningar", "protokoll", "ort", "län", "region",
            "kommun", "titel", "målgrupp", "syfte", "uppdrag", "date", "time", "location", "place",
            "participants", "attendees", "subject", "title", "note", "notes", "summary");

    /** What the start of one line says. */
    record Line(String label, Long millis, int bodyIndex) {
        boolean hasTimestamp() {
            return millis != null;
        }
    }

    private final Map<String, Integer> labelCounts;

    private SpeakerPrefix(Map<String, Integer> labelCounts) {
        this.labelCounts = labelCounts;
    }

    /** Learns the labels of a whole document (lines split at {@code \n}). */
    static SpeakerPrefix of(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            Line parsed = parse(line);
            if (parsed != null && parsed.label() != null) {
                counts.merge(parsed.label(), 1, Integer::sum);
            }
        }
        return new SpeakerPrefix(counts);
    }

    /**
     * The accepted turn start of a line, or null. The label is null for a line that starts with a timestamp
     * but has no accepted label.
     */
    Line match(String line) {
        Line parsed = parse(line);
        if (parsed == null) {
            return null;
        }
        if (parsed.label() != null && !parsed.hasTimestamp() && !counts(parsed.label())) {
            return null;
        }
        return parsed;
    }

    private boolean counts(String label) {
        return labelCounts.getOrDefault(label, 0) >= 2 && !HEADER_WORDS.contains(label.toLowerCase(Locale.ROOT));
    }

    /** Timestamp and label of a line, without the document-wide check; null when the line has neither. */
    static Line parse(String line) {
        Long millis = null;
        int pos = 0;
        Matcher time = TIMESTAMP.matcher(line);
        if (time.find()) {
            String stamp = time.group(1) != null ? time.group(1) : time.group(2);
            long parsed = CueTime.parse(stamp);
            if (parsed >= 0) {
                millis = parsed;
                pos = time.end();
            }
        }
        int labelStart = skipSpaces(line, pos);
        String rest = line.substring(labelStart);
        Matcher label = LABEL.matcher(rest);
        if (label.find()) {
            String name = label.group(1).strip();
            if (isLabel(name)) {
                return new Line(name, millis, labelStart + label.end());
            }
        }
        return millis == null ? null : new Line(null, millis, labelStart);
    }

    /** A label in the sense of this class, without the document-wide check. */
    static String labelOf(String text) {
        Matcher label = LABEL.matcher(text);
        if (label.find()) {
            String name = label.group(1).strip();
            if (isLabel(name) && label.end() < text.length()) {
                return name;
            }
        }
        return null;
    }

    static int labelEnd(String text) {
        Matcher label = LABEL.matcher(text);
        return label.find() ? label.end() : 0;
    }

    private static boolean isLabel(String name) {
        if (name.isEmpty() || name.length() > MAX_LABEL_CHARS) {
            return false;
        }
        return name.split("[ \\t]+").length <= MAX_LABEL_WORDS;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
