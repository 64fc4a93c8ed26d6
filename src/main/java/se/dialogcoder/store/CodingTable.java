package se.dialogcoder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.Span;

/** Coded passages. Offsets are code points over the document text. */
public final class CodingTable {
    private static final String COLUMNS = "id, document_id, code_id, coder_id, start, end, created_at";
    private final Connection c;

    CodingTable(Connection c) {
        this.c = c;
    }

    /** Codes a passage; refuses offsets outside the document's text. */
    public Coding insert(long documentId, long codeId, long coderId, int start, int end) throws SQLException {
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
    }

    /**
     * Stores many codings of one coder (one prepared statement, inside the caller's transaction) and returns their
     * ids in the order given. Every passage is checked against its document's length first; one bad passage
     * stores nothing.
     */
    public List<Long> insertAll(List<NewCoding> codings, long coderId) throws SQLException {
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
    }

    /** The spans already coded with a code by a coder, per document id. */
    public Map<Long, Set<Span>> spansOf(long codeId, long coderId) throws SQLException {
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
    }

    /** Removes codings by id (the undo of an insert); returns how many were removed. */
    public int deleteAll(List<Long> ids) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM coding WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    public Optional<Coding> byId(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM coding WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    public List<Coding> forDocument(long documentId) throws SQLException {
        List<Coding> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM coding WHERE document_id = ? ORDER BY start, end")) {
            ps.setLong(1, documentId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
        }
        return out;
    }

    public int count() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM coding");
             ResultSet r = ps.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static Coding row(ResultSet r) throws SQLException {
        return new Coding(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getInt(5), r.getInt(6),
                r.getString(7));
    }
}
