package se.dialogcoder.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the line-by-line text of a PDF into paragraphs: the lines of a block (between blank lines) are joined
 * with a space, except before a line that starts a speaker turn or a list item. A word broken by a soft
 * hyphen, or by a hyphen between lower-case letters at the end of a line, is joined again; a hyphen before
 * "och", "eller" and the like is kept ("barn- och ungdomspsykiatri").
 */
final class PdfLines {
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[•◦▪▫·‣⁃*–—-]\\s|\\d{1,3}[.)]\\s|[a-z][.)]\\s)");
    private static final Set<String> KEEP_HYPHEN_BEFORE = Set.of("och", "eller", "samt", "respektive", "resp",
            "som", "till", "men", "and", "or", "to");

    private PdfLines() {
    }

    static String join(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        SpeakerPrefix prefixes = SpeakerPrefix.of(lines);
        StringBuilder out = new StringBuilder(text.length());
        String previous = null;
        for (String line : lines) {
            if (line.isBlank()) {
                previous = null;
                continue;
            }
            if (previous == null) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(line);
            } else if (prefixes.match(line) != null || LIST_ITEM.matcher(line).find()) {
                out.append('\n').append(line);
            } else if (previous.endsWith("\u00AD")) {
                out.setLength(out.length() - 1);
                out.append(line.stripLeading());
            } else if (brokenWord(previous, line)) {
                out.setLength(out.length() - 1);
                out.append(line.stripLeading());
            } else {
                out.append(' ').append(line.stripLeading());
            }
            previous = line;
        }
        return out.toString();
    }

    private static boolean brokenWord(String previous, String next) {
        int n = previous.length();
        if (n < 4 || previous.charAt(n - 1) != '-') {
            return false;
        }
        if (!Character.isLowerCase(previous.charAt(n - 2)) || !Character.isLowerCase(previous.charAt(n - 3))) {
            return false;
        }
        String stripped = next.stripLeading();
        if (stripped.isEmpty() || !Character.isLowerCase(stripped.charAt(0))) {
            return false;
        }
        String firstWord = stripped.split("[^\\p{L}]", 2)[0];
        return !KEEP_HYPHEN_BEFORE.contains(firstWord);
    }
}
