package se.dialogcoder.ui;

/**
 * The one place where project offsets (Unicode code points) meet the text view's offsets (UTF-16 chars).
 * Texts without surrogate pairs (nearly all) map one to one; others are mapped through a precomputed table.
 */
final class CodePointIndex {
    private final int[] charOfCodePoint;
    private final String text;

    CodePointIndex(String text) {
        this.text = text;
        int cps = text.codePointCount(0, text.length());
        if (cps == text.length()) {
            charOfCodePoint = null;
        } else {
            charOfCodePoint = new int[cps + 1];
            int ci = 0;
            for (int cp = 0; cp < cps; cp++) {
                charOfCodePoint[cp] = ci;
                ci += Character.charCount(text.codePointAt(ci));
            }
            charOfCodePoint[cps] = text.length();
        }
    }

    /** Length of the text in code points. */
    int length() {
        return charOfCodePoint == null ? text.length() : charOfCodePoint.length - 1;
    }

    /** UTF-16 index in the view of a code-point offset in the project. */
    int toChar(int codePoint) {
        return charOfCodePoint == null ? codePoint : charOfCodePoint[codePoint];
    }

    /** Code-point offset of a UTF-16 index of the view (an index inside a pair counts as its code point). */
    int toCodePoint(int charIndex) {
        return charOfCodePoint == null ? charIndex : text.codePointCount(0, charIndex);
    }

    /** The text between two code-point offsets. */
    String substring(int startCodePoint, int endCodePoint) {
        return text.substring(toChar(startCodePoint), toChar(endCodePoint));
    }
}
