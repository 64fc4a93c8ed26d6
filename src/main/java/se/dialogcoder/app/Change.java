package se.dialogcoder.app;

import java.sql.SQLException;
import se.dialogcoder.store.sqlite.Tx;

/**
 * One user action on the project that can be undone: {@link #apply} and {@link #revert} each run inside one
 * committed transaction, so an undone action is undone in the file too.
 */
public interface Change {
    void apply(Tx tx) throws SQLException;

    void revert(Tx tx) throws SQLException;

    /**
     * What applying ({@code applied}) or reverting this change did to codings, when it changed nothing else;
     * {@link CodingEffect#OTHER} otherwise (the default). Asked after the step was committed.
     */
    default CodingEffect codingEffect(boolean applied) {
        return CodingEffect.OTHER;
    }
}
