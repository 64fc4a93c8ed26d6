package se.dialogcoder.model;

/** How many codings of one code lie in one document. */
public record CodingCount(long documentId, long codeId, int segments) {
}
