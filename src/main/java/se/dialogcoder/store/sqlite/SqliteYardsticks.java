package se.dialogcoder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.Yardsticks;

/** The benchmark's bare SQL on a project file (see {@link Yardsticks}). */
final class SqliteYardsticks implements Yardsticks {
    private final Connection c;

    SqliteYardsticks(Connection c) {
        this.c = c;
    }

    @Override
    public int codedPassages(long codeId) throws StoreException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, d.name, c.start, c.end, "
                + "substr(d.text, c.start + 1, c.end - c.start) FROM coding c JOIN document d ON d.id = c.document_id "
                + "WHERE c.code_id = ? ORDER BY d.name, c.start")) {
            ps.setLong(1, codeId);
            int rows = 0;
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    r.getLong(1);
                    r.getString(2);
                    r.getInt(3);
                    r.getInt(4);
                    r.getString(5);
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public int documentCodeCounts() throws StoreException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document_id, code_id, count(*) FROM coding GROUP BY document_id, code_id");
             ResultSet r = ps.executeQuery()) {
            int rows = 0;
            while (r.next()) {
                r.getLong(1);
                r.getLong(2);
                r.getInt(3);
                rows++;
            }
            return rows;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
