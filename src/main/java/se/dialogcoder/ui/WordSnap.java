package se.dialogcoder.ui;

/**
 * Snaps a selection to whole words (code points): a start inside a word moves back to the word's start, an end
 * inside a word moves forward to its end, and surrounding spaces are trimmed.
 */
final class WordSnap {
    private WordSnap() {
    }

    static int[] snap(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        int s = Math.max(0, Math.min(start, cps.length));
        int e = Math.max(s, Math.min(end, cps.length));
        while (s < e && Character.isWhitespace(cps[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(cps[e - 1])) {
            e--;
        }
        if (s == e) {
            return new int[] {start, end};
        }
        while (s > 0 && isWordChar(cps[s - 1]) && isWordChar(cps[s])) {
            s--;
        }
        while (e < cps.length && isWordChar(cps[e - 1]) && isWordChar(cps[e])) {
            e++;
        }
        return new int[] {s, e};
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '-' || cp == '\'';
    }
}
