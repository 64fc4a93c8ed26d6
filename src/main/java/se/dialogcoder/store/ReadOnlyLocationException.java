package se.dialogcoder.store;

import se.dialogcoder.model.UserMessage;

/** The project file or its folder cannot be written; it can still be opened read-only. */
public final class ReadOnlyLocationException extends StoreException {
    public ReadOnlyLocationException(UserMessage message) {
        super(message);
    }
}
