package se.dialogcoder.ingest.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.model.TextUnit;

/**
 * Replaces findings with pseudonyms ({@code [Person 1]}, {@code [Telefon 2]} …) in a parsed document, before
 * it is stored. The units are not split again (a pseudonym in a speaker label would no longer look like a
 * label); instead every unit offset is moved by the change in length of the replacements before it, so each
 * unit still covers the same words, and a speaker label that contained a replaced name is replaced in the same
 * way. Findings never span a line break, and units begin and end at line content, so no unit boundary falls
 * inside a finding.
 */
public final class Pseudonymiser {
    /** Gives each value its number; the same kind and value must always get the same number. */
    @FunctionalInterface
    public interface Book {
        int number(PiiKind kind, String value);
    }

    /**
     * One replacement made.
     *
     * @param number the number in the pseudonym
     * @param start where the pseudonym starts in the new text (code points)
     * @param end where it ends (exclusive)
     */
    public record Replacement(PiiFinding finding, int number, String pseudonym, int start, int end) {
    }

    /** The new document and the replacements made in it, in order. */
    public record Result(ParsedDocument document, List<Replacement> replacements) {
        public Result {
            replacements = List.copyOf(replacements);
        }

        public Map<PiiKind, Integer> counts() {
            return PiiReview.count(replacements.stream().map(Replacement::finding).toList());
        }
    }

    private Pseudonymiser() {
    }

    /** The pseudonym text: {@code [Person 1]}, {@code [Telefon 1]}, {@code [E-post 1]}, {@code [Personnummer 1]}. */
    public static String pseudonym(PiiKind kind, int number) {
        return "[" + kind.label() + " " + number + "]";
    }

    /** Replaces the findings the review decided to pseudonymise. */
    public static Result apply(ParsedDocument doc, PiiReview review, Book book) {
        return apply(doc, review.toPseudonymise(), book);
    }

    /**
     * Replaces the given findings (ordered, not overlapping, each matching the document text at its offsets).
     */
    public static Result apply(ParsedDocument doc, List<PiiFinding> findings, Book book) {
        if (findings.isEmpty()) {
            return new Result(doc, List.of());
        }
        int[] cps = doc.text().codePoints().toArray();
        StringBuilder text = new StringBuilder(doc.text().length() + findings.size() * 8);
        List<Replacement> done = new ArrayList<>(findings.size());
        int from = 0;
        int shift = 0;
        for (PiiFinding f : findings) {
            if (f.start() < from || f.end() > cps.length || !new String(cps, f.start(), f.length()).equals(f.text())) {
                throw new IllegalArgumentException("finding " + f + " does not match the text");
            }
            text.append(new String(cps, from, f.start() - from));
            int number = book.number(f.kind(), f.value());
            String pseudonym = pseudonym(f.kind(), number);
            int length = pseudonym.codePointCount(0, pseudonym.length());
            int start = f.start() + shift;
            done.add(new Replacement(f, number, pseudonym, start, start + length));
            text.append(pseudonym);
            shift += length - f.length();
            from = f.end();
        }
        text.append(new String(cps, from, cps.length - from));
        String newText = text.toString();
        Shift map = new Shift(done);
        List<TextUnit> units = new ArrayList<>(doc.units().size());
        int[] newCps = null;
        for (TextUnit u : doc.units()) {
            String speaker = u.speaker();
            if (speaker != null && u.bodyStart() > u.start() && map.touches(u.start(), u.bodyStart())) {
                if (newCps == null) {
                    newCps = newText.codePoints().toArray();
                }
                speaker = newSpeaker(u, cps, newCps, map, done);
            }
            units.add(new TextUnit(u.index(), u.kind(), map.start(u.start()), map.end(u.end()),
                    map.start(u.bodyStart()), speaker, u.startMillis(), u.endMillis()));
        }
        return new Result(new ParsedDocument(newText, units, doc.kind(), doc.dialogueDate()), done);
    }

    /** The speaker label of a unit with the replacements inside it, read from the same place in the new text. */
    private static String newSpeaker(TextUnit u, int[] cps, int[] newCps, Shift map, List<Replacement> done) {
        String label = new String(cps, u.start(), u.bodyStart() - u.start());
        int at = label.indexOf(u.speaker());
        if (at >= 0) {
            int s0 = u.start() + label.codePointCount(0, at);
            int s1 = s0 + u.speaker().codePointCount(0, u.speaker().length());
            if (!map.touches(s0, s1)) {
                return u.speaker();
            }
            int a = map.start(s0);
            return new String(newCps, a, map.end(s1) - a);
        }
        String speaker = u.speaker(); // the label is not written out as such: replace the same words in it
        for (Replacement r : done) {
            speaker = speaker.replace(r.finding().text(), r.pseudonym());
        }
        return speaker;
    }

    /** Maps offsets of the old text to the new one. */
    private static final class Shift {
        private final int[] oldStart;
        private final int[] oldEnd;
        private final int[] newStart;
        private final int[] newEnd;

        Shift(List<Replacement> replacements) {
            int n = replacements.size();
            oldStart = new int[n];
            oldEnd = new int[n];
            newStart = new int[n];
            newEnd = new int[n];
            for (int i = 0; i < n; i++) {
                Replacement r = replacements.get(i);
                oldStart[i] = r.finding().start();
                oldEnd[i] = r.finding().end();
                newStart[i] = r.start();
                newEnd[i] = r.end();
            }
        }

        int start(int p) {
            return map(p, false);
        }

        int end(int p) {
            return map(p, true);
        }

        /** Whether a replacement lies (partly) inside {@code [from, to)}. */
        boolean touches(int from, int to) {
            int k = endedBy(from);
            return k < oldStart.length && oldStart[k] < to;
        }

        private int map(int p, boolean isEnd) {
            int k = endedBy(p);
            if (k < oldStart.length && oldStart[k] < p) {
                return isEnd ? newEnd[k] : newStart[k]; // inside a replacement: snap to its edge
            }
            return k == 0 ? p : p + newEnd[k - 1] - oldEnd[k - 1];
        }

        /** The number of replacements that end at or before {@code p}. */
        private int endedBy(int p) {
            int lo = 0;
            int hi = oldEnd.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (oldEnd[mid] <= p) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
