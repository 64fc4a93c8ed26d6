package se.dialogcoder.store.sqlite;

import java.sql.SQLException;
import se.dialogcoder.store.StoreException;

/**
 * A database error inside a unit of work, its reason in plain words ({@link ProjectFile#plain}). {@link ProjectFile}
 * rolls the unit back and reports it naming the file, as it always has.
 */
final class SqlFailure extends StoreException {
    SqlFailure(SQLException cause) {
        super(ProjectFile.plain(cause), cause);
    }
}
