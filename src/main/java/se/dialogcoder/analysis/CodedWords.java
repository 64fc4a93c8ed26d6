package se.dialogcoder.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Texts;

/**
 * Words in coded text, the companion of {@link CodedCharacters}: per group of codes, the words ({@link Texts#countWords}:
 * runs of letters or digits) in the union of the group's spans in one document, so overlapping codings count their
 * common words once. A word cut by the edge of a passage counts as a word.
 */
public final class CodedWords {
    private final Map<Long, long[]> groupsOfCode;
    private final Map<Long, List<long[]>> spans = new HashMap<>();

    /** @param groupsOfCode the groups each code's codings count for (e.g. {@link CountyMatrix#columnGroups}) */
    public CodedWords(Map<Long, long[]> groupsOfCode) {
        this.groupsOfCode = groupsOfCode;
    }

    /** One coded span of the document being counted. */
    public void add(long codeId, int start, int end) {
        for (long g : groupsOfCode.getOrDefault(codeId, new long[0])) {
            spans.computeIfAbsent(g, k -> new ArrayList<>()).add(new long[] {start, end});
        }
    }

    /** The words per group in {@code text} (the document's stored text), then forgets the spans. */
    public Map<Long, Long> count(String text) {
        CodePointText cpt = new CodePointText(text);
        Map<Long, Long> out = new HashMap<>();
        for (Map.Entry<Long, List<long[]>> e : spans.entrySet()) {
            long[][] list = e.getValue().toArray(new long[0][]);
            Arrays.sort(list, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            long words = 0;
            long from = -1;
            long to = -1;
            for (long[] s : list) {
                if (s[0] > to) {
                    if (to > from) {
                        words += Texts.countWords(cpt.slice((int) from, (int) to));
                    }
                    from = s[0];
                    to = s[1];
                } else {
                    to = Math.max(to, s[1]);
                }
            }
            if (to > from) {
                words += Texts.countWords(cpt.slice((int) from, (int) to));
            }
            out.put(e.getKey(), words);
        }
        spans.clear();
        return out;
    }
}
