package se.dialogcoder.store;

/** The project file or its folder cannot be written; it can still be opened read-only. */
public final class ReadOnlyLocationException extends StoreException {
    public ReadOnlyLocationException(String message) {
        super(message);
    }
}
