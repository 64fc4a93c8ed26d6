package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.store.CodingTotals;
import se.dialogcoder.store.CodingTotals.CodeKey;
import se.dialogcoder.store.CodingTotals.PairKey;
import se.dialogcoder.store.CodingTotals.Span;
import se.dialogcoder.store.CodingTotals.Stratum;

/**
 * Keeps the aggregates of schema version 7 up to date: triggers note what changed (documents, codings as they
 * were, text units of deleted documents), and {@link #bringUpToDate} — run at the end of every write, inside its
 * transaction — subtracts each changed document's contribution as it was and adds it as it is now.
 */
final class TotalsTable {
    private static final String[] MEETING = {"overlap", "unit", "unit_theme"};
    private final Connection c;

    TotalsTable(Connection c) {
        this.c = c;
    }

    /** True when every change is folded in, so the totals may be read. */
    boolean fresh() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM coding_total_dirty) "
                + "AND NOT EXISTS (SELECT 1 FROM coding_total_rebuild)");
             ResultSet r = ps.executeQuery()) {
            return r.next() && r.getInt(1) == 1;
        }
    }

    /** Folds every noted change into the totals (or computes them all again when the code tree changed). */
    void bringUpToDate() throws SQLException {
        boolean rebuild;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM coding_total_rebuild)")) {
            rebuild = r.next() && r.getInt(1) == 1;
        }
        CodingTotals totals = new CodingTotals(parents());
        if (rebuild) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM coding_total");
                s.executeUpdate("DELETE FROM coding_pair_total");
                s.executeUpdate("DELETE FROM coding_total_document");
            }
            for (long doc : ids("SELECT DISTINCT document_id FROM coding ORDER BY document_id")) {
                Stratum now = stratum(doc);
                List<Span> codings = new ArrayList<>();
                readCodings(doc, codings, null);
                totals.add(now, codings, units(doc), 1);
                writeDocument(doc, codings);
            }
        } else {
            Map<Long, Stratum> dirty = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT document_id, county, kind, round FROM coding_total_dirty")) {
                while (r.next()) {
                    dirty.put(r.getLong(1), new Stratum(r.getString(2), r.getString(3), r.getString(4)));
                }
            }
            if (dirty.isEmpty()) {
                return;
            }
            for (Map.Entry<Long, Stratum> d : dirty.entrySet()) {
                long doc = d.getKey();
                List<Span> now = new ArrayList<>();
                List<Span> before = new ArrayList<>();
                readCodings(doc, now, before);
                readOldCodings(doc, before);
                int[][] units = units(doc);
                int[][] oldUnits = oldUnits(doc);
                totals.add(d.getValue(), before, oldUnits == null ? units : oldUnits, -1);
                Stratum current = stratum(doc);
                if (current != null) {
                    totals.add(current, now, units, 1);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM coding_total_document WHERE document_id = ?")) {
                    ps.setLong(1, doc);
                    ps.executeUpdate();
                }
                writeDocument(doc, now);
            }
        }
        apply(totals);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM coding_total_dirty");
            s.executeUpdate("DELETE FROM coding_total_new");
            s.executeUpdate("DELETE FROM coding_total_old");
            s.executeUpdate("DELETE FROM coding_total_old_unit");
            s.executeUpdate("DELETE FROM coding_total_rebuild");
        }
    }

    private Map<Long, Long> parents() throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, parent_id FROM code")) {
            while (r.next()) {
                long id = r.getLong(1);
                long parent = r.getLong(2);
                out.put(id, r.wasNull() ? null : parent);
            }
        }
        return out;
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    /** The document's stratum now; null when it no longer exists. */
    private Stratum stratum(long doc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT county, kind, round FROM document WHERE id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? new Stratum(r.getString(1), r.getString(2), r.getString(3)) : null;
            }
        }
    }

    /**
     * The document's codings now into {@code now}; those not changed since the last update also into
     * {@code before} (when given).
     */
    private void readCodings(long doc, List<Span> now, List<Span> before) throws SQLException {
        String touched = before == null ? "0" : "EXISTS (SELECT 1 FROM coding_total_new n WHERE n.id = c.id) "
                + "OR EXISTS (SELECT 1 FROM coding_total_old o WHERE o.id = c.id)";
        try (PreparedStatement ps = c.prepareStatement("SELECT code_id, coder_id, start, end, " + touched
                + " FROM coding c WHERE document_id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Span s = new Span(r.getLong(1), r.getLong(2), r.getInt(3), r.getInt(4));
                    now.add(s);
                    if (before != null && r.getInt(5) == 0) {
                        before.add(s);
                    }
                }
            }
        }
    }

    private void readOldCodings(long doc, List<Span> before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code_id, coder_id, start, end FROM coding_total_old WHERE document_id = ?")) {
            ps.setLong(1, doc);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    before.add(new Span(r.getLong(1), r.getLong(2), r.getInt(3), r.getInt(4)));
                }
            }
        }
    }

    private int[][] units(long doc) throws SQLException {
        return spans("SELECT start, end FROM text_unit WHERE document_id = ? ORDER BY start, idx", doc);
    }

    /** The units of a document deleted since the last update; null when none were. */
    private int[][] oldUnits(long doc) throws SQLException {
        int[][] out = spans("SELECT start, end FROM coding_total_old_unit WHERE document_id = ? ORDER BY start", doc);
        return out.length == 0 ? null : out;
    }

    private int[][] spans(String sql, long doc) throws SQLException {
        List<int[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, doc);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new int[] {r.getInt(1), r.getInt(2)});
                }
            }
        }
        return out.toArray(new int[0][]);
    }

    /** The number of codings of the document, in all and per coder. */
    private void writeDocument(long doc, List<Span> codings) throws SQLException {
        if (codings.isEmpty()) {
            return;
        }
        Map<Long, Integer> perCoder = new HashMap<>();
        for (Span s : codings) {
            perCoder.merge(s.coder(), 1, Integer::sum);
        }
        perCoder.put(CodingTotals.ALL_CODERS, codings.size());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO coding_total_document(document_id, coder_id, segments) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, Integer> e : perCoder.entrySet()) {
                ps.setLong(1, doc);
                ps.setLong(2, e.getKey());
                ps.setInt(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void apply(CodingTotals totals) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("INSERT INTO coding_total(coder_id, county, kind, round, "
                + "code_id, segments, characters, documents, tree_segments, tree_characters, tree_documents) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (coder_id, county, kind, round, code_id) DO "
                + "UPDATE SET segments = segments + excluded.segments, characters = characters + excluded.characters, "
                + "documents = documents + excluded.documents, tree_segments = tree_segments + excluded.tree_segments, "
                + "tree_characters = tree_characters + excluded.tree_characters, "
                + "tree_documents = tree_documents + excluded.tree_documents");
             PreparedStatement gone = c.prepareStatement("DELETE FROM coding_total WHERE coder_id = ? AND county = ? "
                     + "AND kind = ? AND round = ? AND code_id = ? AND tree_documents = 0")) {
            for (Map.Entry<CodeKey, long[]> e : totals.codeDeltas().entrySet()) {
                CodeKey k = e.getKey();
                long[] m = e.getValue();
                bindKey(up, k.coder(), k.stratum(), k.code());
                for (int i = 0; i < CodingTotals.MEASURES; i++) {
                    up.setLong(6 + i, m[i]);
                }
                up.addBatch();
                if (m[CodingTotals.TREE_DOCUMENTS] < 0) {
                    bindKey(gone, k.coder(), k.stratum(), k.code());
                    gone.addBatch();
                }
            }
            up.executeBatch();
            gone.executeBatch();
        }
        try (PreparedStatement up = c.prepareStatement("INSERT INTO coding_pair_total(meeting, coder_id, county, "
                + "kind, round, code_a, code_b, pairs) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting, coder_id, "
                + "county, kind, round, code_a, code_b) DO UPDATE SET pairs = pairs + excluded.pairs");
             PreparedStatement gone = c.prepareStatement("DELETE FROM coding_pair_total WHERE meeting = ? AND "
                     + "coder_id = ? AND county = ? AND kind = ? AND round = ? AND code_a = ? AND code_b = ? "
                     + "AND pairs = 0")) {
            for (Map.Entry<PairKey, Long> e : totals.pairDeltas().entrySet()) {
                PairKey k = e.getKey();
                bindPair(up, k);
                up.setLong(8, e.getValue());
                up.addBatch();
                if (e.getValue() < 0) {
                    bindPair(gone, k);
                    gone.addBatch();
                }
            }
            up.executeBatch();
            gone.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement ps, long coder, Stratum s, long code) throws SQLException {
        ps.setLong(1, coder);
        ps.setString(2, s.county());
        ps.setString(3, s.kind());
        ps.setString(4, s.round());
        ps.setLong(5, code);
    }

    private static void bindPair(PreparedStatement ps, PairKey k) throws SQLException {
        ps.setString(1, MEETING[k.kind().ordinal()]);
        ps.setLong(2, k.coder());
        ps.setString(3, k.stratum().county());
        ps.setString(4, k.stratum().kind());
        ps.setString(5, k.stratum().round());
        ps.setLong(6, k.codeA());
        ps.setLong(7, k.codeB());
    }

    /** The name a kind of meeting has in the table. */
    static String meeting(CodingTotals.PairKind kind) {
        return MEETING[kind.ordinal()];
    }
}
