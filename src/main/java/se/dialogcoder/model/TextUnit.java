package se.dialogcoder.model;

/**
 * A paragraph or speaker turn of a document. Offsets are Unicode code points over the stored document text,
 * start inclusive, end exclusive. {@code bodyStart} is where the spoken words begin (after a timestamp and
 * speaker label); it equals {@code start} when the unit has no label.
 *
 * @param speaker the speaker label of a turn, or null
 * @param startMillis the timestamp of a turn in milliseconds, or null
 * @param endMillis the end timestamp of a turn in milliseconds, or null
 */
public record TextUnit(int index, UnitKind kind, int start, int end, int bodyStart, String speaker,
                       Long startMillis, Long endMillis) {
    public TextUnit {
        if (start < 0 || end < start || bodyStart < start || bodyStart > end) {
            throw new IllegalArgumentException("bad unit offsets " + start + ".." + end + " body " + bodyStart);
        }
    }

    public static TextUnit paragraph(int index, int start, int end) {
        return new TextUnit(index, UnitKind.PARAGRAPH, start, end, start, null, null, null);
    }

    public int length() { return end - start; }
}
