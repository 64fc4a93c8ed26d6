package se.dialogcoder.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

/**
 * Splits normalised text into units. A unit is a block of non-blank lines between blank lines; a line that
 * starts with a speaker prefix (see {@link SpeakerPrefix}: optional timestamp, then {@code Label: }) starts a
 * new unit even without a blank line before it. Units of a speaker are {@link UnitKind#TURN}s, the rest
 * {@link UnitKind#PARAGRAPH}s; a line with only a timestamp starts a paragraph with a start time.
 *
 * <p>Offsets are code points over the given text. A document with at least {@value #MIN_TURNS_FOR_TRANSCRIPT}
 * turns is a {@link DocumentKind#TRANSCRIPT}, otherwise {@link DocumentKind#NOTES}. The dialogue date is the
 * first ISO or Swedish date in the first 15 lines.
 */
public final class UnitSplitter {
    public static final int MIN_TURNS_FOR_TRANSCRIPT = 3;

    private UnitSplitter() {
    }

    /** Splits already normalised text (see {@link TextNormaliser}). */
    public static ParsedDocument split(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        SpeakerPrefix prefixes = SpeakerPrefix.of(lines);
        List<TextUnit> units = new ArrayList<>();
        Open open = null;
        int lineStart = 0;
        for (String line : lines) {
            int content = firstNonSpace(line);
            if (content < 0) {
                open = close(open, units);
            } else {
                SpeakerPrefix.Line prefix = prefixes.match(line);
                int last = lastNonSpace(line);
                if (prefix != null || open == null) {
                    open = close(open, units);
                    open = new Open(lineStart + line.codePointCount(0, content));
                    if (prefix != null) {
                        open.speaker = prefix.label();
                        open.millis = prefix.millis();
                        int body = skipSpaces(line, prefix.bodyIndex());
                        if (body > last) {
                            open.bodyPending = true; // label alone on its line: the words start on the next
                        } else {
                            open.bodyStart = lineStart + line.codePointCount(0, body);
                        }
                    }
                } else if (open.bodyPending) {
                    open.bodyStart = lineStart + line.codePointCount(0, content);
                    open.bodyPending = false;
                }
                open.end = lineStart + line.codePointCount(0, last + 1);
            }
            lineStart += line.codePointCount(0, line.length()) + 1;
        }
        close(open, units);
        long turns = units.stream().filter(u -> u.kind() == UnitKind.TURN).count();
        DocumentKind kind = turns >= MIN_TURNS_FOR_TRANSCRIPT ? DocumentKind.TRANSCRIPT : DocumentKind.NOTES;
        return new ParsedDocument(text, units, kind, DateFinder.find(text));
    }

    /** The dialogue date (yyyy-mm-dd) in the first lines of the text, or null. */
    public static String dialogueDate(String text) {
        return DateFinder.find(text);
    }

    private static Open close(Open open, List<TextUnit> units) {
        if (open != null && open.end > open.start) {
            int index = units.size();
            int body = open.bodyPending ? open.end
                    : open.bodyStart < 0 ? open.start : Math.min(Math.max(open.bodyStart, open.start), open.end);
            UnitKind kind = open.speaker != null ? UnitKind.TURN : UnitKind.PARAGRAPH;
            units.add(new TextUnit(index, kind, open.start, open.end, body, open.speaker, open.millis, null));
        }
        return null;
    }

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && TextNormaliser.isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!TextNormaliser.isSpace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonSpace(String line) {
        int i = line.length() - 1;
        while (i >= 0 && TextNormaliser.isSpace(line.charAt(i))) {
            i--;
        }
        return i;
    }

    /** A unit being collected. */
    private static final class Open {
        final int start;
        int end;
        int bodyStart = -1;
        boolean bodyPending;
        String speaker;
        Long millis;

        Open(int start) {
            this.start = start;
            this.end = start;
        }
    }
}
