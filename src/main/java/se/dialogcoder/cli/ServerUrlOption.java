package se.dialogcoder.cli;

import picocli.CommandLine.Option;
import se.dialogcoder.app.ServerAddress;

/** {@code --url postgresql://HOST:PORT/DB?user=ROLE} of the server commands, and where its password comes from. */
final class ServerUrlOption {
    @Option(names = "--url", required = true, paramLabel = "postgresql://HOST:PORT/DB[?user=ROLE]",
            description = {"The team server's database, as libpq writes it; sslmode=verify-full&sslrootcert=FILE "
                    + "for TLS. No password in the address: it comes from PGPASSWORD, else ~/.pgpass (or the file "
                    + "PGPASSFILE names), else, when the server asks for one, a prompt in the terminal."})
    String url;

    /** The parsed address; a malformed one (or one with a password) is refused naming it (exit 1). */
    ServerAddress address() {
        return ServerAddress.parse(url);
    }
}
