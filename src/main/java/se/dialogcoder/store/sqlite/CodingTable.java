package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.Span;
import se.dialogcoder.store.Codings;
import se.dialogcoder.store.StoreException;

/** Coded passages. Offsets are code points over the document text. */
public final class CodingTable implements Codings {
    private static final String COLUMNS = "id, document_id, code_id, coder_id, start, end, created_at";
    private final Connection c;

    CodingTable(Connection c) {
        this.c = c;
    }

    /** Codes a passage; refuses offsets outside the document's text. */
    @Override
    public Coding insert(long documentId, long codeId, long coderId, int start, int end) throws StoreException {
        try {
            int length;
            try (PreparedStatement ps = c.prepareStatement("SELECT characters FROM document WHERE id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no document with id " + documentId);
                    }
                    length = r.getInt(1);
                }
            }
            if (start < 0 || end <= start || end > length) {
                throw new IllegalArgumentException("the passage " + start + "–" + end
                        + " lies outside the document (0–" + length + ")");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO coding(document_id, code_id, coder_id, start, end, created_at) VALUES (?,?,?,?,?,?)")) {
                ps.setLong(1, documentId);
                ps.setLong(2, codeId);
                ps.setLong(3, coderId);
                ps.setInt(4, start);
                ps.setInt(5, end);
                ps.setString(6, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return byId(keys.getLong(1)).orElseThrow();
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Stores a coding copied from another project (a merge): its creation time and memo are kept, its offsets
     * checked against the document like {@link #insert}.
     */
    @Override
    public Coding insertCopy(long documentId, long codeId, long coderId, int start, int end, String createdAt,
                             String memo) throws StoreException {
        try {
            Coding c0 = insert(documentId, codeId, coderId, start, end);
            update("UPDATE coding SET created_at = ?, memo = ? WHERE id = ?",
                    createdAt == null ? c0.createdAt() : createdAt, memo, c0.id());
            return byId(c0.id()).orElseThrow();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Puts back a coding exactly as it was (same id), for undo and redo. */
    @Override
    public void restore(Coding coding, String memo) throws StoreException {
        try {
            Coding c0 = coding;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO coding(id, document_id, code_id, coder_id, start, "
                    + "end, created_at, memo) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, c0.id());
                ps.setLong(2, c0.documentId());
                ps.setLong(3, c0.codeId());
                ps.setLong(4, c0.coderId());
                ps.setInt(5, c0.start());
                ps.setInt(6, c0.end());
                ps.setString(7, c0.createdAt());
                ps.setString(8, memo);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void delete(long id) throws StoreException {
        try {
            update("DELETE FROM coding WHERE id = ?", id);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void setCode(long id, long codeId) throws StoreException {
        try {
            update("UPDATE coding SET code_id = ? WHERE id = ?", codeId, id);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Moves a coding's boundaries (within its document). */
    @Override
    public void setRange(long id, int start, int end) throws StoreException {
        try {
            Coding coding = byId(id).orElseThrow(() -> new SQLException("no coding " + id));
            int length;
            try (PreparedStatement ps = c.prepareStatement("SELECT characters FROM document WHERE id = ?")) {
                ps.setLong(1, coding.documentId());
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    length = r.getInt(1);
                }
            }
            if (start < 0 || end <= start || end > length) {
                throw new IllegalArgumentException("the passage " + start + "–" + end + " lies outside the document");
            }
            update("UPDATE coding SET start = ?, end = ? WHERE id = ?", start, end, id);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public String memo(long id) throws StoreException {
        return Memos.get(c, "coding", id);
    }

    @Override
    public void setMemo(long id, String memo) throws StoreException {
        Memos.set(c, "coding", id, memo);
    }

    /** Codings of a code (all documents), in document order. */
    @Override
    public List<Coding> forCode(long codeId) throws StoreException {
        return where("code_id = ? ORDER BY document_id, start", codeId);
    }

    /**
     * Stores many codings of one coder (one prepared statement, inside the caller's transaction) and returns their
     * ids in the order given. Every passage is checked against its document's length first; one bad passage
     * stores nothing.
     */
    @Override
    public List<Long> insertAll(List<NewCoding> codings, long coderId) throws StoreException {
        try {
            Map<Long, Integer> lengths = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT characters FROM document WHERE id = ?")) {
                for (NewCoding n : codings) {
                    Integer length = lengths.get(n.documentId());
                    if (length == null) {
                        ps.setLong(1, n.documentId());
                        try (ResultSet r = ps.executeQuery()) {
                            if (!r.next()) {
                                throw new SQLException("no document with id " + n.documentId());
                            }
                            length = r.getInt(1);
                        }
                        lengths.put(n.documentId(), length);
                    }
                    if (n.end() > length) {
                        throw new IllegalArgumentException("the passage " + n.start() + "–" + n.end()
                                + " lies outside the document (0–" + length + ")");
                    }
                }
            }
            List<Long> ids = new ArrayList<>(codings.size());
            String now = Instant.now().toString();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO coding(document_id, code_id, coder_id, start, end, created_at) VALUES (?,?,?,?,?,?)")) {
                for (NewCoding n : codings) {
                    ps.setLong(1, n.documentId());
                    ps.setLong(2, n.codeId());
                    ps.setLong(3, coderId);
                    ps.setInt(4, n.start());
                    ps.setInt(5, n.end());
                    ps.setString(6, now);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The spans already coded with a code by a coder, per document id. */
    @Override
    public Map<Long, Set<Span>> spansOf(long codeId, long coderId) throws StoreException {
        try {
            Map<Long, Set<Span>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT document_id, start, end FROM coding WHERE code_id = ? AND coder_id = ?")) {
                ps.setLong(1, codeId);
                ps.setLong(2, coderId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(new Span(r.getInt(2), r.getInt(3)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Number of codings per code id. */
    @Override
    public java.util.Map<Long, Integer> countsByCode() throws StoreException {
        try {
            return new TotalsTable(c).fresh()
                    ? counts("SELECT code_id, sum(segments) FROM coding_total WHERE coder_id = 0 AND code_id <> 0 "
                            + "GROUP BY code_id HAVING sum(segments) > 0")
                    : counts("SELECT code_id, count(*) FROM coding GROUP BY code_id");
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Number of codings per document id. */
    @Override
    public java.util.Map<Long, Integer> countsByDocument() throws StoreException {
        try {
            return new TotalsTable(c).fresh()
                    ? counts("SELECT document_id, segments FROM coding_total_document WHERE coder_id = 0")
                    : counts("SELECT document_id, count(*) FROM coding GROUP BY document_id");
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Number of one coder's codings per code id (blind coding shows only one's own). */
    @Override
    public java.util.Map<Long, Integer> countsByCode(long coderId) throws StoreException {
        try {
            return new TotalsTable(c).fresh() && coderId != 0
                    ? counts("SELECT code_id, sum(segments) FROM coding_total WHERE coder_id = ? AND code_id <> 0 "
                            + "GROUP BY code_id HAVING sum(segments) > 0", coderId)
                    : counts("SELECT code_id, count(*) FROM coding WHERE coder_id = ? GROUP BY code_id", coderId);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Number of one coder's codings per document id. */
    @Override
    public java.util.Map<Long, Integer> countsByDocument(long coderId) throws StoreException {
        try {
            return new TotalsTable(c).fresh() && coderId != 0
                    ? counts("SELECT document_id, segments FROM coding_total_document WHERE coder_id = ?", coderId)
                    : counts("SELECT document_id, count(*) FROM coding WHERE coder_id = ? GROUP BY document_id",
                            coderId);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private java.util.Map<Long, Integer> counts(String sql, Object... args) throws SQLException {
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getInt(2));
                }
            }
        }
        return out;
    }

    /** Every coding of the project, by document and offsets. */
    @Override
    public List<Coding> all() throws StoreException {
        try {
            List<Coding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM coding ORDER BY document_id, start, end, id"); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The memos of codings that have one, by coding id. */
    @Override
    public java.util.Map<Long, String> memos() throws StoreException {
        try {
            java.util.Map<Long, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, memo FROM coding WHERE memo IS NOT NULL");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Removes codings by id (the undo of an insert); returns how many were removed. */
    @Override
    public int deleteAll(List<Long> ids) throws StoreException {
        try {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM coding WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    n += ps.executeUpdate();
                }
            }
            return n;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public Optional<Coding> byId(long id) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM coding WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Optional.of(row(r)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public List<Coding> forDocument(long documentId) throws StoreException {
        return where("document_id = ? ORDER BY start, end", documentId);
    }

    /**
     * Every coding made by the given coders, ordered by document, code, coder and offsets (for agreement
     * statistics).
     */
    @Override
    public List<Coding> byCoders(Collection<Long> coderIds) throws StoreException {
        try {
            List<Coding> out = new ArrayList<>();
            if (coderIds.isEmpty()) {
                return out;
            }
            String marks = String.join(",", Collections.nCopies(coderIds.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM coding WHERE coder_id IN ("
                    + marks + ") ORDER BY document_id, code_id, coder_id, start, end")) {
                int i = 1;
                for (long id : coderIds) {
                    ps.setLong(i++, id);
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(row(r));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public int count() throws StoreException {
        try {
            String sql = new TotalsTable(c).fresh()
                    ? "SELECT coalesce(sum(segments), 0) FROM coding_total_document WHERE coder_id = 0"
                    : "SELECT count(*) FROM coding";
            try (PreparedStatement ps = c.prepareStatement(sql);
                 ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Number of one coder's codings. */
    @Override
    public int count(long coderId) throws StoreException {
        try {
            String sql = new TotalsTable(c).fresh() && coderId != 0
                    ? "SELECT coalesce(sum(segments), 0) FROM coding_total_document WHERE coder_id = ?"
                    : "SELECT count(*) FROM coding WHERE coder_id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, coderId);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    private static Coding row(ResultSet r) throws SQLException {
        return new Coding(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getInt(5), r.getInt(6),
                r.getString(7));
    }

    /** The codings matching a condition on one id, with their order (e.g. {@code "code_id = ? ORDER BY start"}). */
    private List<Coding> where(String conditionAndOrder, long value) throws StoreException {
        try {
            List<Coding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM coding WHERE "
                    + conditionAndOrder)) {
                ps.setLong(1, value);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(row(r));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void markSuggested(long codingId, double score) throws StoreException {
        try {
            update("INSERT OR REPLACE INTO suggestion_accepted(coding_id, score, accepted_at) VALUES (?,?,?)",
                    codingId, score, Instant.now().toString());
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public Map<Long, Double> suggested() throws StoreException {
        try {
            Map<Long, Double> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT coding_id, score FROM suggestion_accepted");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getDouble(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
