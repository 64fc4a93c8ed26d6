package se.dialogcoder.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * An ascii-folded, lower-case copy of a text for matching names: diacritics removed (å, ä → a; ö → o;
 * é → e), every character that is not a letter or digit turned into a space, runs of spaces collapsed.
 * Remembers for each folded character where it came from, to quote the original as evidence.
 */
final class Folded {
    final String text;
    private final int[] origin;
    private final String source;

    private Folded(String text, int[] origin, String source) {
        this.text = text;
        this.origin = origin;
        this.source = source;
    }

    static Folded of(String source) {
        StringBuilder out = new StringBuilder(source.length() + 1);
        int[] origin = new int[source.length() * 2 + 2];
        out.append(' ');
        origin[0] = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            String folded = fold(c);
            for (int k = 0; k < folded.length(); k++) {
                char f = folded.charAt(k);
                if (f == ' ' && out.charAt(out.length() - 1) == ' ') {
                    continue;
                }
                if (out.length() >= origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length()] = i;
                out.append(f);
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            if (out.length() >= origin.length) {
                origin = Arrays.copyOf(origin, origin.length + 1);
            }
            origin[out.length()] = source.length();
            out.append(' ');
        }
        return new Folded(out.toString(), origin, source);
    }

    /** The original text behind folded positions {@code [from, to)}, {@code from < to}. */
    String original(int from, int to) {
        int start = Math.min(origin[from], source.length());
        int end = Math.min(origin[Math.max(from, to - 1)] + 1, source.length());
        return source.substring(start, Math.max(start, end)).strip();
    }

    private static String fold(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : " ";
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return "";
        }
        if (!Character.isLetterOrDigit(c)) {
            return " ";
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                base.append(d);
            }
        }
        return base.toString().toLowerCase(Locale.ROOT);
    }
}
