package se.dialogcoder.store.postgres;

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
final class PgSegments implements Segments {
    /** The text unit of a coding: the one containing its start, else the first unit that begins inside it. */
    private static final String UNIT = "COALESCE("
            + "(SELECT u.id FROM text_unit u WHERE u.document_id = c.document_id AND u.start <= c.start "
            + "AND u.\"end\" > c.start ORDER BY u.start DESC LIMIT 1), "
            + "(SELECT u.id FROM text_unit u WHERE u.document_id = c.document_id AND u.start > c.start "
            + "AND u.start < c.\"end\" ORDER BY u.start LIMIT 1))";
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
        Map<Long, CodePointText> texts = new HashMap<>();
        PgDocuments documents = new PgDocuments(db);
        List<Segment> out = new ArrayList<>(rows.size());
        int ctx = Math.max(0, context);
        for (Row row : rows) {
            CodePointText text = texts.get(row.doc());
            if (text == null) {
                text = new CodePointText(documents.text(row.doc()));
                texts.put(row.doc(), text);
            }
            out.add(new Segment(row.id(), row.doc(), row.name(),
                    row.county() == null ? null : County.parse(row.county()).orElse(null),
                    DocumentKind.fromId(row.kind()), row.round(), row.code(), row.coder(), row.start(), row.end(),
                    row.speaker(), text.slice(row.start(), row.end()), text.slice(row.start() - ctx, row.start()),
                    text.slice(row.end(), row.end() + ctx), row.memo()));
        }
        return out;
    }
}
