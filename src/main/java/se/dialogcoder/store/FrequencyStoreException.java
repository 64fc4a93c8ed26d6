package se.dialogcoder.store;

import se.dialogcoder.model.UserMessage;

/** A frequency store that cannot be read or written, told in plain words naming the store and the reason. */
public final class FrequencyStoreException extends StoreException {
    public FrequencyStoreException(UserMessage message) {
        super(message);
    }

    public FrequencyStoreException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
