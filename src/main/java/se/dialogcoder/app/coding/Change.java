package se.dialogcoder.app.coding;

import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * One user action on the project that can be undone: {@link #apply} and {@link #revert} each run inside one
 * committed transaction, so an undone action is undone in the file too.
 */
public interface Change {
    void apply(UnitOfWork tx) throws StoreException;

    void revert(UnitOfWork tx) throws StoreException;

    /**
     * What applying ({@code applied}) or reverting this change did to codings, when it changed nothing else;
     * {@link CodingEffect#OTHER} otherwise (the default). Asked after the step was committed.
     */
    default CodingEffect codingEffect(boolean applied) {
        return CodingEffect.OTHER;
    }
}
