package se.dialogcoder.analysis;

import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.model.Span;

/** Unions of spans: coded characters counted once however many codings overlap. */
public final class Intervals {
    private Intervals() {
    }

    /** Length of the union of the spans (any order). */
    public static long unionLength(List<Span> spans) {
        if (spans.isEmpty()) {
            return 0;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        long total = 0;
        int reach = Integer.MIN_VALUE;
        for (Span s : sorted) {
            int from = Math.max(s.start(), reach);
            if (s.end() > from) {
                total += s.end() - from;
            }
            reach = Math.max(reach, s.end());
        }
        return total;
    }

    /** The union as disjoint spans in order (touching spans are joined). */
    public static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
