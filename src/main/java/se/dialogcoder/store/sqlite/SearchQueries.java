package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.Search;
import se.dialogcoder.store.SearchSyntaxException;
import se.dialogcoder.store.StoreException;

/**
 * Full-text search over {@code document_fts} (FTS5, {@code unicode61 remove_diacritics 0}). FTS5 itself finds the
 * documents and marks the matching tokens ({@code highlight()}), so hit positions follow exactly the same
 * tokenisation, case folding, prefix and phrase rules as the match; the marks are turned into code-point offsets
 * here.
 */
public final class SearchQueries implements Search {
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private final Connection c;

    SearchQueries(Connection c) {
        this.c = c;
    }

    /**
     * The documents matching an FTS5 query (words, {@code "phrases"}, {@code prefix*}, AND, OR, NOT, NEAR,
     * parentheses), restricted by the filter's document conditions, ordered by county (unknown last) and name.
     *
     * @throws SearchSyntaxException when FTS5 does not accept the query
     */
    @Override
    public List<DocumentMatch> search(String query, CodingFilter filter) throws StoreException {
        try {
            String q = check(query);
            Optional<List<FtsQuery.Phrase>> phrases = FtsQuery.phrases(q);
            return phrases.isPresent() ? run(q, filter, phrases.get()) : run(q, filter, null);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The same search with every hit marked by FTS5's {@code highlight()} (the reference for the fast path). */
    List<DocumentMatch> searchWithHighlight(String query, CodingFilter filter) throws StoreException {
        try {
            return run(check(query), filter, null);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * FTS5 finds the documents; the hits are then located in Java by the tokenizer's rules when the query's
     * phrases are known (fast), else marked by {@code highlight()}.
     */
    private List<DocumentMatch> run(String q, CodingFilter filter, List<FtsQuery.Phrase> phrases)
            throws SQLException {
        Filters where = new Filters().documents(filter, "d");
        String column = phrases != null ? "d.text" : "highlight(document_fts, 0, char(1), char(2))";
        String sql = "SELECT d.id, d.name, d.county, d.kind, " + column
                + " FROM document_fts JOIN document d ON d.id = document_fts.rowid "
                + "WHERE document_fts MATCH ?" + where.sql();
        List<DocumentMatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, q);
            where.bind(ps, 2);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String county = r.getString(3);
                    List<Span> hits;
                    String text;
                    if (phrases != null) {
                        text = r.getString(5);
                        hits = Unicode61.isCertain(text) ? HitLocator.locate(text, phrases)
                                : highlighted(q, r.getLong(1));
                    } else {
                        hits = new ArrayList<>();
                        text = unmark(r.getString(5), hits);
                    }
                    out.add(new DocumentMatch(r.getLong(1), r.getString(2),
                            county == null ? null : County.parse(county).orElse(null),
                            DocumentKind.fromId(r.getString(4)), text, List.copyOf(hits)));
                }
            }
        } catch (SQLException e) {
            throw explain(q, e);
        }
        out.sort(ORDER);
        return out;
    }

    /** The hits of one document as {@code highlight()} marks them. */
    private List<Span> highlighted(String q, long documentId) throws SQLException {
        List<Span> hits = new ArrayList<>();
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
        return hits;
    }

    /** County code (unknown last), then name ignoring case. */
    private static final Comparator<DocumentMatch> ORDER = Comparator
            .comparing((DocumentMatch m) -> m.county() == null ? "~" : m.county().code())
            .thenComparing(DocumentMatch::name, String.CASE_INSENSITIVE_ORDER);

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
