package se.dialogcoder.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Segment;
import se.dialogcoder.store.PassageWindows;
import se.dialogcoder.store.PassageWindows.Stretch;
import se.dialogcoder.store.Segments;
import se.dialogcoder.store.StoreException;

/** Retrieval of coded passages with their county, document, speaker and surrounding text. */
final class PgSegments implements Segments {
    /** The text unit of a coding: the one containing its start, else the first unit that begins inside it. */
    private static final String UNIT = "COALESCE("
            + "(SELECT u.id FROM text_unit u WHERE u.document_id = c.document_id AND u.start <= c.start "
            + "AND u.\"end\" > c.start ORDER BY u.start DESC LIMIT 1), "
            + "(SELECT u.id FROM text_unit u WHERE u.document_id = c.document_id AND u.start > c.start "
            + "AND u.start < c.\"end\" ORDER BY u.start LIMIT 1))";
    /** At most this many documents' stretches are read by one statement … */
    private static final int BATCH_DOCUMENTS = 256;
    /** … and about this many code points (a single longer stretch is read on its own). */
    private static final long BATCH_CHARACTERS = 4_000_000;
    private final Db db;

    PgSegments(Db db) {
        this.db = db;
    }

    private record Row(long id, long doc, String name, String county, String kind, String round, long code,
                       String coder, int start, int end, String memo, String speaker) {
    }

    @Override
    public List<Segment> find(CodingFilter filter, int context, int limit) throws StoreException {
        PgFilters where = new PgFilters().codings(filter, "c").documents(filter, "d");
        String sql = "SELECT c.id, c.document_id, d.name, d.county, d.kind, d.round, c.code_id, k.name, c.start, "
                + "c.\"end\", c.memo, su.speaker FROM coding c JOIN document d ON d.id = c.document_id "
                + "JOIN coder k ON k.id = c.coder_id LEFT JOIN text_unit su ON su.id = " + UNIT
                + " WHERE 1 = 1" + where.sql()
                + " ORDER BY d.county IS NULL, d.county COLLATE \"C\", " + Db.nocase("d.name")
                + ", c.start, c.\"end\", c.id" + (limit > 0 ? " LIMIT " + limit : "");
        List<Row> rows = db.list(sql, r -> new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getLong(7), r.getString(8), r.getInt(9), r.getInt(10),
                r.getString(11), r.getString(12)), where.params());
        return withText(rows, context);
    }

    /**
     * The segments of the rows, in their order, with passage and context. Only the stretch of each document's text
     * that its rows need is read ({@code substr}, which counts characters: code points in every encoding but
     * SQL_ASCII, where it counts bytes and the whole text is read instead), a batch of documents per statement.
     */
    private List<Segment> withText(List<Row> rows, int context) throws StoreException {
        Segment[] out = new Segment[rows.size()];
        List<PassageWindows.Window> windows = PassageWindows.of(rows, Row::doc, Row::start, Row::end, context);
        for (int first = 0; first < windows.size(); ) {
            int last = first;
            long size = 0;
            while (last < windows.size() && (last == first || (last - first < BATCH_DOCUMENTS
                    && size + windows.get(last).length() <= BATCH_CHARACTERS))) {
                size += windows.get(last).length();
                last++;
            }
            List<PassageWindows.Window> batch = windows.subList(first, last);
            Map<Long, PassageWindows.Window> byDocument = new HashMap<>();
            Long[] ids = new Long[batch.size()];
            Integer[] froms = new Integer[batch.size()];
            Integer[] lengths = new Integer[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                PassageWindows.Window w = batch.get(i);
                byDocument.put(w.documentId(), w);
                ids[i] = w.documentId();
                froms[i] = w.from();
                lengths[i] = w.length();
            }
            try {
                Connection c = db.connection();
                db.each("SELECT w.id, CASE WHEN e.whole THEN 0 ELSE w.f END, "
                        + "CASE WHEN e.whole THEN d.text ELSE substr(d.text, w.f + 1, w.n) END "
                        + "FROM (SELECT current_setting('server_encoding') = 'SQL_ASCII' AS whole) e, "
                        + "unnest(?::bigint[], ?::int[], ?::int[]) AS w(id, f, n) JOIN document d ON d.id = w.id",
                        r -> {
                            PassageWindows.Window w = byDocument.get(r.getLong(1));
                            Stretch stretch = new Stretch(r.getString(3), r.getInt(2));
                            for (int i : w.rows()) {
                                out[i] = segment(rows.get(i), stretch, context);
                            }
                        }, c.createArrayOf("bigint", ids), c.createArrayOf("integer", froms),
                        c.createArrayOf("integer", lengths));
            } catch (SQLException e) {
                throw new PgFailure(e);
            }
            first = last;
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    private static Segment segment(Row row, Stretch text, int context) {
        return new Segment(row.id(), row.doc(), row.name(),
                row.county() == null ? null : County.parse(row.county()).orElse(null),
                DocumentKind.fromId(row.kind()), row.round(), row.code(), row.coder(), row.start(), row.end(),
                row.speaker(), text.slice(row.start(), row.end()), text.before(row.start(), context),
                text.after(row.end(), context), row.memo());
    }
}
