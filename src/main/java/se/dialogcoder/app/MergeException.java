package se.dialogcoder.app;

/** A merge that cannot be done, told in plain words; nothing was changed. */
public final class MergeException extends Exception {
    public MergeException(String message) {
        super(message);
    }

    public MergeException(String message, Throwable cause) {
        super(message, cause);
    }
}
