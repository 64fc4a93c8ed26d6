package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.dialogcoder.store.Pseudonyms;
import se.dialogcoder.store.StoreException;

/**
 * The pseudonyms of a project (v3): per kind of personal data, the keyed hash of a value and its number. The
 * values themselves are never stored, and the hashes mean nothing without the secret kept outside the project.
 */
public final class PseudonymTable implements Pseudonyms {
    private final Connection c;

    PseudonymTable(Connection c) {
        this.c = c;
    }

    /** The number given to a value (by its keyed hash), if any. */
    @Override
    public Optional<Integer> number(String kind, String valueHash) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT number FROM pseudonym WHERE kind = ? AND value_hash = ?")) {
                ps.setString(1, kind);
                ps.setString(2, valueHash);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Optional.of(r.getInt(1)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Gives a new value the next free number of its kind and returns it. */
    @Override
    public int add(String kind, String valueHash, String keyId) throws StoreException {
        try {
            int next;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(number), 0) + 1 FROM pseudonym WHERE kind = ?")) {
                ps.setString(1, kind);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    next = r.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO pseudonym(kind, value_hash, number, key_id) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, kind);
                ps.setString(2, valueHash);
                ps.setInt(3, next);
                ps.setString(4, keyId);
                ps.executeUpdate();
            }
            return next;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** How many pseudonyms were made with a secret other than {@code keyId}. */
    @Override
    public int countWithOtherKey(String keyId) throws StoreException {
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pseudonym WHERE key_id <> ?")) {
                ps.setString(1, keyId);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Number of pseudonyms per kind, by kind. */
    @Override
    public Map<String, Integer> counts() throws StoreException {
        try {
            Map<String, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, count(*) FROM pseudonym GROUP BY kind ORDER BY kind");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Every pseudonym record, by kind and number. */
    @Override
    public List<Entry> all() throws StoreException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, value_hash, number, key_id FROM pseudonym ORDER BY kind, number");
                ResultSet r = ps.executeQuery()) {
            List<Entry> out = new ArrayList<>();
            while (r.next()) {
                out.add(new Entry(r.getString(1), r.getString(2), r.getInt(3), r.getString(4)));
            }
            return out;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
