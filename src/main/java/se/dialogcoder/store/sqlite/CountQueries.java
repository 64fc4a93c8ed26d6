package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import se.dialogcoder.model.CodeTotal;
import se.dialogcoder.model.CodingCount;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.store.CodingTotals;
import se.dialogcoder.store.Counts;
import se.dialogcoder.store.StoreException;

/**
 * The aggregates behind frequencies, the county × theme matrix and co-occurrence. Each is one SQL statement;
 * the counting that needs the code tree or interval unions is done by {@code analysis} over these rows.
 */
public final class CountQueries implements Counts {
    private final Connection c;

    CountQueries(Connection c) {
        this.c = c;
    }

    @Override
    public Optional<List<CodeTotal>> codeTotals(CodingFilter filter) throws StoreException {
        try {
            Optional<Scope> scope = scope(filter);
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            List<CodeTotal> out = new ArrayList<>();
            Scope s = scope.get();
            if (s.coder().isEmpty()) {
                return Optional.of(out);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT county, code_id, sum(segments), sum(characters), "
                    + "sum(documents), sum(tree_segments), sum(tree_characters), sum(tree_documents) FROM coding_total "
                    + "WHERE coder_id = ?" + s.where().sql() + " GROUP BY county, code_id")) {
                ps.setLong(1, s.coder().getAsLong());
                s.where().bind(ps, 2);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String county = r.getString(1);
                        out.add(new CodeTotal(county.isEmpty() ? null : County.parse(county).orElse(null),
                                r.getLong(2), r.getInt(3), r.getLong(4), r.getInt(5), r.getInt(6), r.getLong(7),
                                r.getInt(8)));
                    }
                }
            }
            return Optional.of(out);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public Optional<List<CodePair>> pairTotals(CodingFilter filter, CodingTotals.PairKind kind)
            throws StoreException {
        try {
            Optional<Scope> scope = scope(filter);
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            List<CodePair> out = new ArrayList<>();
            Scope s = scope.get();
            if (s.coder().isEmpty()) {
                return Optional.of(out);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT code_a, code_b, sum(pairs) FROM coding_pair_total "
                    + "WHERE meeting = ? AND coder_id = ?" + s.where().sql() + " GROUP BY code_a, code_b")) {
                ps.setString(1, TotalsTable.meeting(kind));
                ps.setLong(2, s.coder().getAsLong());
                s.where().bind(ps, 3);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new CodePair(r.getLong(1), r.getLong(2), r.getInt(3)));
                    }
                }
            }
            return Optional.of(out);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Which rows of the totals answer for a filter: the coder (every coder, or one; none when the filter names
     * only coders that do not exist) and the conditions on county, kind and round. Empty when the totals cannot
     * answer.
     */
    private record Scope(OptionalLong coder, Filters where) {
    }

    private Optional<Scope> scope(CodingFilter f) throws SQLException {
        if (!f.codeIds().isEmpty() || !f.codeSets().isEmpty() || !f.documentSets().isEmpty()
                || !f.attributes().isEmpty() || !new TotalsTable(c).fresh()) {
            return Optional.empty();
        }
        OptionalLong coder = OptionalLong.of(CodingTotals.ALL_CODERS);
        if (!f.coders().isEmpty()) {
            List<Long> ids = new ArrayList<>();
            int all = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM coder");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    all++;
                    if (f.coders().contains(r.getString(2))) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                coder = OptionalLong.empty();
            } else if (ids.size() == 1 && all > 1) {
                coder = OptionalLong.of(ids.get(0));
            } else if (ids.size() < all) {
                return Optional.empty();
            }
        }
        return Optional.of(new Scope(coder, new Filters().strata(f)));
    }

    /** Number of codings per document and code (one aggregate over the covering index). */
    @Override
    public List<CodingCount> codingCounts(CodingFilter filter) throws StoreException {
        try {
            Filters where = new Filters().codings(filter, "c").documentIdIn(filter, "c.document_id");
            List<CodingCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT c.document_id, c.code_id, count(*) FROM coding c "
                    + "WHERE 1 = 1" + where.sql() + " GROUP BY c.document_id, c.code_id")) {
                where.bind(ps, 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new CodingCount(r.getLong(1), r.getLong(2), r.getInt(3)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Every coded span matching the filter, ordered by document, code, start (read from the covering index). */
    @Override
    public void spans(CodingFilter filter, SpanSink sink) throws StoreException {
        try {
            Filters where = new Filters().codings(filter, "c").documentIdIn(filter, "c.document_id");
            try (PreparedStatement ps = c.prepareStatement("SELECT c.document_id, c.code_id, c.start, c.end FROM coding c "
                    + "WHERE 1 = 1" + where.sql() + " ORDER BY c.document_id, c.code_id, c.start, c.end")) {
                where.bind(ps, 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        sink.accept(r.getLong(1), r.getLong(2), r.getInt(3), r.getInt(4));
                    }
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Pairs of codings in the same document whose spans overlap, counted per pair of codes. Each unordered pair
     * of codings is counted once: the later-starting coding starts inside the other (ties broken by id).
     */
    @Override
    public List<CodePair> overlappingPairs(CodingFilter filter) throws StoreException {
        try {
            Filters where = new Filters().codings(filter, "a").codings(filter, "b")
                    .documentIdIn(filter, "a.document_id");
            List<CodePair> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT min(a.code_id, b.code_id), max(a.code_id, b.code_id), "
                    + "count(*) FROM coding a JOIN coding b ON b.document_id = a.document_id AND b.start >= a.start "
                    + "AND b.start < a.end AND (b.start > a.start OR b.id > a.id) "
                    + "WHERE 1 = 1" + where.sql() + " GROUP BY 1, 2")) {
                where.bind(ps, 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new CodePair(r.getLong(1), r.getLong(2), r.getInt(3)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Each (text unit, code) where a coding of that code overlaps the unit, ordered by unit. */
    @Override
    public void unitCodes(CodingFilter filter, UnitCodeSink sink) throws StoreException {
        try {
            Filters where = new Filters().codings(filter, "c").documentIdIn(filter, "c.document_id");
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT u.id, c.code_id FROM coding c "
                    + "JOIN text_unit u ON u.document_id = c.document_id AND u.start < c.end AND u.end > c.start "
                    + "AND u.start >= COALESCE((SELECT max(x.start) FROM text_unit x WHERE x.document_id = c.document_id "
                    + "AND x.start <= c.start), 0) "
                    + "WHERE 1 = 1" + where.sql() + " ORDER BY u.id, c.code_id")) {
                where.bind(ps, 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        sink.accept(r.getLong(1), r.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * The plain county × theme segment count written as one SQL statement, as a user would write it by hand
     * (themes = top-level codes, sub-codes counted with their theme). Used by the benchmark as the yardstick for
     * the matrix; returns the number of non-empty cells.
     */
    @Override
    public int bareCountyThemeSegments() throws StoreException {
        try {
            int cells = 0;
            try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE theme(id, root) AS ("
                    + "SELECT id, id FROM code WHERE parent_id IS NULL "
                    + "UNION ALL SELECT k.id, t.root FROM code k JOIN theme t ON k.parent_id = t.id) "
                    + "SELECT d.county, t.root, count(*) FROM coding c JOIN document d ON d.id = c.document_id "
                    + "JOIN theme t ON t.id = c.code_id GROUP BY d.county, t.root");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (r.getInt(3) > 0) {
                        cells++;
                    }
                }
            }
            return cells;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
