package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.Search;
import se.dialogcoder.store.SearchSyntaxException;
import se.dialogcoder.store.StoreException;

/**
 * Full-text search over {@code document_fts} (FTS5, {@code unicode61 remove_diacritics 0}). FTS5 finds the
 * documents ({@link #matches}, from the index alone); {@link #read} then reads one text at a time and locates its
 * hits: in Java by the tokenizer's rules ({@link HitLocator}) when the query's phrases are known and the text holds
 * only characters those rules are sure of, else from FTS5's own {@code highlight()} marks. Either way the hits follow
 * the same tokenisation, case folding, prefix and phrase rules as the match, in code points.
 */
public final class SearchQueries implements Search {
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private final Connection c;

    SearchQueries(Connection c) {
        this.c = c;
    }

    /** The index over the document columns a result lists (see {@link #matches}). */
    static final String LISTING_INDEX = "document_listing";

    /**
     * The documents matching an FTS5 query (words, {@code "phrases"}, {@code prefix*}, AND, OR, NOT, NEAR,
     * parentheses), restricted by the filter's document conditions, in {@link Search#ORDER}. FTS5 gives the ids;
     * the names, counties and kinds come from the document rows, whose text is not read (it comes after them in the
     * row). Each row would still cost a page, since a row holds its text: they are read from the covering index
     * {@value #LISTING_INDEX} (schema 7) instead, a few pages for thousands of documents, which the {@code +} in
     * {@code +d.id} lets SQLite choose.
     *
     * @throws SearchSyntaxException when FTS5 does not accept the query
     */
    @Override
    public List<Match> matches(String query, CodingFilter filter) throws StoreException {
        String q = check(query);
        Filters where = new Filters().documents(filter, "d");
        List<Match> out = new ArrayList<>();
        try {
            String sql = "SELECT d.id, d.name, d.county, d.kind FROM document d "
                    + "WHERE +d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)" + where.sql();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, q);
                where.bind(ps, 2);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String county = r.getString(3);
                        out.add(new Match(r.getLong(1), r.getString(2),
                                county == null ? null : County.parse(county).orElse(null),
                                DocumentKind.fromId(r.getString(4))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(explain(q, e));
        }
        out.sort(ORDER);
        return out;
    }

    @Override
    public void read(String query, List<Match> documents, Reader reader) throws StoreException {
        String q = check(query);
        read(q, documents, reader, FtsQuery.phrases(q).orElse(null));
    }

    /** The whole search with every hit marked by FTS5's {@code highlight()} (the reference for the fast path). */
    List<DocumentMatch> searchWithHighlight(String query, CodingFilter filter) throws StoreException {
        List<DocumentMatch> out = new ArrayList<>();
        read(check(query), matches(query, filter), out::add, null);
        return out;
    }

    /**
     * One text at a time: with the query's phrases, the stored text and the hits located in Java (for a text with
     * characters the rules are unsure of, {@code highlight()}'s); without, {@code highlight()}'s marked text.
     */
    private void read(String q, List<Match> documents, Reader reader, List<FtsQuery.Phrase> phrases)
            throws StoreException {
        String sql = phrases != null ? "SELECT text FROM document WHERE id = ?"
                : "SELECT highlight(document_fts, 0, char(1), char(2)) FROM document_fts "
                        + "WHERE document_fts MATCH ? AND rowid = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Match m : documents) {
                String text = null;
                List<Span> hits = new ArrayList<>();
                if (phrases != null) {
                    ps.setLong(1, m.documentId());
                } else {
                    ps.setString(1, q);
                    ps.setLong(2, m.documentId());
                }
                try (ResultSet r = ps.executeQuery()) {
                    if (r.next()) {
                        text = r.getString(1);
                    }
                }
                if (text == null) {
                    continue;
                }
                if (phrases == null) {
                    text = unmark(text, hits);
                } else if (Unicode61.isCertain(text)) {
                    hits = HitLocator.locate(text, phrases);
                } else {
                    highlighted(q, m.documentId(), hits);
                }
                if (!reader.take(new DocumentMatch(m.documentId(), m.name(), m.county(), m.kind(), text,
                        List.copyOf(hits)))) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(explain(q, e));
        }
    }

    /** The hits of one document as {@code highlight()} marks them. */
    private void highlighted(String q, long documentId, List<Span> hits) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT highlight(document_fts, 0, char(1), char(2)) "
                + "FROM document_fts WHERE document_fts MATCH ? AND rowid = ?")) {
            ps.setString(1, q);
            ps.setLong(2, documentId);
            try (ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    unmark(r.getString(1), hits);
                }
            }
        }
    }

    /** Ids of the documents matching an FTS5 query, best match first (FTS5's own rank). */
    @Override
    public List<Long> matchingDocuments(String query) throws StoreException {
        try {
            String q = check(query);
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rank")) {
                ps.setString(1, q);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw explain(query, e);
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public List<String> wordsStartingWith(String prefix) throws StoreException {
        List<String> out = words("SELECT word FROM search_word WHERE word >= ? AND word < ? ORDER BY word", prefix,
                prefix + "\uDBFF\uDFFF");
        out.removeIf(w -> !w.startsWith(prefix));
        return out;
    }

    @Override
    public List<String> wordsContaining(String part) throws StoreException {
        return words("SELECT word FROM search_word WHERE instr(word, ?) > 0 ORDER BY word", part);
    }

    private List<String> words(String sql, String... args) throws StoreException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
        return out;
    }

    private static String check(String query) {
        if (query == null || query.isBlank()) {
            throw new SearchSyntaxException(UserMessage.of("err.search.empty",
                    "The search is empty: give a word, a \"phrase\" or a prefix*."), null);
        }
        if (query.indexOf(OPEN) >= 0 || query.indexOf(CLOSE) >= 0) {
            throw new SearchSyntaxException(UserMessage.of("err.search.control", "The search contains control characters."),
                    null);
        }
        return query.strip();
    }

    /** Query errors become a plain message; anything else (disk, lock) stays an SQL error. */
    private static SQLException explain(String query, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("fts5") || m.contains("syntax error") || m.contains("no such column")
                || m.contains("unterminated")) {
            String reason = m;
            int at = m.indexOf("fts5: ");
            int paren = m.indexOf('(');
            if (at >= 0) {
                reason = m.substring(at + "fts5: ".length());
            } else if (paren >= 0) {
                reason = m.substring(paren + 1);
            }
            reason = reason.replaceFirst("\\)\\s*$", "");
            Object why = reason.equals("syntax error near \"\"")
                    ? UserMessage.of("err.search.endsEarly", "it ends too early")
                    : reason.replace("syntax error near \"\"", "it ends too early");
            throw new SearchSyntaxException(UserMessage.of("err.search.invalid", "the search ''{0}'' is not valid "
                    + "({1}). Use words, \"phrases in quotes\", prefix* and AND, OR, NOT in capitals with "
                    + "(parentheses); put words with hyphens or other punctuation in quotes.", query, why), e);
        }
        return e;
    }

    /** Removes the marks of {@code highlight()} and collects the marked spans in code points. */
    static String unmark(String marked, List<Span> hits) {
        StringBuilder text = new StringBuilder(marked.length());
        int cp = 0;
        int from = 0;
        int open = -1;
        while (true) {
            int next = nextMark(marked, from);
            int to = next < 0 ? marked.length() : next;
            text.append(marked, from, to);
            cp += marked.codePointCount(from, to);
            if (next < 0) {
                break;
            }
            if (marked.charAt(next) == OPEN) {
                open = cp;
            } else {
                if (open >= 0 && cp > open) {
                    hits.add(new Span(open, cp));
                }
                open = -1;
            }
            from = next + 1;
        }
        return text.toString();
    }

    private static int nextMark(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == OPEN || ch == CLOSE) {
                return i;
            }
        }
        return -1;
    }
}
