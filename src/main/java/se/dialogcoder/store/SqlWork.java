package se.dialogcoder.store;

import java.sql.SQLException;

/** A piece of work against the project inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Tx tx) throws SQLException;
}
