package se.dialogcoder.model;

/**
 * A coded passage as retrieval shows it: where it is, who said it, the passage and a little text around it.
 *
 * @param county null when the document's county is unknown
 * @param speaker speaker of the text unit where the passage starts, or null (notes, or no speaker label)
 * @param before text just before the passage (up to the requested context length)
 * @param after text just after the passage
 */
public record Segment(long codingId, long documentId, String documentName, County county, DocumentKind kind,
                      String round, long codeId, String coder, int start, int end, String speaker, String passage,
                      String before, String after, String memo) {
}
