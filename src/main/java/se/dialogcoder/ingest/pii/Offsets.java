package se.dialogcoder.ingest.pii;

import java.util.Arrays;

/**
 * Turns UTF-16 indices of a Java string into code-point offsets. Texts without characters outside the Basic
 * Multilingual Plane (the usual case) need no work at all.
 */
final class Offsets {
    private final String text;
    /** The UTF-16 index of each high surrogate that starts a pair, ascending. */
    private final int[] pairs;

    private Offsets(String text, int[] pairs) {
        this.text = text;
        this.pairs = pairs;
    }

    static Offsets of(String text) {
        int[] pairs = new int[0];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == pairs.length) {
                    pairs = Arrays.copyOf(pairs, Math.max(8, n * 2));
                }
                pairs[n++] = i;
                i++;
            }
        }
        return new Offsets(text, Arrays.copyOf(pairs, n));
    }

    /** The code-point offset of UTF-16 index {@code index}. */
    int codePoint(int index) {
        if (pairs.length == 0) {
            return index;
        }
        int pos = Arrays.binarySearch(pairs, index);
        int before = pos >= 0 ? pos : -pos - 1;
        return index - before;
    }

    /** A finding for the UTF-16 range {@code [from, to)} of the text. */
    PiiFinding finding(PiiKind kind, int from, int to) {
        return new PiiFinding(kind, text.substring(from, to), codePoint(from), codePoint(to));
    }
}
