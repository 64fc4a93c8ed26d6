package se.dialogcoder.ui.coding;

import se.dialogcoder.model.CodePointText;

/**
 * Snaps a selection to whole words (code points): a start inside a word moves back to the word's start, an end
 * inside a word moves forward to its end, and surrounding spaces are trimmed. Only the text around the selection
 * is looked at, so snapping costs the same in a short note and a 50 000-word transcript.
 */
public final class WordSnap {
    private WordSnap() {
    }

    public static int[] snap(String text, int start, int end) {
        return snap(new CodePointText(text), start, end);
    }

    public static int[] snap(CodePointText text, int start, int end) {
        int length = text.length();
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        while (s < e && Character.isWhitespace(text.codePointAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.codePointAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new int[] {start, end};
        }
        while (s > 0 && isWordChar(text.codePointAt(s - 1)) && isWordChar(text.codePointAt(s))) {
            s--;
        }
        while (e < length && isWordChar(text.codePointAt(e - 1)) && isWordChar(text.codePointAt(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '-' || cp == '\'';
    }
}
