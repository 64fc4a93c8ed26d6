package se.dialogcoder.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import se.dialogcoder.store.StoreException;

/**
 * Forward-only schema migrations of a PostgreSQL project: version N is made by running V1.sql … VN.sql of this
 * package in order, each in one transaction with the bump of the version kept in the table {@code schema_version}.
 * The numbering is this engine's own (PostgreSQL version 1 holds what the project file holds at its version 5;
 * version 2 adds the team: {@code team_member}, {@code project.revealed} and row-level security, see V2.sql;
 * version 3 the change notices that keep other windows on the project up to date, see V3.sql; version 4 the totals
 * kept on write inside the database, see V4.sql; version 5 the words of the documents for the word forms of a
 * search, see V5.sql; version 6 the marks of accepted code suggestions, see V6.sql).
 */
final class PgMigrations {
    /** The schema version this build writes. */
    static final int CURRENT = 6;
    /**
     * From this version on, a member (not the tables' owner) opening a team database of an older version uses it as
     * it is (without the totals, counting from the codings; without the words of the documents) until its owner
     * opens it and brings it forward.
     */
    static final int WITHOUT_TOTALS = 3;

    private PgMigrations() {
    }

    /** The schema version of the database: 0 when it holds no DialogCoder schema. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static int version(Db db) throws StoreException {
        try {
            return version(db.connection());
        } catch (SQLException e) {
            throw new PgFailure(e);
        }
    }

    /** Whether the connected role may change the schema: it owns the tables, or is a superuser. */
    static boolean mayMigrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_has_role(current_user, t.relowner, 'USAGE') FROM pg_class t "
                     + "WHERE t.oid = to_regclass('coding')")) {
            return !r.next() || r.getBoolean(1);
        }
    }

    static void migrate(Connection c, int from) throws SQLException {
        for (int v = from + 1; v <= CURRENT; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                apply(c, v);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** Runs the migrations after {@code from} inside the caller's transaction (which commits or rolls back). */
    static void migrateInTransaction(Connection c, int from) throws SQLException {
        for (int v = from + 1; v <= CURRENT; v++) {
            apply(c, v);
        }
    }

    private static void apply(Connection c, int v) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (v == 1) {
                s.executeUpdate("CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at timestamptz "
                        + "NOT NULL DEFAULT now())");
            }
            s.execute(script(v));
            if (v == 5) {
                wordsOfDocumentsWithoutVector(c);
            }
            s.executeUpdate("INSERT INTO schema_version(version) VALUES (" + v + ")");
        }
    }

    /** The words of the documents stored without a tsvector (too long for one), which V5.sql cannot read. */
    private static void wordsOfDocumentsWithoutVector(Connection c) throws SQLException {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM document WHERE search_vector IS NULL")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        for (long id : ids) {
            String text;
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    text = r.getString(1);
                }
            }
            PgDocuments.insertWords(c, text);
        }
    }

    static String script(int version) {
        String name = "V" + version + ".sql";
        try (InputStream in = PgMigrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
