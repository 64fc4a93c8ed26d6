package se.dialogcoder.analysis;

import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Span;

/** Keyword in context: a hit with a little text on either side, on one line. */
public final class Kwic {
    private Kwic() {
    }

    /**
     * A hit and its context.
     *
     * @param before text before the hit, starting at a word boundary ("…" when cut)
     * @param after text after the hit, ending at a word boundary ("…" when cut)
     */
    public record Snippet(String before, String match, String after) {
        /** The snippet as one string. */
        public String text() {
            return before + match + after;
        }
    }

    /** About {@code width} code points of context on each side; runs of white space (line breaks) shown as one space. */
    public static Snippet of(CodePointText text, Span hit, int width) {
        int from = Math.max(0, hit.start() - width);
        int to = Math.min(text.length(), hit.end() + width);
        while (from > 0 && from < hit.start() && !isSpace(text.codePointAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > hit.end() && !isSpace(text.codePointAt(to))) {
            to--;
        }
        String before = (from > 0 ? "…" : "") + oneLine(text.slice(from, hit.start())).stripLeading();
        String after = oneLine(text.slice(hit.end(), to)).stripTrailing() + (to < text.length() ? "…" : "");
        return new Snippet(before, oneLine(text.slice(hit.start(), hit.end())), after);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp);
    }

    private static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }
}
