package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Segment;
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
    private final Connection c;

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
            Filters where = new Filters().codings(filter, "c").documents(filter, "d");
            String sql = "SELECT c.id, c.document_id, d.name, d.county, d.kind, d.round, c.code_id, k.name, c.start, "
                    + "c.end, c.memo, su.speaker FROM coding c JOIN document d ON d.id = c.document_id "
                    + "JOIN coder k ON k.id = c.coder_id LEFT JOIN text_unit su ON su.id = " + UNIT
                    + " WHERE 1 = 1" + where.sql()
                    + " ORDER BY d.county IS NULL, d.county, d.name COLLATE NOCASE, c.start, c.end, c.id"
                    + (limit > 0 ? " LIMIT " + limit : "");
            record Row(long id, long doc, String name, String county, String kind, String round, long code,
                       String coder, int start, int end, String memo, String speaker) {
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(ps, 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getLong(7), r.getString(8), r.getInt(9), r.getInt(10),
                                r.getString(11), r.getString(12)));
                    }
                }
            }
            Map<Long, CodePointText> texts = new HashMap<>();
            DocumentTable documents = new DocumentTable(c);
            List<Segment> out = new ArrayList<>(rows.size());
            for (Row row : rows) {
                CodePointText text = texts.get(row.doc());
                if (text == null) {
                    text = new CodePointText(documents.text(row.doc()));
                    texts.put(row.doc(), text);
                }
                int ctx = Math.max(0, context);
                out.add(new Segment(row.id(), row.doc(), row.name(),
                        row.county() == null ? null : County.parse(row.county()).orElse(null),
                        DocumentKind.fromId(row.kind()), row.round(), row.code(), row.coder(), row.start(), row.end(),
                        row.speaker(), text.slice(row.start(), row.end()), text.slice(row.start() - ctx, row.start()),
                        text.slice(row.end(), row.end() + ctx), row.memo()));
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
