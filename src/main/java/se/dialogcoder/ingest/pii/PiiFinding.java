package se.dialogcoder.ingest.pii;

/**
 * One piece of personal data in a text.
 *
 * @param text the text exactly as it appears (the code points {@code start} to {@code end})
 * @param start offset in Unicode code points, inclusive
 * @param end offset in Unicode code points, exclusive
 */
public record PiiFinding(PiiKind kind, String text, int start, int end) {
    public PiiFinding {
        if (kind == null || text == null || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad finding " + kind + " " + start + ".." + end);
        }
    }

    /** The value used to give equal values one pseudonym (see {@link PiiKind#normalise}). */
    public String value() {
        return kind.normalise(text);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(PiiFinding other) {
        return start < other.end && other.start < end;
    }
}
