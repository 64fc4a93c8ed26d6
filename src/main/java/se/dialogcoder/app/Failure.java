package se.dialogcoder.app;

import se.dialogcoder.store.LoginRefusedException;
import se.dialogcoder.store.ProjectLockedException;
import se.dialogcoder.store.ReadOnlyLocationException;
import se.dialogcoder.store.SearchSyntaxException;

/** The kinds of failure the window and the commands answer differently; everything else is {@link #OTHER}. */
public enum Failure {
    /** The project is open for writing elsewhere (another window or a command). */
    LOCKED,
    /** The project is where it cannot be written (read-only media, a backup): it can be opened read-only. */
    READ_ONLY_LOCATION,
    /** The server refused the login (password missing or wrong). */
    LOGIN_REFUSED,
    /** A search query that does not parse: a usage error, not a failure of the project. */
    QUERY_SYNTAX,
    OTHER;

    /** What kind of failure {@code e} is. */
    public static Failure of(Throwable e) {
        if (e instanceof ProjectLockedException) {
            return LOCKED;
        }
        if (e instanceof ReadOnlyLocationException) {
            return READ_ONLY_LOCATION;
        }
        if (e instanceof LoginRefusedException) {
            return LOGIN_REFUSED;
        }
        if (e instanceof SearchSyntaxException) {
            return QUERY_SYNTAX;
        }
        return OTHER;
    }
}
