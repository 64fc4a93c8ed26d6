package se.dialogcoder.store.postgres;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.dialogcoder.store.StoreException;

/**
 * A database error inside a unit of work, its reason in plain words ({@link PostgresProject#plain}). When the
 * database refused the statement for lack of rights (a grant or a row-level security policy, SQLSTATE 42501), it
 * keeps which table the statement wrote, read from our own SQL (the server's text may be in another language), so
 * that {@link PostgresProject} can tell the user what their role may do.
 */
final class PgFailure extends StoreException {
    private static final Pattern WRITES = Pattern.compile(
            "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+\"?(\\w+)", Pattern.CASE_INSENSITIVE);
    private final transient String refusedTable;

    PgFailure(SQLException cause) {
        this(cause, null);
    }

    PgFailure(SQLException cause, String sql) {
        super(PostgresProject.plain(cause), cause);
        this.refusedTable = refused(cause) ? tableOf(sql) : null;
    }

    /** A write that row-level security let through without touching the row (another coder's coding). */
    private PgFailure(String table) {
        super(se.dialogcoder.model.UserMessage.of("err.detail", "{0}",
                "the database refused the change of a row in " + table));
        this.refusedTable = table;
    }

    static PgFailure refusedRow(String table) {
        return new PgFailure(table);
    }

    /** The table a refused write was on ("" when the statement was not one of ours), or empty when not refused. */
    Optional<String> refusedTable() {
        return Optional.ofNullable(refusedTable);
    }

    static boolean refused(SQLException e) {
        return "42501".equals(e.getSQLState());
    }

    private static String tableOf(String sql) {
        if (sql == null) {
            return "";
        }
        Matcher m = WRITES.matcher(sql);
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
