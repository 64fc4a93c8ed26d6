package se.dialogcoder.store;

/** A full-text query that SQLite's FTS5 does not accept, told in plain words. */
public final class SearchSyntaxException extends IllegalArgumentException {
    public SearchSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
