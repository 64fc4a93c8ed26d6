package se.dialogcoder.store.postgres;

import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.CodeTotal;
import se.dialogcoder.model.CodingCount;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.store.CodingTotals;
import se.dialogcoder.store.Counts;
import se.dialogcoder.store.StoreException;

/**
 * The aggregates behind frequencies, the county × theme matrix and co-occurrence: from the totals the database keeps
 * on write where they answer ({@link PgTotals}), else one SQL statement each over the codings.
 */
final class PgCounts implements Counts {
    private final Db db;

    private final PgTotals totals;

    PgCounts(Db db) {
        this.db = db;
        this.totals = new PgTotals(db);
    }

    @Override
    public Optional<List<CodeTotal>> codeTotals(CodingFilter filter) throws StoreException {
        return totals.codeTotals(filter);
    }

    @Override
    public Optional<List<CodePair>> pairTotals(CodingFilter filter, CodingTotals.PairKind kind)
            throws StoreException {
        return totals.pairTotals(filter, kind);
    }

    @Override
    public List<CodingCount> codingCounts(CodingFilter filter) throws StoreException {
        PgFilters where = new PgFilters().codings(filter, "c").documentIdIn(filter, "c.document_id");
        return db.list("SELECT c.document_id, c.code_id, count(*) FROM coding c WHERE 1 = 1" + where.sql()
                        + " GROUP BY c.document_id, c.code_id",
                r -> new CodingCount(r.getLong(1), r.getLong(2), r.getInt(3)), where.params());
    }

    @Override
    public void spans(CodingFilter filter, SpanSink sink) throws StoreException {
        PgFilters where = new PgFilters().codings(filter, "c").documentIdIn(filter, "c.document_id");
        db.each("SELECT c.document_id, c.code_id, c.start, c.\"end\" FROM coding c WHERE 1 = 1" + where.sql()
                        + " ORDER BY c.document_id, c.code_id, c.start, c.\"end\"",
                r -> sink.accept(r.getLong(1), r.getLong(2), r.getInt(3), r.getInt(4)), where.params());
    }

    @Override
    public List<CodePair> overlappingPairs(CodingFilter filter) throws StoreException {
        PgFilters where = new PgFilters().codings(filter, "a").codings(filter, "b")
                .documentIdIn(filter, "a.document_id");
        return db.list("SELECT least(a.code_id, b.code_id), greatest(a.code_id, b.code_id), count(*) "
                        + "FROM coding a JOIN coding b ON b.document_id = a.document_id AND b.start >= a.start "
                        + "AND b.start < a.\"end\" AND (b.start > a.start OR b.id > a.id) "
                        + "WHERE 1 = 1" + where.sql() + " GROUP BY 1, 2",
                r -> new CodePair(r.getLong(1), r.getLong(2), r.getInt(3)), where.params());
    }

    @Override
    public void unitCodes(CodingFilter filter, UnitCodeSink sink) throws StoreException {
        PgFilters where = new PgFilters().codings(filter, "c").documentIdIn(filter, "c.document_id");
        db.each("SELECT DISTINCT u.id, c.code_id FROM coding c "
                        + "JOIN text_unit u ON u.document_id = c.document_id AND u.start < c.\"end\" "
                        + "AND u.\"end\" > c.start AND u.start >= COALESCE((SELECT max(x.start) FROM text_unit x "
                        + "WHERE x.document_id = c.document_id AND x.start <= c.start), 0) "
                        + "WHERE 1 = 1" + where.sql() + " ORDER BY u.id, c.code_id",
                r -> sink.accept(r.getLong(1), r.getLong(2)), where.params());
    }

    @Override
    public int bareCountyThemeSegments() throws StoreException {
        int[] cells = new int[1];
        db.each("WITH RECURSIVE theme(id, root) AS (SELECT id, id FROM code WHERE parent_id IS NULL "
                + "UNION ALL SELECT k.id, t.root FROM code k JOIN theme t ON k.parent_id = t.id) "
                + "SELECT d.county, t.root, count(*) FROM coding c JOIN document d ON d.id = c.document_id "
                + "JOIN theme t ON t.id = c.code_id GROUP BY d.county, t.root", r -> {
                    if (r.getInt(3) > 0) {
                        cells[0]++;
                    }
                });
        return cells[0];
    }
}
