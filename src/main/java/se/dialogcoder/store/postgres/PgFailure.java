package se.dialogcoder.store.postgres;

import java.sql.SQLException;
import se.dialogcoder.store.StoreException;

/** A database error inside a unit of work, its reason in plain words ({@link PostgresProject#plain}). */
final class PgFailure extends StoreException {
    PgFailure(SQLException cause) {
        super(PostgresProject.plain(cause), cause);
    }
}
