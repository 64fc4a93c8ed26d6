package se.dialogcoder.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Span;

/**
 * Full-text search over document text, in two steps so that a result can be shown page by page without holding
 * the texts: {@link #matches} lists the matching documents in result order from the index (their text is not read),
 * {@link #read} then reads the texts of the documents a caller needs, one at a time, with the hits in each.
 */
public interface Search {
    /** A document that matches a query, as the result lists it; its text is not read. */
    record Match(long documentId, String name, County county, DocumentKind kind) {
    }

    /** A matching document, its text and the hits in it (code-point offsets, in text order). */
    record DocumentMatch(long documentId, String name, County county, DocumentKind kind, String text,
            List<Span> hits) {
    }

    /** Receives the documents {@link #read} reads, one at a time. */
    @FunctionalInterface
    interface Reader {
        /** Takes one document; returns false to stop reading. */
        boolean take(DocumentMatch match) throws StoreException;
    }

    /** The order of a result: county code (unknown last), then name ignoring case, then id. */
    Comparator<Match> ORDER = Comparator
            .comparing((Match m) -> m.county() == null ? "~" : m.county().code())
            .thenComparing(Match::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(Match::documentId);

    /**
     * The documents matching a query (exact words, {@code "phrases"}, {@code prefix*}, AND, OR, NOT, NEAR,
     * parentheses; the query language of SQLite's FTS5 with the {@code unicode61 remove_diacritics 0} tokenizer,
     * so å, ä and ö are not folded), restricted by the filter's document conditions, in {@link #ORDER}. The index
     * decides the match; a text is read only where it cannot (a PostgreSQL document too long for positions).
     *
     * @throws SearchSyntaxException (unchecked) when the query is not valid in that language
     */
    List<Match> matches(String query, CodingFilter filter) throws StoreException;

    /**
     * Reads documents of a query's {@link #matches}, in the order given, and hands each with its text and hits to
     * the reader, one at a time (nothing is held after the reader returns; the reader may query the unit of work).
     * A document no longer there is left out. Stops when the reader returns false.
     *
     * @throws SearchSyntaxException (unchecked) when the query is not valid
     */
    void read(String query, List<Match> documents, Reader reader) throws StoreException;

    /**
     * Every matching document with its text and hits at once ({@link #matches} then {@link #read}). This holds every
     * matching text: for tests and small results; a caller that can go document by document uses {@link #read}.
     */
    default List<DocumentMatch> search(String query, CodingFilter filter) throws StoreException {
        List<DocumentMatch> out = new ArrayList<>();
        read(query, matches(query, filter), out::add);
        return out;
    }

    /** Ids of the documents matching a query (the language of {@link #matches}), best match first. */
    List<Long> matchingDocuments(String query) throws StoreException;

    /**
     * The distinct words of the project's documents, folded as the index folds them (lower case; å, ä, ö kept), that
     * begin with {@code prefix}, in code point order. The words are kept as documents are stored; a word of a deleted
     * document may stay listed (it then matches nothing). For the word forms of a search (see
     * {@code analysis.words.QueryForms}).
     */
    List<String> wordsStartingWith(String prefix) throws StoreException;

    /** The distinct words (as {@link #wordsStartingWith}) that contain {@code part} anywhere, in code point order. */
    List<String> wordsContaining(String part) throws StoreException;
}
