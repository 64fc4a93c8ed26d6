package se.dialogcoder.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

/**
 * How much text around a search hit an auto-coding takes.
 * <ul>
 *   <li>{@code MATCH}: the hit itself;</li>
 *   <li>{@code SENTENCE}: the sentence around it, within its paragraph or turn (a sentence ends at . ! ? or …
 *   followed by a space and not by a lower-case letter, so "t.ex. skolan" stays one sentence; and at a line
 *   break);</li>
 *   <li>{@code PARAGRAPH}: the text unit (paragraph or speaker turn) around it, without the speaker label and
 *   timestamp;</li>
 *   <li>{@code TURN}: the speaker turn around it, without label and timestamp; a hit outside any speaker turn
 *   gives nothing.</li>
 * </ul>
 */
public enum AutoCodeScope {
    MATCH, SENTENCE, PARAGRAPH, TURN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AutoCodeScope> parse(String s) {
        for (AutoCodeScope v : values()) {
            if (v.id().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The span to code for a hit.
     *
     * @param units the document's text units in order
     * @return empty when the scope does not apply (a {@code TURN} for a hit outside speaker turns)
     */
    public Optional<Span> expand(CodePointText text, List<TextUnit> units, Span hit) {
        TextUnit unit = unitAt(units, hit.start());
        return switch (this) {
            case MATCH -> Optional.of(hit);
            case PARAGRAPH -> Optional.of(unit == null ? line(text, hit) : body(unit, hit));
            case TURN -> unit != null && unit.kind() == UnitKind.TURN ? Optional.of(body(unit, hit))
                    : Optional.empty();
            case SENTENCE -> Optional.of(sentence(text, unit == null ? line(text, hit) : body(unit, hit), hit));
        };
    }

    /** The unit containing an offset, or null. */
    static TextUnit unitAt(List<TextUnit> units, int offset) {
        int lo = 0;
        int hi = units.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextUnit u = units.get(mid);
            if (offset < u.start()) {
                hi = mid - 1;
            } else if (offset >= u.end()) {
                lo = mid + 1;
            } else {
                return u;
            }
        }
        return null;
    }

    /** The unit's words; a hit inside the label (a speaker named in the search) takes the whole unit. */
    private static Span body(TextUnit unit, Span hit) {
        int start = hit.start() >= unit.bodyStart() ? unit.bodyStart() : unit.start();
        return new Span(start, Math.max(unit.end(), hit.end()));
    }

    /** The line around a hit that lies outside every unit (should not happen with stored units). */
    private static Span line(CodePointText text, Span hit) {
        int s = hit.start();
        while (s > 0 && text.codePointAt(s - 1) != '\n') {
            s--;
        }
        int e = hit.end();
        while (e < text.length() && text.codePointAt(e) != '\n') {
            e++;
        }
        return new Span(s, e);
    }

    private static Span sentence(CodePointText text, Span bounds, Span hit) {
        int s = hit.start();
        while (s > bounds.start() && !endsSentenceBefore(text, s, bounds)) {
            s--;
        }
        while (s < hit.start() && Character.isWhitespace(text.codePointAt(s))) {
            s++;
        }
        int e = Math.max(hit.end(), s);
        while (e < bounds.end() && !endsSentenceBefore(text, e, bounds)) {
            e++;
        }
        while (e > hit.end() && Character.isWhitespace(text.codePointAt(e - 1))) {
            e--;
        }
        return new Span(s, Math.max(e, hit.end()));
    }

    /** Whether a sentence ends just before {@code at} (after its closing punctuation and a space). */
    private static boolean endsSentenceBefore(CodePointText text, int at, Span bounds) {
        int prev = text.codePointAt(at - 1);
        if (prev == '\n') {
            return true;
        }
        if (!Character.isWhitespace(prev)) {
            return false;
        }
        int p = at - 1;
        while (p > bounds.start() && Character.isWhitespace(text.codePointAt(p - 1)) && text.codePointAt(p - 1) != '\n') {
            p--;
        }
        if (p <= bounds.start()) {
            return false;
        }
        while (p > bounds.start() && isCloser(text.codePointAt(p - 1))) {
            p--;
        }
        if (p <= bounds.start() || !isTerminator(text.codePointAt(p - 1))) {
            return false;
        }
        int next = at;
        while (next < bounds.end() && Character.isWhitespace(text.codePointAt(next))) {
            next++;
        }
        return next >= bounds.end() || !Character.isLowerCase(text.codePointAt(next));
    }

    private static boolean isTerminator(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == '…';
    }

    private static boolean isCloser(int cp) {
        return cp == '"' || cp == '”' || cp == '’' || cp == '\'' || cp == ')' || cp == ']' || cp == '»';
    }
}
