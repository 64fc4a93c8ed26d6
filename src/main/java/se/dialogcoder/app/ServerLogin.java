package se.dialogcoder.app;

import se.dialogcoder.store.LoginRefusedException;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;

/**
 * Where the password for a team server comes from, in this order: {@code PGPASSWORD} when it is set; else none, so
 * that the driver looks in {@code ~/.pgpass} (or the file {@code PGPASSFILE} names) itself, and servers that log in
 * by certificate, LDAP/Kerberos or trust need none; else, when the server asks for one, the {@link Prompt} (a
 * console's or a dialog's, never echoed). Without a prompt (CI, no console) the refusal names the address and the
 * three ways. A password is never written anywhere.
 */
public final class ServerLogin {
    /** Asks the person for a password without echoing it; returns null when they give none. */
    @FunctionalInterface
    public interface Prompt {
        char[] password(String question);
    }

    /** One attempt to connect with a password (null: none given, the driver may find one in ~/.pgpass). */
    @FunctionalInterface
    public interface Attempt<T> {
        T connect(String password) throws StoreException;
    }

    private final Map<String, String> environment;
    private final Prompt prompt;

    /** {@code prompt} null: nobody can be asked (no console). */
    public ServerLogin(Map<String, String> environment, Prompt prompt) {
        this.environment = Objects.requireNonNull(environment);
        this.prompt = prompt;
    }

    /** The process environment, and the console's prompt when there is a console. */
    public static ServerLogin fromEnvironment() {
        Console console = System.console();
        return new ServerLogin(System.getenv(), console == null ? null : q -> console.readPassword("%s", q));
    }

    /** Connects with the password from where it comes from (see the class comment); a second try after a prompt. */
    public <T> T connect(ServerAddress address, Attempt<T> attempt) throws StoreException {
        return connect(address, prompt, attempt);
    }

    /** As {@link #connect(ServerAddress, Attempt)}, asking {@code prompt} (the window's dialog; null: nobody). */
    public <T> T connect(ServerAddress address, Prompt prompt, Attempt<T> attempt) throws StoreException {
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return attempt.connect(fromEnvironment);
        }
        try {
            return attempt.connect(null);
        } catch (StoreException e) {
            if (!asksForPassword(e)) {
                throw e;
            }
            if (prompt == null) {
                throw new StoreException(UserMessage.of("err.server.passwordNeeded", "{0}: the server asks for a "
                        + "password and none was given. Set PGPASSWORD, add a line for this server to ~/.pgpass (or "
                        + "the file PGPASSFILE names), or run the command in a terminal to type it when asked.",
                        address.toString()), e);
            }
            char[] typed = prompt.password("Password for " + role(address) + " at " + address + ": ");
            if (typed == null || typed.length == 0) {
                throw new StoreException(UserMessage.of("err.server.noPassword", "{0}: no password was given; "
                        + "nothing was done.", address.toString()), e);
            }
            String password = new String(typed);
            Arrays.fill(typed, '\0');
            return attempt.connect(password);
        }
    }

    /** The role a connection logs in as: the address's user, else the login name (as the driver does). */
    public static String role(ServerAddress address) {
        return address.user() != null ? address.user() : System.getProperty("user.name");
    }

    /**
     * True when the server refused a connection that gave no password because it wants one: the store engine tells
     * a refused login apart ({@link LoginRefusedException}, from the server's SQL state, not its translated words).
     */
    static boolean asksForPassword(Throwable e) {
        return e instanceof LoginRefusedException;
    }
}
