package se.dialogcoder.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.model.UserMessage;

/**
 * Works out how one source's positions are counted (see {@link OffsetCounting}). The candidates are both units,
 * and — only where the text has them — a byte order mark counted or not and CR LF as two or one, each part forced
 * when the user chose it. The evidence is the text itself: a selection's {@code name} usually holds the start of
 * its quote (NVivo, MAXQDA, QualCoder write it; sometimes cut, with "…", whitespace collapsed), so each candidate
 * scores the selections whose name matches the text where it puts them. The best candidate wins; the origin's
 * counting ({@link OffsetCounting#forOrigin}), then the standard, break ties. Without names, or when every
 * candidate gives the same positions, there is nothing to check and the origin's counting (else the standard) is
 * used.
 *
 * <p>The positions fit no counting when names are there but the best candidate matches fewer than
 * {@value #FIT_PERCENT}% of them, or when a name the best candidate misses matches under another candidate (the
 * file mixes countings). Then, unless the user chose the counting, nothing may be imported.
 */
final class OffsetCheck {
    static final int FIT_PERCENT = 80;
    private static final int MIN_NAME = 3;

    /** A selection as the file gives it: positions (null when unreadable) and name (null when none). */
    record Selection(Integer start, Integer end, String name) {
    }

    /**
     * The outcome for a source.
     *
     * @param map the file's positions → code points of the original text, for the chosen counting
     * @param counting the counting chosen (the best, even when it does not fit)
     * @param fits whether it may be used
     * @param said the counting and its evidence in words, for the report; when it does not fit, the reason;
     *             null when the source has no selections (nothing to count)
     */
    record Result(OffsetCounting counting, OffsetMap map, boolean fits, UserMessage said) {
    }

    private OffsetCheck() {
    }

    static Result check(String original, TextRemap remap, List<Selection> selections, String origin,
                        OffsetChoice choice, int codings) {
        int[] cps = original.codePoints().toArray();
        if (selections.isEmpty()) {
            return new Result(OffsetCounting.STANDARD, OffsetMap.of(cps, OffsetCounting.STANDARD), true, null);
        }
        boolean hasBom = cps.length > 0 && cps[0] == 0xFEFF;
        boolean hasCrlf = original.contains("\r\n");
        OffsetCounting known = OffsetCounting.forOrigin(origin);
        OffsetCounting prior = known == null ? OffsetCounting.STANDARD : known;
        List<OffsetCounting> candidates = candidates(prior, choice, hasBom, hasCrlf);

        String stored = remap.text();
        int[] charAt = charIndexes(stored);
        List<String> names = new ArrayList<>();
        for (Selection s : selections) {
            names.add(usableName(s.name()));
        }
        int named = (int) names.stream().filter(n -> n != null).count();
        int k = candidates.size();
        long[][] starts = new long[k][selections.size()];
        boolean[][] hit = new boolean[k][selections.size()];
        int[] score = new int[k];
        OffsetMap[] maps = new OffsetMap[k];
        for (int c = 0; c < k; c++) {
            maps[c] = OffsetMap.of(cps, candidates.get(c));
            for (int i = 0; i < selections.size(); i++) {
                Selection s = selections.get(i);
                starts[c][i] = -1;
                if (s.start() == null || s.start() < 0 || s.start() >= maps[c].length()) {
                    continue;
                }
                int at = remap.start(maps[c].start(s.start()));
                int end = s.end() == null || s.end() < s.start() ? at
                        : remap.end(maps[c].end(Math.min(s.end(), maps[c].length())));
                starts[c][i] = ((long) at << 32) | end;
                if (names.get(i) != null && matches(stored, charAt[at], names.get(i))) {
                    hit[c][i] = true;
                    score[c]++;
                }
            }
        }
        boolean allSame = true;
        for (int c = 1; c < k && allSame; c++) {
            allSame = java.util.Arrays.equals(starts[0], starts[c]);
        }
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (score[c] > score[best]) {
                best = c;
            }
        }
        OffsetCounting chosen = candidates.get(best);
        UserMessage how = chosen.describe(hasBom, hasCrlf);
        int m = score[best];
        UserMessage evidence;
        if (choice.explicit()) {
            evidence = named == 0 ? UserMessage.of("refi.offsets.chosen", "chosen by the user")
                    : UserMessage.of("refi.offsets.chosenChecked",
                            "chosen by the user; {0,number,#} of {1,number,#} selection names match the text", m, named);
        } else if (allSame) {
            evidence = named == 0 ? UserMessage.of("refi.offsets.sameNoNames",
                    "no check possible: every counting gives the same positions here")
                    : UserMessage.of("refi.offsets.same", "no check possible: every counting gives the same "
                            + "positions here; {0,number,#} of {1,number,#} selection names match the text", m, named);
        } else if (named == 0) {
            evidence = known == null ? UserMessage.of("refi.offsets.noNamesStandard",
                    "no check possible: the selections have no names; the standard counting is used")
                    : UserMessage.of("refi.offsets.noNamesOrigin", "no check possible: the selections have no "
                            + "names; the counting of \"{0}\" is used", origin.strip());
        } else {
            evidence = UserMessage.of("refi.offsets.checked", "checked against {0,number,#} of {1,number,#} selection names", m, named);
        }
        if (choice.explicit() || allSame || named == 0) {
            return new Result(chosen, maps[best], true, UserMessage.of("refi.offsets.note",
                    "positions counted as {0} ({1})", how, evidence));
        }
        int[] explains = new int[k]; // of the names the best one misses, how many each other candidate matches
        for (int i = 0; i < selections.size(); i++) {
            for (int c = 0; c < k && !hit[best][i]; c++) {
                if (hit[c][i] && starts[c][i] != starts[best][i]) {
                    explains[c]++;
                }
            }
        }
        int conflictWith = -1;
        for (int c = 0; c < k; c++) {
            if (explains[c] > 0 && (conflictWith < 0 || explains[c] > explains[conflictWith])) {
                conflictWith = c;
            }
        }
        int others = conflictWith < 0 ? 0 : explains[conflictWith];
        if (conflictWith < 0 && m * 100 >= named * FIT_PERCENT) {
            return new Result(chosen, maps[best], true, UserMessage.of("refi.offsets.note",
                    "positions counted as {0} ({1})", how, evidence));
        }
        UserMessage of = UserMessage.of("refi.offsets.of", "{0,number,#} of {1,number,#}", m, named);
        UserMessage problem = conflictWith >= 0
                ? UserMessage.of("refi.offsets.conflict", "its positions fit no single counting: counted as {0}, "
                        + "{1} selection names match the text, but {2,number,#} other(s) match only when counted as "
                        + "{3}", how, of, others, candidates.get(conflictWith).describe(hasBom, hasCrlf))
                : UserMessage.of("refi.offsets.noFit", "its positions fit no counting: at best (counted as {0}) "
                        + "{1} selection names match the text at their positions", how, of);
        problem = UserMessage.of("refi.offsets.affected", "{0}; {1,number,#} coding(s) would land on other words",
                problem, codings);
        return new Result(chosen, maps[best], false, problem);
    }

    /** The countings to try, most likely first: the prior's value of each part before the other. */
    private static List<OffsetCounting> candidates(OffsetCounting prior, OffsetChoice choice, boolean hasBom,
                                                   boolean hasCrlf) {
        List<OffsetUnit> units = choice.unit() != null ? List.of(choice.unit())
                : List.of(prior.unit(), prior.unit() == OffsetUnit.UTF16 ? OffsetUnit.CODE_POINTS : OffsetUnit.UTF16);
        List<Boolean> boms = choice.bomCounted() != null ? List.of(choice.bomCounted())
                : hasBom ? List.of(prior.bomCounted(), !prior.bomCounted()) : List.of(prior.bomCounted());
        List<Boolean> crlfs = choice.crlfAsTwo() != null ? List.of(choice.crlfAsTwo())
                : hasCrlf ? List.of(prior.crlfAsTwo(), !prior.crlfAsTwo()) : List.of(prior.crlfAsTwo());
        List<OffsetCounting> out = new ArrayList<>();
        for (OffsetUnit u : units) {
            for (boolean b : boms) {
                for (boolean c : crlfs) {
                    out.add(new OffsetCounting(u, b, c));
                }
            }
        }
        return out;
    }

    /** The char index of each code point of the text, and its length at the end. */
    private static int[] charIndexes(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int i = 0;
        int k = 0;
        while (i < text.length()) {
            out[k++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        out[k] = text.length();
        return out;
    }

    /**
     * A name as the start of a quote: NFC, without a trailing "…" and trailing whitespace (leading whitespace is
     * kept: it says the selection starts at a space); null when too short to tell.
     */
    static String usableName(String name) {
        if (name == null) {
            return null;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).replace("\u00AD", "").stripTrailing();
        while (n.endsWith("…") || n.endsWith("...")) {
            n = n.substring(0, n.length() - (n.endsWith("…") ? 1 : 3)).stripTrailing();
        }
        return n.strip().codePointCount(0, n.strip().length()) < MIN_NAME ? null : n;
    }

    /**
     * Whether the text at a char index begins with the name, any run of whitespace matching any other (names are
     * written with whitespace collapsed).
     */
    static boolean matches(String text, int from, String name) {
        int i = from;
        int j = 0;
        while (j < name.length()) {
            char c = name.charAt(j);
            if (space(c)) {
                if (i >= text.length() || !space(text.charAt(i))) {
                    return false;
                }
                while (j < name.length() && space(name.charAt(j))) {
                    j++;
                }
                while (i < text.length() && space(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (i >= text.length() || text.charAt(i) != c) {
                return false;
            }
            i++;
            j++;
        }
        return true;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
