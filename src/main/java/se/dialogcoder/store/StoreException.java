package se.dialogcoder.store;

/** A project-file problem told in plain words: names the file and the reason. */
public class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
