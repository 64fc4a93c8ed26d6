package se.dialogcoder.model;

/**
 * A text addressed by code-point offsets (the offsets of a project) instead of Java's UTF-16 indices. Texts
 * without characters outside the Basic Multilingual Plane (nearly all) map one to one; others through a table.
 */
public final class CodePointText {
    private final String text;
    private final int[] charOf;
    private final int length;

    public CodePointText(String text) {
        this.text = text;
        int cps = text.codePointCount(0, text.length());
        this.length = cps;
        if (cps == text.length()) {
            charOf = null;
        } else {
            charOf = new int[cps + 1];
            int ci = 0;
            for (int cp = 0; cp < cps; cp++) {
                charOf[cp] = ci;
                ci += Character.charCount(text.codePointAt(ci));
            }
            charOf[cps] = text.length();
        }
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** The code point at a code-point offset. */
    public int codePointAt(int offset) {
        return text.codePointAt(toChar(offset));
    }

    /** The text between two code-point offsets (clamped to the text). */
    public String slice(int start, int end) {
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        return text.substring(toChar(s), toChar(e));
    }

    /** UTF-16 index of a code-point offset. */
    public int toChar(int offset) {
        return charOf == null ? offset : charOf[offset];
    }

    /** Code-point offset of a UTF-16 index (an index between the halves of a pair counts as the next one). */
    public int toCodePoint(int charIndex) {
        if (charOf == null) {
            return charIndex;
        }
        int i = java.util.Arrays.binarySearch(charOf, charIndex);
        return i >= 0 ? i : -i - 1;
    }
}
