package se.dialogcoder.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Forward-only schema migrations. Version N is created by running V1.sql … VN.sql in order; the version is
 * kept in {@code PRAGMA user_version}. Each step runs in its own transaction together with the version bump.
 */
final class Migrations {
    /** The schema version this build writes. */
    static final int CURRENT = 9;

    private Migrations() {
    }

    static void migrate(Connection c, int from) throws SQLException {
        for (int v = from + 1; v <= CURRENT; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(script(v));
                s.executeUpdate("PRAGMA user_version = " + v);
                if (v >= 7) {
                    new TotalsTable(c).bringUpToDate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    static String script(int version) {
        String name = "V" + version + ".sql";
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
