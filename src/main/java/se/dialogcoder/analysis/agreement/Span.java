package se.dialogcoder.analysis.agreement;

/** A stretch of text in code points, start inclusive, end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether the two spans share at least one code point. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
