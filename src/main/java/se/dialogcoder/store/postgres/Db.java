package se.dialogcoder.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import se.dialogcoder.store.StoreException;

/** The few JDBC shapes the PostgreSQL tables use, with a database error turned into a {@link PgFailure}. */
final class Db {
    /** "ORDER BY x" as SQLite's NOCASE collation sorts: ASCII letters folded, then code-point (byte) order. */
    static String nocase(String column) {
        return "translate(" + column + ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\"";
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    @FunctionalInterface
    interface Each {
        void accept(ResultSet r) throws SQLException;
    }

    private final Connection c;
    private final AtomicLong changes;

    Db(Connection c) {
        this(c, new AtomicLong());
    }

    Db(Connection c, AtomicLong changes) {
        this.c = c;
        this.changes = changes;
    }

    /** Counts rows a statement inserted, updated or deleted (for {@link PostgresProject#changeCount}). */
    void changed(long rows) {
        changes.addAndGet(Math.max(0, rows));
    }

    Connection connection() {
        return c;
    }

    <T> List<T> list(String sql, Row<T> row, Object... args) throws StoreException {
        List<T> out = new ArrayList<>();
        each(sql, r -> out.add(row.map(r)), args);
        return out;
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... args) throws StoreException {
        List<T> all = list(sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
    }

    int integer(String sql, Object... args) throws StoreException {
        return one(sql, r -> r.getInt(1), args).orElse(0);
    }

    void each(String sql, Each each, Object... args) throws StoreException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    each.accept(r);
                }
            }
        } catch (SQLException e) {
            throw new PgFailure(e, sql);
        }
    }

    int update(String sql, Object... args) throws StoreException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            int n = ps.executeUpdate();
            changed(n);
            return n;
        } catch (SQLException e) {
            throw new PgFailure(e, sql);
        }
    }

    /** Runs an INSERT and returns the generated {@code id}. */
    long insert(String sql, Object... args) throws StoreException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            changed(ps.executeUpdate());
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        } catch (SQLException e) {
            throw new PgFailure(e, sql);
        }
    }

    /**
     * After a row was put back with its old id (undo, redo): the identity sequence continues above every id in the
     * table, so a later insert never collides with it.
     */
    void keepSequenceAbove(String table) throws StoreException {
        one("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), GREATEST((SELECT max(id) FROM " + table
                + "), (SELECT last_value FROM " + table + "_id_seq)))", r -> r.getLong(1));
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
