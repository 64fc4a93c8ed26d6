package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The memo column of a row in one of the project's tables (code, coding, document), read and written by id. */
final class Memos {
    private Memos() {
    }

    /** @param table a table name of this package, never user input */
    static String get(Connection c, String table, long id) throws SqlFailure {
        try (PreparedStatement ps = c.prepareStatement("SELECT memo FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** @param table a table name of this package, never user input */
    static void set(Connection c, String table, long id, String memo) throws SqlFailure {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET memo = ? WHERE id = ?")) {
            ps.setString(1, memo);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
