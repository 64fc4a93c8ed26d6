package se.dialogcoder.store;

/**
 * The plain SQL another tool, or a user in a database browser, would run for the same figures as the application:
 * the benchmark times the application against these on the same project, in the same run. Each statement is
 * written the straightforward way for its engine, run as it is, and its result read in full and dropped (only
 * the number of rows is returned).
 */
public interface Yardsticks {
    /**
     * One code's coded passages as QualCoder retrieves them: one SELECT of the codings joined to the document
     * name, with the passage cut from the text by {@code substr}, ordered by document name and start.
     *
     * @return the number of passages read
     */
    int codedPassages(long codeId) throws StoreException;

    /**
     * The number of codings per document and code: one {@code GROUP BY document, code} over the covering index
     * {@code coding_by_document_code}, the cheapest statement that gives what the county × theme matrix is rolled
     * up from.
     *
     * @return the number of (document, code) rows
     */
    int documentCodeCounts() throws StoreException;
}
