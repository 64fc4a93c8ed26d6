package se.dialogcoder.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import se.dialogcoder.model.CodePointText;

/**
 * Which stretch of each document's text a retrieval needs, so that an engine reads only that and not every whole
 * text: per document, from the earliest start of a passage's context before it to the latest end of a context
 * after it (code points). The engines read each stretch once (SQL {@code substr}, which counts code points on
 * both engines' text), slice the passages from it with {@link Stretch}, and let it go before the next.
 */
public final class PassageWindows {
    /**
     * One document's stretch {@code [from, to)} in code points ({@code to} may lie past the end of the text; the
     * text read is then shorter) and the positions, in the retrieval's order, of the passages that lie in it.
     */
    public record Window(long documentId, int from, int to, int[] rows) {
        /** How many code points to read from {@link #from()}. */
        public int length() {
            return to - from;
        }
    }

    private PassageWindows() {
    }

    /**
     * The windows of a retrieval's rows, in the order their documents first appear.
     *
     * @param rows the retrieval's rows, in its order
     * @param document a row's document
     * @param start a row's start (code points)
     * @param end a row's end
     * @param context code points of context before and after each passage (negative counts as 0)
     */
    public static <T> List<Window> of(List<T> rows, ToLongFunction<T> document, ToIntFunction<T> start,
                                      ToIntFunction<T> end, int context) {
        int ctx = Math.max(0, context);
        final class Open {
            int from = Integer.MAX_VALUE;
            int to;
            int[] rows = new int[4];
            int n;
        }
        Map<Long, Open> open = new LinkedHashMap<>();
        int i = 0;
        for (T row : rows) {
            Open w = open.computeIfAbsent(document.applyAsLong(row), d -> new Open());
            w.from = Math.min(w.from, Math.max(0, start.applyAsInt(row) - ctx));
            w.to = (int) Math.max(w.to, Math.min(Integer.MAX_VALUE, (long) end.applyAsInt(row) + ctx));
            if (w.n == w.rows.length) {
                w.rows = Arrays.copyOf(w.rows, w.n * 2);
            }
            w.rows[w.n++] = i++;
        }
        List<Window> out = new ArrayList<>(open.size());
        open.forEach((id, w) -> out.add(new Window(id, w.from, Math.max(w.from, w.to),
                Arrays.copyOf(w.rows, w.n))));
        return out;
    }

    /** The text of a window as read, addressed by the document's own code-point offsets. */
    public static final class Stretch {
        private final CodePointText text;
        private final int from;

        /**
         * @param text the document's text from code point {@code from} on (to the window's end or the text's)
         * @param from where {@code text} begins in the document
         */
        public Stretch(String text, int from) {
            this.text = new CodePointText(text);
            this.from = from;
        }

        /** The document's text between two of its code-point offsets, clamped to the text (as a whole text is). */
        public String slice(int start, int end) {
            return text.slice(start - from, end - from);
        }

        /** The {@code context} code points before {@code start} (fewer at the start of the text). */
        public String before(int start, int context) {
            return slice(start - Math.max(0, context), start);
        }

        /** The {@code context} code points after {@code end} (fewer at the end of the text). */
        public String after(int end, int context) {
            return slice(end, (int) Math.min(Integer.MAX_VALUE, (long) end + Math.max(0, context)));
        }
    }
}
