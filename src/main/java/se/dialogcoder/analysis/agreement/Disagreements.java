package se.dialogcoder.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.model.Span;

/**
 * Where two coders differ in their coding of one code in one document, at the character level (the level of
 * {@link CodedText#characters}): every stretch that one coder coded and the other did not. Stretches are merged into
 * <b>passages</b>: a passage is a connected stretch of text that either coder coded (overlapping or touching codings
 * of both coders together), kept when the two coders did not code exactly the same characters in it. A passage both
 * coded identically is agreement and is not listed.
 */
public final class Disagreements {
    private Disagreements() {
    }

    /** How the coders differ in a passage. */
    public enum Kind {
        /** Only the first coder coded anything in the passage. */
        ONLY_FIRST,
        /** Only the second coder coded anything in the passage. */
        ONLY_SECOND,
        /** Both coded part of it, with different boundaries. */
        BOUNDARIES
    }

    /**
     * One passage where the coders differ.
     *
     * @param passage the connected stretch either coder coded
     * @param first the first coder's coded stretches in it (sorted, disjoint)
     * @param second the second coder's coded stretches in it (sorted, disjoint)
     * @param onlyFirst characters coded by the first coder and not the second
     * @param onlySecond characters coded by the second coder and not the first
     */
    public record Passage(Span passage, List<Span> first, List<Span> second, int onlyFirst, int onlySecond) {
        public Passage {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }

        public Kind kind() {
            return second.isEmpty() ? Kind.ONLY_FIRST : first.isEmpty() ? Kind.ONLY_SECOND : Kind.BOUNDARIES;
        }
    }

    /**
     * The passages where two coders' codings differ, in text order.
     *
     * @param first the first coder's codings of the code (any order, may overlap)
     * @param second the second coder's codings of the code
     */
    public static List<Passage> between(List<Span> first, List<Span> second) {
        List<Span> a = CodedText.merge(first, Integer.MAX_VALUE);
        List<Span> b = CodedText.merge(second, Integer.MAX_VALUE);
        List<Span> all = new ArrayList<>(a);
        all.addAll(b);
        List<Passage> out = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (Span component : CodedText.merge(all, Integer.MAX_VALUE)) {
            List<Span> inA = new ArrayList<>();
            while (ia < a.size() && a.get(ia).start() < component.end()) {
                inA.add(a.get(ia++));
            }
            List<Span> inB = new ArrayList<>();
            while (ib < b.size() && b.get(ib).start() < component.end()) {
                inB.add(b.get(ib++));
            }
            if (inA.equals(inB)) {
                continue;
            }
            int both = intersection(inA, inB);
            out.add(new Passage(component, inA, inB, length(inA) - both, length(inB) - both));
        }
        return out;
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            n += s.length();
        }
        return n;
    }

    /** Characters covered by both lists of sorted disjoint spans. */
    private static int intersection(List<Span> a, List<Span> b) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Span x = a.get(i);
            Span y = b.get(j);
            n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            if (x.end() <= y.end()) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
