package se.dialogcoder.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Coded characters per document and group of codes, each character counted once however many codings of the
 * group cover it (the union of their spans). Spans are fed in document order (any order within a document),
 * as {@code store} reads them; a group is a code, a code with its sub-codes, a theme, or {@link #ANY}.
 */
public final class CodedCharacters {
    /** The group of all codes together. */
    public static final long ANY = -1;
    private final LongFunction<long[]> groupsOf;
    private final Map<Long, long[]> groupCache = new HashMap<>();
    private final Map<Long, Map<Long, Long>> result = new HashMap<>();
    private final Map<Long, Packed> open = new HashMap<>();
    private long document = Long.MIN_VALUE;

    /** @param groupsOf the groups a code's codings count for */
    public CodedCharacters(LongFunction<long[]> groupsOf) {
        this.groupsOf = groupsOf;
    }

    /** Each code on its own. */
    public static CodedCharacters perCode() {
        return new CodedCharacters(code -> new long[] {code});
    }

    /** Each code together with its sub-codes: a coding counts for its code and every ancestor. */
    public static CodedCharacters withSubcodes(CodeTree tree) {
        return new CodedCharacters(code -> tree.selfAndAncestors(code).stream().mapToLong(Long::longValue).toArray());
    }

    /** Given groups (e.g. the themes of a matrix) and {@link #ANY}. */
    public static CodedCharacters groups(Map<Long, long[]> groupsOfCode) {
        return new CodedCharacters(code -> {
            long[] g = groupsOfCode.getOrDefault(code, new long[0]);
            long[] withAny = Arrays.copyOf(g, g.length + 1);
            withAny[g.length] = ANY;
            return withAny;
        });
    }

    /** One coded span; documents must come one after another. */
    public void add(long documentId, long codeId, int start, int end) {
        if (documentId != document) {
            flush();
            document = documentId;
        }
        long[] groups = groupCache.computeIfAbsent(codeId, groupsOf::apply);
        long packed = ((long) start << 32) | (end & 0xffffffffL);
        for (long g : groups) {
            open.computeIfAbsent(g, k -> new Packed()).add(packed);
        }
    }

    /** Characters per document id, then per group. */
    public Map<Long, Map<Long, Long>> result() {
        flush();
        return result;
    }

    private void flush() {
        if (open.isEmpty()) {
            return;
        }
        Map<Long, Long> perGroup = result.computeIfAbsent(document, k -> new HashMap<>());
        for (Map.Entry<Long, Packed> e : open.entrySet()) {
            perGroup.merge(e.getKey(), e.getValue().unionLength(), Long::sum);
        }
        open.clear();
    }

    /** Spans packed as start (high 32 bits) and end (low 32 bits), so sorting orders them by start. */
    private static final class Packed {
        private long[] values = new long[8];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long unionLength() {
            Arrays.sort(values, 0, size);
            long total = 0;
            long reach = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                long start = values[i] >>> 32;
                long end = values[i] & 0xffffffffL;
                long from = Math.max(start, reach);
                if (end > from) {
                    total += end - from;
                }
                reach = Math.max(reach, end);
            }
            return total;
        }
    }
}
