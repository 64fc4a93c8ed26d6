package se.dialogcoder.model;

/**
 * A passage of a document coded with a code by a coder. Offsets in code points, start inclusive, end exclusive.
 */
public record Coding(long id, long documentId, long codeId, long coderId, int start, int end, String createdAt) {
    public Coding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad coding offsets " + start + ".." + end);
        }
    }
}
