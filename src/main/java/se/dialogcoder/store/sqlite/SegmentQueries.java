package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Segment;
import se.dialogcoder.store.PassageWindows;
import se.dialogcoder.store.PassageWindows.Stretch;
import se.dialogcoder.store.Segments;
import se.dialogcoder.store.StoreException;

/** Retrieval of coded passages with their county, document, speaker and surrounding text. */
public final class SegmentQueries implements Segments {
    /**
     * The text unit of a coding: the one containing its start, or (when the start lies between units) the first
     * unit that begins inside the coding.
     */
    private static final String UNIT = "COALESCE("
            + "(SELECT u.id FROM text_unit u WHERE u.document_id = c.document_id AND u.start <= c.start "
            + "AND u.end > c.start ORDER BY u.start DESC LIMIT 1), "
            + "(SELECT u.id FROM text_unit u WHERE u.document_id = c.document_id AND u.start > c.start "
            + "AND u.start < c.end ORDER BY u.start LIMIT 1))";
    private static final String SELECT = "SELECT c.id, c.document_id, d.name, d.county, d.kind, d.round, c.code_id, "
            + "k.name, c.start, c.end, c.memo, su.speaker FROM coding c JOIN document d ON d.id = c.document_id "
            + "JOIN coder k ON k.id = c.coder_id LEFT JOIN text_unit su ON su.id = " + UNIT;
    private final Connection c;

    private record Row(long id, long doc, String name, String county, String kind, String round, long code,
                       String coder, int start, int end, String memo, String speaker) {
    }

    SegmentQueries(Connection c) {
        this.c = c;
    }

    /**
     * Coded passages matching the filter, ordered by county (unknown last), document name and offset.
     *
     * @param context how many code points of text to give before and after each passage
     * @param limit at most this many rows (0 = all)
     */
    @Override
    public List<Segment> find(CodingFilter filter, int context, int limit) throws StoreException {
        try {
            return withText(limit > 0 ? firstRows(filter, limit) : allRows(filter), context);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private List<Row> allRows(CodingFilter filter) throws SQLException {
        Filters where = new Filters().codings(filter, "c").documents(filter, "d");
        String sql = SELECT + " WHERE 1 = 1" + where.sql()
                + " ORDER BY d.county IS NULL, d.county, d.name COLLATE NOCASE, c.start, c.end, c.id";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps, 1);
            read(ps, rows);
        }
        return rows;
    }

    /**
     * The first {@code limit} rows in the same order as {@link #allRows}, without sorting every coding: the
     * documents in order (from the index {@code document_listing}), then each document's codings in order, until
     * there are enough. Documents of the same county whose names are equal but for case share their codings' order,
     * as in the full query.
     */
    private List<Row> firstRows(CodingFilter filter, int limit) throws SQLException {
        Filters docs = new Filters().documents(filter, "d");
        List<Object[]> documents = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.county, d.name FROM document d WHERE 1 = 1"
                + docs.sql() + " ORDER BY d.county IS NULL, d.county, d.name COLLATE NOCASE")) {
            docs.bind(ps, 1);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    documents.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3)});
                }
            }
        }
        Filters codings = new Filters().codings(filter, "c");
        List<Row> rows = new ArrayList<>();
        String order = " ORDER BY c.start, c.end, c.id LIMIT ?";
        try (PreparedStatement one = c.prepareStatement(SELECT + " WHERE c.document_id = ?" + codings.sql() + order)) {
            for (int i = 0; i < documents.size() && rows.size() < limit; ) {
                int j = i + 1;
                while (j < documents.size() && sameKey(documents.get(i), documents.get(j))) {
                    j++;
                }
                if (j == i + 1) {
                    one.setLong(1, (Long) documents.get(i)[0]);
                    one.setInt(codings.bind(one, 2), limit - rows.size());
                    read(one, rows);
                } else {
                    String marks = String.join(", ", java.util.Collections.nCopies(j - i, "?"));
                    try (PreparedStatement group = c.prepareStatement(SELECT + " WHERE c.document_id IN (" + marks
                            + ")" + codings.sql() + order)) {
                        for (int k = i; k < j; k++) {
                            group.setLong(k - i + 1, (Long) documents.get(k)[0]);
                        }
                        group.setInt(codings.bind(group, j - i + 1), limit - rows.size());
                        read(group, rows);
                    }
                }
                i = j;
            }
        }
        return rows;
    }

    /** Same county and the same name under SQLite's NOCASE (which folds ASCII letters only). */
    private static boolean sameKey(Object[] a, Object[] b) {
        return java.util.Objects.equals(a[1], b[1]) && asciiLower((String) a[2]).equals(asciiLower((String) b[2]));
    }

    private static String asciiLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
        }
        return out.toString();
    }

    private static void read(PreparedStatement ps, List<Row> rows) throws SQLException {
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getLong(7), r.getString(8), r.getInt(9), r.getInt(10), r.getString(11),
                        r.getString(12)));
            }
        }
    }

    /**
     * The segments of the rows, in their order, each with its passage and context: per document only the stretch
     * the rows need is read ({@code substr} counts code points), and let go before the next document's.
     */
    private List<Segment> withText(List<Row> rows, int context) throws SQLException {
        Segment[] out = new Segment[rows.size()];
        try (PreparedStatement ps = c.prepareStatement("SELECT substr(text, ? + 1, ?) FROM document WHERE id = ?")) {
            for (PassageWindows.Window w : PassageWindows.of(rows, Row::doc, Row::start, Row::end, context)) {
                ps.setInt(1, w.from());
                ps.setInt(2, w.length());
                ps.setLong(3, w.documentId());
                String text;
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no document with id " + w.documentId());
                    }
                    text = r.getString(1);
                }
                Stretch stretch = new Stretch(text == null ? "" : text, w.from());
                for (int i : w.rows()) {
                    Row row = rows.get(i);
                    out[i] = new Segment(row.id(), row.doc(), row.name(),
                            row.county() == null ? null : County.parse(row.county()).orElse(null),
                            DocumentKind.fromId(row.kind()), row.round(), row.code(), row.coder(), row.start(),
                            row.end(), row.speaker(), stretch.slice(row.start(), row.end()),
                            stretch.before(row.start(), context), stretch.after(row.end(), context), row.memo());
                }
            }
        }
        return new ArrayList<>(Arrays.asList(out));
    }
}
