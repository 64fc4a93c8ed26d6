package se.dialogcoder.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.dialogcoder.model.Code;

/**
 * Theme co-occurrence: how often two different codes meet. Two ways of meeting:
 * <ul>
 *   <li>{@link Mode#OVERLAP}: the number of pairs of codings, one of each code, whose spans overlap in the same
 *   document;</li>
 *   <li>{@link Mode#UNIT}: the number of text units (speaker turns or paragraphs) that both codes touch.</li>
 * </ul>
 * With {@code themes}, codes count as their top-level theme. A code never co-occurs with itself: the diagonal
 * is 0.
 */
public final class Cooccurrence {
    /** How codes meet. */
    public enum Mode { OVERLAP, UNIT }

    /** One non-zero cell. */
    public record Pair(Code a, Code b, int count) {
    }

    private final CodeTree tree;
    private final boolean themes;
    private final Map<Long, Map<Long, Integer>> counts = new HashMap<>();
    private long unit = Long.MIN_VALUE;
    private final Set<Long> unitCodes = new LinkedHashSet<>();

    public Cooccurrence(CodeTree tree, boolean themes) {
        this.tree = tree;
        this.themes = themes;
    }

    private long group(long code) {
        return themes ? tree.rootOf(code) : code;
    }

    /** Adds {@code n} overlapping pairs of codings of two codes (in either order). */
    public void addPairs(long codeA, long codeB, int n) {
        long a = group(codeA);
        long b = group(codeB);
        if (a != b) {
            add(a, b, n);
        }
    }

    /** Adds that a code touches a text unit; units must come one after another. */
    public void addUnitCode(long unitId, long codeId) {
        if (unitId != unit) {
            flushUnit();
            unit = unitId;
        }
        unitCodes.add(group(codeId));
    }

    private void flushUnit() {
        List<Long> codes = new ArrayList<>(unitCodes);
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                add(codes.get(i), codes.get(j), 1);
            }
        }
        unitCodes.clear();
    }

    private void add(long a, long b, int n) {
        counts.computeIfAbsent(Math.min(a, b), k -> new HashMap<>()).merge(Math.max(a, b), n, Integer::sum);
    }

    /** The count for two codes (symmetric; 0 on the diagonal). */
    public int count(long codeA, long codeB) {
        flushUnit();
        return counts.getOrDefault(Math.min(codeA, codeB), Map.of()).getOrDefault(Math.max(codeA, codeB), 0);
    }

    /** The non-zero pairs, in codebook order of the first code, then of the second. */
    public List<Pair> pairs() {
        flushUnit();
        List<Code> order = codes();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                int n = count(order.get(i).id(), order.get(j).id());
                if (n > 0) {
                    out.add(new Pair(order.get(i), order.get(j), n));
                }
            }
        }
        return out;
    }

    /** The codes (or themes) that co-occur with at least one other, in codebook order. */
    public List<Code> codes() {
        flushUnit();
        Set<Long> present = new java.util.HashSet<>();
        counts.forEach((a, m) -> m.forEach((b, n) -> {
            if (n > 0) {
                present.add(a);
                present.add(b);
            }
        }));
        List<Code> out = new ArrayList<>();
        for (Code c : themes ? tree.roots() : tree.all()) {
            if (present.contains(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    public String label(Code code) {
        return tree.path(code.id());
    }
}
