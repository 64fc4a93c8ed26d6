package se.dialogcoder.store;

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

/**
 * Full-text search over {@code document_fts} (FTS5, {@code unicode61 remove_diacritics 0}). FTS5 itself finds the
 * documents and marks the matching tokens ({@code highlight()}), so hit positions follow exactly the same
 * tokenisation, case folding, prefix and phrase rules as the match; the marks are turned into code-point offsets
 * here.
 */
public final class SearchQueries {
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    private final Connection c;

    SearchQueries(Connection c) {
        this.c = c;
    }

    /** A document that matches, its text and the hits in it (code-point offsets, in text order). */
    public record DocumentMatch(long documentId, String name, County county, DocumentKind kind, String text,
                                List<Span> hits) {
    }

    /**
     * The documents matching an FTS5 query (words, {@code "phrases"}, {@code prefix*}, AND, OR, NOT, NEAR,
     * parentheses), restricted by the filter's document conditions, ordered by county (unknown last) and name.
     *
     * @throws SearchSyntaxException when FTS5 does not accept the query
     */
    public List<DocumentMatch> search(String query, CodingFilter filter) throws SQLException {
        String q = check(query);
        Filters where = new Filters().documents(filter, "d");
        String sql = "SELECT d.id, d.name, d.county, d.kind, highlight(document_fts, 0, char(1), char(2)) "
                + "FROM document_fts JOIN document d ON d.id = document_fts.rowid "
                + "WHERE document_fts MATCH ?" + where.sql()
                + " ORDER BY d.county IS NULL, d.county, d.name COLLATE NOCASE";
        List<DocumentMatch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, q);
            where.bind(ps, 2);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String county = r.getString(3);
                    List<Span> hits = new ArrayList<>();
                    String text = unmark(r.getString(5), hits);
                    out.add(new DocumentMatch(r.getLong(1), r.getString(2),
                            county == null ? null : County.parse(county).orElse(null),
                            DocumentKind.fromId(r.getString(4)), text, hits));
                }
            }
        } catch (SQLException e) {
            throw explain(query, e);
        }
        return out;
    }

    /** Ids of the documents matching an FTS5 query, best match first (FTS5's own rank). */
    public List<Long> matchingDocuments(String query) throws SQLException {
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
    }

    private static String check(String query) {
        if (query == null || query.isBlank()) {
            throw new SearchSyntaxException("The search is empty: give a word, a \"phrase\" or a prefix*.", null);
        }
        if (query.indexOf(OPEN) >= 0 || query.indexOf(CLOSE) >= 0) {
            throw new SearchSyntaxException("The search contains control characters.", null);
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
            throw new SearchSyntaxException("\"" + query + "\" is not a valid search (" + reason + "). Use words, "
                    + "\"phrases in quotes\", prefix* and AND, OR, NOT in capitals with (parentheses); put words "
                    + "with hyphens or other punctuation in quotes.", e);
        }
        return e;
    }

    /** Removes the marks of {@code highlight()} and collects the marked spans in code points. */
    static String unmark(String marked, List<Span> hits) {
        StringBuilder text = new StringBuilder(marked.length());
        int cp = 0;
        int open = -1;
        for (int i = 0; i < marked.length(); ) {
            int ch = marked.codePointAt(i);
            i += Character.charCount(ch);
            if (ch == OPEN) {
                open = cp;
            } else if (ch == CLOSE) {
                if (open >= 0 && cp > open) {
                    hits.add(new Span(open, cp));
                }
                open = -1;
            } else {
                text.appendCodePoint(ch);
                cp++;
            }
        }
        return text.toString();
    }
}
