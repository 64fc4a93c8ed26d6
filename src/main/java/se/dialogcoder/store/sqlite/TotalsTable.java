package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
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
    /** The order of the tables' primary keys: rows are written in it, so that SQLite appends rather than seeks. */
    private static final Comparator<Stratum> STRATUM_ORDER = Comparator.comparing(Stratum::county)
            .thenComparing(Stratum::kind).thenComparing(Stratum::round);
    private static final Comparator<CodeKey> CODE_ORDER = Comparator.comparingLong(CodeKey::coder)
            .thenComparing(CodeKey::stratum, STRATUM_ORDER).thenComparingLong(CodeKey::code);
    private static final Comparator<PairKey> PAIR_ORDER = Comparator.comparing((PairKey k) -> meeting(k.kind()))
            .thenComparingLong(PairKey::coder).thenComparing(PairKey::stratum, STRATUM_ORDER)
            .thenComparingLong(PairKey::codeA).thenComparingLong(PairKey::codeB);
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
        Map<Long, Stratum> before = new HashMap<>();
        if (!rebuild) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT document_id, county, kind, round FROM coding_total_dirty")) {
                while (r.next()) {
                    before.put(r.getLong(1), new Stratum(r.getString(2), r.getString(3), r.getString(4)));
                }
            }
            if (before.isEmpty()) {
                return;
            }
        }
        String docs = rebuild ? "SELECT DISTINCT document_id FROM coding" : "SELECT document_id FROM coding_total_dirty";
        try (Statement s = c.createStatement()) {
            if (rebuild) {
                s.executeUpdate("DELETE FROM coding_total");
                s.executeUpdate("DELETE FROM coding_pair_total");
                s.executeUpdate("DELETE FROM coding_total_document");
            } else {
                s.executeUpdate("DELETE FROM coding_total_document WHERE document_id IN (" + docs + ")");
            }
        }
        CodingTotals totals = new CodingTotals(parents());
        fold(totals, docs, before, rebuild);
        apply(totals);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM coding_total_dirty");
            s.executeUpdate("DELETE FROM coding_total_new");
            s.executeUpdate("DELETE FROM coding_total_old");
            s.executeUpdate("DELETE FROM coding_total_old_unit");
            s.executeUpdate("DELETE FROM coding_total_rebuild");
        }
    }

    /**
     * Reads the documents' codings and units in document order (one pass each) and, per document, subtracts its
     * contribution as it was (unless everything is computed again) and adds it as it is now.
     */
    private void fold(CodingTotals totals, String docs, Map<Long, Stratum> before, boolean rebuild)
            throws SQLException {
        Map<Long, Stratum> now = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, county, kind, round FROM document WHERE id IN (" + docs + ")")) {
            while (r.next()) {
                now.put(r.getLong(1), new Stratum(r.getString(2), r.getString(3), r.getString(4)));
            }
        }
        Map<Long, List<Span>> gone = new HashMap<>();
        Map<Long, List<int[]>> goneUnits = new HashMap<>();
        if (!rebuild) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT document_id, code_id, coder_id, start, end FROM coding_total_old")) {
                while (r.next()) {
                    gone.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new Span(r.getLong(2), r.getLong(3), r.getInt(4), r.getInt(5), true));
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT document_id, start, end FROM coding_total_old_unit "
                         + "ORDER BY document_id, start")) {
                while (r.next()) {
                    goneUnits.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new int[] {r.getInt(2), r.getInt(3)});
                }
            }
        }
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>(rebuild ? now.keySet() : before.keySet());
        String touched = rebuild ? "0" : "EXISTS (SELECT 1 FROM coding_total_new n WHERE n.id = c.id) "
                + "OR EXISTS (SELECT 1 FROM coding_total_old o WHERE o.id = c.id)";
        try (Statement sc = c.createStatement();
             ResultSet codings = sc.executeQuery("SELECT document_id, code_id, coder_id, start, end, " + touched
                     + " FROM coding c WHERE document_id IN (" + docs + ") ORDER BY document_id");
             Statement su = c.createStatement();
             ResultSet units = su.executeQuery("SELECT document_id, start, end FROM text_unit WHERE document_id IN ("
                     + docs + ") ORDER BY document_id, start, idx");
             PreparedStatement perDocument = c.prepareStatement(
                     "INSERT INTO coding_total_document(document_id, coder_id, segments) VALUES (?, ?, ?)")) {
            Cursor cc = new Cursor(codings);
            Cursor cu = new Cursor(units);
            for (long doc : ids) {
                List<Span> current = new ArrayList<>();
                List<Span> earlier = new ArrayList<>();
                while (cc.at(doc)) {
                    boolean changed = codings.getInt(6) != 0;
                    Span s = new Span(codings.getLong(2), codings.getLong(3), codings.getInt(4), codings.getInt(5),
                            changed);
                    current.add(s);
                    if (!changed) {
                        earlier.add(s);
                    }
                    cc.next();
                }
                List<int[]> unitList = new ArrayList<>();
                while (cu.at(doc)) {
                    unitList.add(new int[] {units.getInt(2), units.getInt(3)});
                    cu.next();
                }
                int[][] unitSpans = unitList.toArray(new int[0][]);
                Stratum stratum = now.get(doc);
                if (!rebuild) {
                    earlier.addAll(gone.getOrDefault(doc, List.of()));
                    List<int[]> old = goneUnits.get(doc);
                    CodingTotals.Focus focus = null;
                    if (old == null && before.get(doc).equals(stratum)) {
                        List<Span> changed = new ArrayList<>(gone.getOrDefault(doc, List.of()));
                        current.stream().filter(Span::changed).forEach(changed::add);
                        focus = totals.focus(changed, unitSpans);
                    }
                    totals.add(before.get(doc), earlier, old == null ? unitSpans : old.toArray(new int[0][]), -1,
                            focus);
                    if (stratum != null) {
                        totals.add(stratum, current, unitSpans, 1, focus);
                    }
                } else if (stratum != null) {
                    totals.add(stratum, current, unitSpans, 1);
                }
                if (stratum != null) {
                    writeDocument(perDocument, doc, current);
                }
            }
            perDocument.executeBatch();
        }
    }

    /** A result set ordered by its first column (a document id), read one document at a time. */
    private static final class Cursor {
        private final ResultSet r;
        private boolean more;

        Cursor(ResultSet r) throws SQLException {
            this.r = r;
            more = r.next();
        }

        /** True while the current row is of document {@code doc}; skips rows of earlier documents. */
        boolean at(long doc) throws SQLException {
            while (more && r.getLong(1) < doc) {
                more = r.next();
            }
            return more && r.getLong(1) == doc;
        }

        void next() throws SQLException {
            more = r.next();
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

    /** The number of codings of the document, in all and per coder (added to the batch). */
    private static void writeDocument(PreparedStatement ps, long doc, List<Span> codings) throws SQLException {
        if (codings.isEmpty()) {
            return;
        }
        Map<Long, Integer> perCoder = new HashMap<>();
        for (Span s : codings) {
            perCoder.merge(s.coder(), 1, Integer::sum);
        }
        perCoder.put(CodingTotals.ALL_CODERS, codings.size());
        for (Map.Entry<Long, Integer> e : perCoder.entrySet()) {
            ps.setLong(1, doc);
            ps.setLong(2, e.getKey());
            ps.setInt(3, e.getValue());
            ps.addBatch();
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
            List<Map.Entry<CodeKey, long[]>> deltas = new ArrayList<>(totals.codeDeltas().entrySet());
            deltas.sort(Map.Entry.comparingByKey(CODE_ORDER));
            for (Map.Entry<CodeKey, long[]> e : deltas) {
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
            List<Map.Entry<PairKey, Long>> deltas = new ArrayList<>(totals.pairDeltas().entrySet());
            deltas.sort(Map.Entry.comparingByKey(PAIR_ORDER));
            for (Map.Entry<PairKey, Long> e : deltas) {
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
