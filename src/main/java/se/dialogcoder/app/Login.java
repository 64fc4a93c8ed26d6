package se.dialogcoder.app;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import se.dialogcoder.store.LoginRefusedException;
import se.dialogcoder.store.StoreException;

/**
 * Logging in to a team project's server. The password comes, in this order, from {@code PGPASSWORD}, from
 * {@code ~/.pgpass} (or the file {@code PGPASSFILE} names; the PostgreSQL driver reads it itself when no password is
 * given), or from the user when the server refuses without one: the window's password dialog, the terminal's prompt.
 * A password is never written anywhere and is cleared from memory after use.
 */
public final class Login {
    /** Asks the user for the password of an address; null when they cancel (or nobody can be asked). */
    @FunctionalInterface
    public interface Prompt {
        char[] password(ServerAddress address);

        /** Nobody to ask (no console, a script): a refused login stays refused, with its message. */
        Prompt NONE = address -> null;
    }

    private final UnaryOperator<String> environment;

    /** @param environment the environment variables (System::getenv in the app) */
    public Login(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** Opens the team project at {@code address}, asking {@code prompt} for the password only when one is needed. */
    public Project open(ServerAddress address, boolean readOnly, Prompt prompt) throws StoreException {
        String fromEnvironment = environment.apply("PGPASSWORD");
        try {
            return ProjectStores.openServer(address, fromEnvironment, readOnly);
        } catch (LoginRefusedException refused) {
            char[] typed = prompt.password(address);
            if (typed == null) {
                throw refused;
            }
            try {
                return ProjectStores.openServer(address, new String(typed), readOnly);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
    }
}
