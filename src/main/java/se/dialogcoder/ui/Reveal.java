package se.dialogcoder.ui;

/** A passage to bring into view and select in the text (code points, end exclusive). */
public record Reveal(long documentId, int start, int end) {
}
