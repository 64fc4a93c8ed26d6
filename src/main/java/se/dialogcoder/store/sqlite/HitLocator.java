package se.dialogcoder.store.sqlite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.dialogcoder.model.Span;
import se.dialogcoder.store.sqlite.FtsQuery.Phrase;

/**
 * Finds where the phrases of a query occur in a text, token by token with the {@link Unicode61} rules, as
 * FTS5's {@code highlight()} marks them: every instance of every phrase; instances that share a token are joined.
 * Offsets are code points.
 */
final class HitLocator {
    private HitLocator() {
    }

    static List<Span> locate(String text, List<Phrase> phrases) {
        // token boundaries: char index and code-point offset of each token's start and end
        int[] startChar = new int[256];
        int[] endChar = new int[256];
        int[] startCp = new int[256];
        int[] endCp = new int[256];
        int n = 0;
        int cp = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char ch = text.charAt(i);
            int c = Character.isSurrogate(ch) ? text.codePointAt(i) : ch;
            if (!Unicode61.isTokenStart(c)) {
                i += Character.charCount(c);
                cp++;
                continue;
            }
            if (n == startChar.length) {
                startChar = Arrays.copyOf(startChar, n * 2);
                endChar = Arrays.copyOf(endChar, n * 2);
                startCp = Arrays.copyOf(startCp, n * 2);
                endCp = Arrays.copyOf(endCp, n * 2);
            }
            startChar[n] = i;
            startCp[n] = cp;
            while (i < length) {
                ch = text.charAt(i);
                c = Character.isSurrogate(ch) ? text.codePointAt(i) : ch;
                if (!Unicode61.isTokenPart(c)) {
                    break;
                }
                i += Character.charCount(c);
                cp++;
            }
            endChar[n] = i;
            endCp[n] = cp;
            n++;
        }
        List<int[]> instances = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            for (Phrase p : phrases) {
                int size = p.tokens().size();
                if (t + size > n) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < size && match; k++) {
                    boolean prefix = p.prefix() && k == size - 1;
                    match = equals(text, startChar[t + k], endChar[t + k], p.tokens().get(k), prefix);
                }
                if (match) {
                    instances.add(new int[] {t, t + size - 1});
                }
            }
        }
        instances.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Span> out = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        for (int[] inst : instances) {
            if (curStart >= 0 && inst[0] <= curEnd) {
                curEnd = Math.max(curEnd, inst[1]);
            } else {
                if (curStart >= 0) {
                    out.add(new Span(startCp[curStart], endCp[curEnd]));
                }
                curStart = inst[0];
                curEnd = inst[1];
            }
        }
        if (curStart >= 0) {
            out.add(new Span(startCp[curStart], endCp[curEnd]));
        }
        return out;
    }

    /** Whether the token {@code text[from, to)} folds to {@code token} (or, as a prefix, begins with it). */
    private static boolean equals(String text, int from, int to, int[] token, boolean prefix) {
        int i = from;
        for (int k = 0; k < token.length; k++) {
            if (i >= to) {
                return false;
            }
            int c = text.codePointAt(i);
            if (Unicode61.fold(c) != token[k]) {
                return false;
            }
            i += Character.charCount(c);
        }
        return prefix || i == to;
    }
}
