package se.dialogcoder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.Coding;

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

    /**
     * Every coding made by the given coders, ordered by document, code, coder and offsets (for agreement
     * statistics).
     */
    public List<Coding> byCoders(Collection<Long> coderIds) throws SQLException {
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
