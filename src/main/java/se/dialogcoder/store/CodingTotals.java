package se.dialogcoder.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The aggregates an engine keeps on write, and how a document's codings contribute to them. They are kept per
 * stratum (county, document kind, round), code and coder, so that reading them costs counties × codes, not
 * codings. An engine folds in changed documents by subtracting their contribution before the change and adding
 * their contribution after it; {@link #add} computes either, with a sign, and collects the differences.
 *
 * <p>Per stratum, code and coder ({@link #ALL_CODERS} = every coder, {@link #ANY_CODE} = every code):
 * <ul>
 *   <li>{@code segments}, {@code characters}, {@code documents}: the codings of exactly that code — their number,
 *   the characters they cover (the union of their spans in each document, summed over documents), the documents
 *   with at least one;</li>
 *   <li>{@code tree…}: the same for the code together with its sub-codes (for {@link #ANY_CODE}, equal to the
 *   plain figures).</li>
 * </ul>
 * Per stratum, coder and pair of different codes ({@code a < b}), three kinds of meeting: pairs of overlapping
 * codings ({@link PairKind#OVERLAP}), text units both codes touch ({@link PairKind#UNIT}) and text units both
 * top-level themes touch ({@link PairKind#UNIT_THEME}). For one coder, only pairs of that coder's codings.
 */
public final class CodingTotals {
    /** The coder id that stands for every coder together. */
    public static final long ALL_CODERS = 0;
    /** The code id that stands for every code together. */
    public static final long ANY_CODE = se.dialogcoder.model.CodeTotal.ANY_CODE;

    /** Where a document counts: county code ("" = unknown), kind id, round ("" = none). */
    public record Stratum(String county, String kind, String round) {
        public Stratum {
            county = county == null ? "" : county;
            round = round == null ? "" : round;
        }
    }

    /**
     * A coding as the totals see it.
     *
     * @param changed whether the coding is one of those changed since the totals were last brought up to date
     */
    public record Span(long code, long coder, int start, int end, boolean changed) {
    }

    /**
     * What a change to some codings of one document can alter: the codes on their chains, their coders, the text
     * units they touch. Outside it the document's contribution before and after the change is the same, so only
     * the part inside is subtracted and added ({@link #focus}).
     */
    public static final class Focus {
        private final Set<Long> nodes = new java.util.HashSet<>();
        private final Set<Long> coders = new java.util.HashSet<>();
        private final Set<Integer> units = new java.util.HashSet<>();
        /** The stretch of text holding the changed codings and the units they touch. */
        private int from = Integer.MAX_VALUE;
        private int to = Integer.MIN_VALUE;

        /** Whether a coding meets the stretch: codings that do not count the same before and after. */
        private boolean meets(Span s) {
            return s.end() > from && s.start() < to;
        }
    }

    /** How two codes meet. */
    public enum PairKind { OVERLAP, UNIT, UNIT_THEME }

    public record CodeKey(Stratum stratum, long code, long coder) {
    }

    public record PairKey(Stratum stratum, PairKind kind, long codeA, long codeB, long coder) {
    }

    /** Indexes of the measures in a code total's array. */
    public static final int SEGMENTS = 0, CHARACTERS = 1, DOCUMENTS = 2, TREE_SEGMENTS = 3, TREE_CHARACTERS = 4,
            TREE_DOCUMENTS = 5, MEASURES = 6;

    /** An odd constant and its inverse modulo 2^64: packed pairs are spread over the hash table and restored. */
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long UNMIX = inverse(MIX);
    private final Map<Long, Long> parents;
    private final Map<Long, long[]> chains = new HashMap<>();
    private final Map<CodeKey, long[]> codes = new HashMap<>();
    /** Pair counts per stratum and coder, keyed by the packed (kind, code a, code b), spread by {@link #MIX}. */
    private final Map<Stratum, Map<Long, LongTally>> pairs = new HashMap<>();

    /** @param parents every code's parent id (null for a top-level code) */
    public CodingTotals(Map<Long, Long> parents) {
        this.parents = parents;
    }

    /** The code and its ancestors, the code first. */
    private long[] chain(long code) {
        return chains.computeIfAbsent(code, k -> {
            List<Long> out = new ArrayList<>();
            Set<Long> seen = new java.util.HashSet<>();
            for (Long c = k; c != null && seen.add(c); c = parents.get(c)) {
                out.add(c);
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        });
    }

    /**
     * What the changed codings of a document (as they were and as they are) can alter, when the document's
     * stratum and units stayed as they were.
     */
    public Focus focus(List<Span> changed, int[][] units) {
        Focus f = new Focus();
        for (Span s : changed) {
            for (long c : chain(s.code())) {
                f.nodes.add(c);
            }
            f.coders.add(s.coder());
            touched(s, units, f.units::add);
            f.from = Math.min(f.from, s.start());
            f.to = Math.max(f.to, s.end());
        }
        for (int u : f.units) {
            f.from = Math.min(f.from, units[u][0]);
            f.to = Math.max(f.to, units[u][1]);
        }
        return f;
    }

    /**
     * Adds ({@code sign} 1) or subtracts ({@code sign} -1) one document's contribution.
     *
     * @param codings the document's codings
     * @param units the document's text units as {start, end} pairs, ordered by start
     */
    public void add(Stratum stratum, List<Span> codings, int[][] units, int sign) {
        add(stratum, codings, units, sign, null);
    }

    /**
     * Adds or subtracts the part of one document's contribution inside a focus (null = all of it). Subtracting
     * the part before a change and adding it after gives the same totals as for the whole document.
     */
    public void add(Stratum stratum, List<Span> codings, int[][] units, int sign, Focus focus) {
        if (codings.isEmpty()) {
            return;
        }
        // in order of start once (stable), so that every union and overlap below sorts lists already in order
        List<Span> sorted = new ArrayList<>(codings);
        sorted.sort(Comparator.comparingInt(Span::start));
        Map<Long, List<Span>> byCoder = new java.util.TreeMap<>();
        for (Span s : sorted) {
            byCoder.computeIfAbsent(s.coder(), k -> new ArrayList<>()).add(s);
        }
        addVariant(stratum, ALL_CODERS, sorted, units, sign, focus);
        for (Map.Entry<Long, List<Span>> e : byCoder.entrySet()) {
            if (focus == null || focus.coders.contains(e.getKey())) {
                addVariant(stratum, e.getKey(), e.getValue(), units, sign, focus);
            }
        }
    }

    /**
     * One coder's (or all coders') part. With a focus, only the codings that meet its stretch of text are counted
     * in full: the others count the same before and after the change (their segments and covered characters
     * outside the stretch cancel out), except that they keep a code present in the document, which is noted.
     */
    private void addVariant(Stratum stratum, long coder, List<Span> all0, int[][] units, int sign, Focus focus) {
        List<Span> codings = all0;
        Set<Long> ownElsewhere = Set.of();
        Set<Long> treeElsewhere = Set.of();
        if (focus != null) {
            codings = new ArrayList<>();
            ownElsewhere = new java.util.HashSet<>();
            treeElsewhere = new java.util.HashSet<>();
            for (Span s : all0) {
                if (focus.meets(s)) {
                    codings.add(s);
                    continue;
                }
                if (focus.nodes.contains(s.code())) {
                    ownElsewhere.add(s.code());
                }
                for (long c : chain(s.code())) {
                    if (focus.nodes.contains(c)) {
                        treeElsewhere.add(c);
                    }
                }
            }
        }
        Map<Long, List<int[]>> own = new HashMap<>();
        Map<Long, List<int[]>> tree = new HashMap<>();
        List<int[]> all = new ArrayList<>();
        for (Span s : codings) {
            int[] span = {s.start(), s.end()};
            if (focus == null || focus.nodes.contains(s.code())) {
                own.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(span);
            }
            for (long c : chain(s.code())) {
                if (focus == null || focus.nodes.contains(c)) {
                    tree.computeIfAbsent(c, k -> new ArrayList<>()).add(span);
                }
            }
            all.add(span);
        }
        Set<Long> nodes = new java.util.HashSet<>(tree.keySet());
        nodes.addAll(treeElsewhere);
        for (long node : nodes) {
            long[] m = codes.computeIfAbsent(new CodeKey(stratum, node, coder), k -> new long[MEASURES]);
            List<int[]> mine = own.get(node);
            if (mine != null) {
                m[SEGMENTS] += sign * (long) mine.size();
                m[CHARACTERS] += sign * union(mine);
            }
            if (mine != null || ownElsewhere.contains(node)) {
                m[DOCUMENTS] += sign;
            }
            List<int[]> below = tree.get(node);
            if (below != null) {
                m[TREE_SEGMENTS] += sign * (long) below.size();
                m[TREE_CHARACTERS] += sign * union(below);
            }
            m[TREE_DOCUMENTS] += sign;
        }
        long[] any = codes.computeIfAbsent(new CodeKey(stratum, ANY_CODE, coder), k -> new long[MEASURES]);
        long covered = union(all);
        any[SEGMENTS] += sign * (long) all.size();
        any[CHARACTERS] += sign * covered;
        any[DOCUMENTS] += sign;
        any[TREE_SEGMENTS] += sign * (long) all.size();
        any[TREE_CHARACTERS] += sign * covered;
        any[TREE_DOCUMENTS] += sign;
        LongTally tally = pairs.computeIfAbsent(stratum, k -> new HashMap<>())
                .computeIfAbsent(coder, k -> new LongTally());
        overlaps(codings, tally, sign, focus != null);
        unitPairs(codings, units, tally, sign, focus == null ? null : focus.units);
    }

    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 6; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    /** One meeting of codes {@code a} and {@code b} (any order) into a document's own tally. */
    private static void meet(LongTally tally, PairKind kind, long a, long b, int sign) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        if (hi > 0x7fff_ffffL) {
            throw new IllegalArgumentException("code id out of range: " + hi);
        }
        long packed = ((long) kind.ordinal() << 62) | (lo << 31) | hi;
        tally.add(packed * MIX, sign);
    }

    /** Characters covered by the spans (each counted once); sorts the list. */
    private static long union(List<int[]> spans) {
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
        long total = 0;
        int from = -1;
        int to = -1;
        for (int[] s : spans) {
            if (s[0] > to) {
                total += to - from;
                from = s[0];
                to = s[1];
            } else if (s[1] > to) {
                to = s[1];
            }
        }
        return total + (to - from);
    }

    /**
     * Pairs of codings whose spans overlap (the later-starting one starts inside the other), codes different; with
     * {@code changedOnly}, only the pairs with at least one changed coding (found from the changed codings alone).
     */
    private static void overlaps(List<Span> codings, LongTally tally, int sign, boolean changedOnly) {
        Span[] sorted = codings.toArray(new Span[0]);
        Arrays.sort(sorted, Comparator.comparingInt(Span::start));
        for (int i = 0; i < sorted.length; i++) {
            Span a = sorted[i];
            if (changedOnly && !a.changed()) {
                continue;
            }
            for (int j = i + 1; j < sorted.length && sorted[j].start() < a.end(); j++) {
                if (sorted[j].code() != a.code()) {
                    meet(tally, PairKind.OVERLAP, a.code(), sorted[j].code(), sign);
                }
            }
            if (changedOnly) { // the pairs with an unchanged coding before it (a changed one counted them itself)
                for (int j = 0; j < i; j++) {
                    Span b = sorted[j];
                    if (!b.changed() && a.start() < b.end() && b.code() != a.code()) {
                        meet(tally, PairKind.OVERLAP, b.code(), a.code(), sign);
                    }
                }
            }
        }
    }

    /**
     * Text units touched by each coding: units overlapping it that start no earlier than the unit its start lies
     * in (the rule of the engines' unit queries); then each pair of codes and of themes per unit.
     */
    private void unitPairs(List<Span> codings, int[][] units, LongTally tally, int sign, Set<Integer> only) {
        if (units.length == 0 || only != null && only.isEmpty()) {
            return;
        }
        // a coding can touch one of the units looked at only if it overlaps the stretch they span
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        if (only != null) {
            from = Integer.MAX_VALUE;
            to = Integer.MIN_VALUE;
            for (int u : only) {
                from = Math.min(from, units[u][0]);
                to = Math.max(to, units[u][1]);
            }
        }
        Map<Integer, Set<Long>> byUnit = new HashMap<>();
        for (Span s : codings) {
            if (s.end() <= from || s.start() >= to) {
                continue;
            }
            touched(s, units, u -> {
                if (only == null || only.contains(u)) {
                    byUnit.computeIfAbsent(u, k -> new LinkedHashSet<>()).add(s.code());
                }
            });
        }
        for (Set<Long> present : byUnit.values()) {
            Long[] cs = present.toArray(new Long[0]);
            for (int i = 0; i < cs.length; i++) {
                for (int j = i + 1; j < cs.length; j++) {
                    meet(tally, PairKind.UNIT, cs[i], cs[j], sign);
                }
            }
            Set<Long> themes = new TreeSet<>();
            for (long c : cs) {
                long[] ch = chain(c);
                themes.add(ch[ch.length - 1]);
            }
            Long[] ts = themes.toArray(new Long[0]);
            for (int i = 0; i < ts.length; i++) {
                for (int j = i + 1; j < ts.length; j++) {
                    meet(tally, PairKind.UNIT_THEME, ts[i], ts[j], sign);
                }
            }
        }
    }

    /**
     * The units a coding touches: those overlapping it that start no earlier than the unit its start lies in
     * (the rule of the engines' unit queries).
     */
    private static void touched(Span s, int[][] units, java.util.function.IntConsumer sink) {
        int floor = 0;
        int lo = 0;
        int hi = units.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (units[mid][0] <= s.start()) {
                floor = units[mid][0];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int u = lowerBound(units, floor); u < units.length && units[u][0] < s.end(); u++) {
            if (units[u][1] > s.start() && units[u][0] >= floor) {
                sink.accept(u);
            }
        }
    }

    /** The first unit whose start is at least {@code start}. */
    private static int lowerBound(int[][] units, int start) {
        int lo = 0;
        int hi = units.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units[mid][0] < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The code totals' differences collected so far (only those not all zero). */
    public Map<CodeKey, long[]> codeDeltas() {
        Map<CodeKey, long[]> out = new HashMap<>();
        codes.forEach((k, v) -> {
            if (Arrays.stream(v).anyMatch(x -> x != 0)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The pair counts' differences collected so far (only those not zero). */
    public Map<PairKey, Long> pairDeltas() {
        Map<PairKey, Long> out = new HashMap<>();
        pairs.forEach((stratum, byCoder) -> byCoder.forEach((coder, tally) -> tally.forEach((mixed, n) -> {
            if (n != 0) {
                long packed = mixed * UNMIX;
                PairKind kind = PairKind.values()[(int) (packed >>> 62)];
                out.put(new PairKey(stratum, kind, (packed >>> 31) & 0x7fff_ffffL, packed & 0x7fff_ffffL, coder),
                        n);
            }
        })));
        return out;
    }
}
