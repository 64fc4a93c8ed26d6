package se.dialogcoder.model;

/** A coding to be stored: document, code and code-point offsets (start inclusive, end exclusive). */
public record NewCoding(long documentId, long codeId, int start, int end) {
    public NewCoding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad coding offsets " + start + ".." + end);
        }
    }
}
