package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps the positions of a file, counted one way ({@link OffsetCounting}), to code-point offsets of the original
 * text (as decoded, a byte order mark kept as a leading U+FEFF, CR LF as it was), which {@link TextRemap} then
 * maps to the stored text. Only the characters that do not count as one are remembered (characters outside the
 * BMP in UTF-16, an uncounted BOM, the CR of a CR LF counted as one), so long texts cost little.
 */
final class OffsetMap {
    private final int length; // code points of the original text
    private final int[] at;   // code-point index of each character that does not count as one, ascending
    private final int[] before; // sum of (weight - 1) over the characters before at[k]

    private OffsetMap(int length, int[] at, int[] before) {
        this.length = length;
        this.at = at;
        this.before = before;
    }

    static OffsetMap of(int[] cps, OffsetCounting counting) {
        List<int[]> odd = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (i == 0 && c == 0xFEFF && !counting.bomCounted()) {
                odd.add(new int[] {i, 0});
            } else if (c == '\r' && !counting.crlfAsTwo() && i + 1 < cps.length && cps[i + 1] == '\n') {
                odd.add(new int[] {i, 0});
            } else if (counting.unit() == OffsetUnit.UTF16 && Character.isSupplementaryCodePoint(c)) {
                odd.add(new int[] {i, 2});
            }
        }
        int[] at = new int[odd.size()];
        int[] before = new int[odd.size() + 1];
        for (int k = 0; k < at.length; k++) {
            at[k] = odd.get(k)[0];
            before[k + 1] = before[k] + odd.get(k)[1] - 1;
        }
        return new OffsetMap(cps.length, at, before);
    }

    /** The file position of code point {@code i} (0 … length). */
    int position(int i) {
        int lo = 0;
        int hi = at.length; // number of odd characters before i
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return i + before[lo];
    }

    /** The length of the text as this counting counts it. */
    int length() {
        return position(length);
    }

    /** The first code point whose position is at least {@code x}. */
    private int first(int x) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (position(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Where a selection starting at file position {@code x} starts (a split character is taken whole). */
    int start(int x) {
        int i = first(x);
        return position(i) > x ? i - 1 : i;
    }

    /** Where a selection ending (exclusively) at file position {@code x} ends (a split character is taken whole). */
    int end(int x) {
        return first(x);
    }
}
