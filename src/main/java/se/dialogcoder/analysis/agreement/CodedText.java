package se.dialogcoder.analysis.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import se.dialogcoder.model.Span;

/**
 * Turns coders' codings of one code in one document into present/absent counts.
 *
 * <ul>
 *   <li>Character level (NVivo's definition): every code point of the document is a unit; a coder coded it when
 *       any of the coder's codings covers it. Overlapping codings of one coder count once.</li>
 *   <li>Text-unit level: every non-empty text unit (speaker turn or paragraph) is a unit; a coder coded it when any
 *       of the coder's codings overlaps it by at least one code point.</li>
 * </ul>
 *
 * A coder whose list of spans is null did not take part in the document (missing values); an empty list means the
 * coder took part and coded nothing with this code.
 */
public final class CodedText {
    private CodedText() {
    }

    /** Counts the characters 0 … length-1 of a document. */
    public static PatternCounts characters(int length, List<List<Span>> spansByCoder) {
        PatternCounts counts = new PatternCounts(spansByCoder.size());
        int present = presentMask(spansByCoder);
        List<List<Span>> merged = mergeAll(spansByCoder, length);
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (List<Span> spans : merged) {
            for (Span s : spans) {
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        int[] next = new int[merged.size()];
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int coded = 0;
            for (int c = 0; c < merged.size(); c++) {
                List<Span> spans = merged.get(c);
                while (next[c] < spans.size() && spans.get(next[c]).end() <= from) {
                    next[c]++;
                }
                if (next[c] < spans.size() && spans.get(next[c]).start() <= from) {
                    coded |= 1 << c;
                }
            }
            counts.add(present, coded & present, to - from);
            from = to;
        }
        return counts;
    }

    /** Counts the text units of a document (units of length 0 cannot be coded and are left out). */
    public static PatternCounts units(List<Span> units, List<List<Span>> spansByCoder) {
        PatternCounts counts = new PatternCounts(spansByCoder.size());
        int present = presentMask(spansByCoder);
        List<List<Span>> merged = mergeAll(spansByCoder, Integer.MAX_VALUE);
        for (Span unit : units) {
            if (unit.length() == 0) {
                continue;
            }
            int coded = 0;
            for (int c = 0; c < merged.size(); c++) {
                if (overlapsAny(merged.get(c), unit)) {
                    coded |= 1 << c;
                }
            }
            counts.add(present, coded & present, 1);
        }
        return counts;
    }

    /** Sorted, disjoint, non-touching spans covering the same code points (clipped to 0 … limit). */
    public static List<Span> merge(List<Span> spans, int limit) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span s : sorted) {
            int a = Math.min(s.start(), limit);
            int b = Math.min(s.end(), limit);
            if (b <= a) {
                continue;
            }
            if (start >= 0 && a <= end) {
                end = Math.max(end, b);
            } else {
                if (start >= 0) {
                    out.add(new Span(start, end));
                }
                start = a;
                end = b;
            }
        }
        if (start >= 0) {
            out.add(new Span(start, end));
        }
        return out;
    }

    private static List<List<Span>> mergeAll(List<List<Span>> spansByCoder, int limit) {
        List<List<Span>> merged = new ArrayList<>();
        for (List<Span> spans : spansByCoder) {
            merged.add(spans == null ? List.of() : merge(spans, limit));
        }
        return merged;
    }

    private static int presentMask(List<List<Span>> spansByCoder) {
        if (spansByCoder.size() > PatternCounts.MAX_CODERS) {
            throw new IllegalArgumentException("at most " + PatternCounts.MAX_CODERS + " coders");
        }
        int present = 0;
        for (int c = 0; c < spansByCoder.size(); c++) {
            if (spansByCoder.get(c) != null) {
                present |= 1 << c;
            }
        }
        return present;
    }

    /** Binary search over sorted disjoint spans: does any overlap {@code unit}? */
    private static boolean overlapsAny(List<Span> spans, Span unit) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) { // first span whose end lies after the unit's start
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= unit.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < spans.size() && spans.get(lo).start() < unit.end();
    }
}
