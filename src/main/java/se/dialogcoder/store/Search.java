package se.dialogcoder.store;

import java.util.List;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Span;

/** Full-text search over document text. */
public interface Search {
    /** A document that matches, its text and the hits in it (code-point offsets, in text order). */
    record DocumentMatch(long documentId, String name, County county, DocumentKind kind, String text,
            List<Span> hits) {
    }

    /**
     * The documents matching a query (exact words, {@code "phrases"}, {@code prefix*}, AND, OR, NOT, NEAR,
     * parentheses; the query language of SQLite's FTS5 with the {@code unicode61 remove_diacritics 0} tokenizer,
     * so å, ä and ö are not folded), restricted by the filter's document conditions, ordered by county (unknown
     * last) and name. Hits are code-point offsets into the document's text.
     *
     * @throws SearchSyntaxException (unchecked) when the query is not valid in that language
     */
    List<DocumentMatch> search(String query, CodingFilter filter) throws StoreException;

    /** Ids of the documents matching a query (the language of {@link #search}), best match first. */
    List<Long> matchingDocuments(String query) throws StoreException;
}
