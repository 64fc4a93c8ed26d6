package se.dialogcoder.ingest;

import java.text.Normalizer;

/**
 * Brings text into the stored form: Unicode NFC, {@code \n} line ends, no byte order mark, no control
 * characters other than {@code \n} and {@code \t}, no lone surrogates or non-characters, no soft hyphens
 * (invisible, and they would hide "suicid\u00ADprevention" from a search for "suicidprevention"), no
 * trailing white space on a line, at most one blank line in a row, no blank lines at the start or end.
 *
 * <p>The result is deterministic and idempotent: {@code normalise(normalise(x)).equals(normalise(x))}.
 * U+FFFD (the replacement character) is kept, so a user can see where the source was damaged.
 */
public final class TextNormaliser {
    private TextNormaliser() {
    }

    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(clean(text), Normalizer.Form.NFC);
        return tidyLines(nfc);
    }

    /** Unifies line ends and drops characters that must not be stored. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(i + 1));
                    i++;
                }
            } else if (Character.isLowSurrogate(c)) {
                continue;
            } else if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\uFEFF' || c == '\u00AD' || c == '\uFFFE' || c == '\uFFFF'
                    || Character.getType(c) == Character.CONTROL) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String tidyLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingBlank = false;
        int lineStart = 0;
        int n = s.length();
        while (lineStart <= n) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int end = lineEnd;
            while (end > lineStart && isSpace(s.charAt(end - 1))) {
                end--;
            }
            if (end == lineStart) {
                pendingBlank = out.length() > 0;
            } else {
                if (out.length() > 0) {
                    out.append(pendingBlank ? "\n\n" : "\n");
                }
                out.append(s, lineStart, end);
                pendingBlank = false;
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    /** White space in the wide sense: ASCII space and tab, no-break spaces, ideographic space and the like. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
