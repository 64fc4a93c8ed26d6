package se.dialogcoder.model;

/**
 * Totals of one county and code over the codings and documents in scope: the codings of exactly the code (their
 * number, the characters they cover — overlaps counted once per document — and the documents with one), and the
 * same for the code together with its sub-codes ({@code tree…}).
 *
 * @param county the county; null for documents of unknown county
 * @param codeId the code; {@link #ANY_CODE} for every code together
 */
public record CodeTotal(County county, long codeId, int segments, long characters, int documents, int treeSegments,
                        long treeCharacters, int treeDocuments) {
    /** The code id that stands for every code together. */
    public static final long ANY_CODE = 0;
}
