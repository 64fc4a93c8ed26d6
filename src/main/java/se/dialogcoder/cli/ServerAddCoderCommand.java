package se.dialogcoder.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.InvalidInputException;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.teamwork.TeamServer;
import se.dialogcoder.model.UserMessage;

@Command(name = "add-coder", description = {"Create a coder's database login role with the rights of a lead "
        + "(codebook, documents, coders, reveal) or a coder (own codings and memos only), and print the role's name "
        + "on stdout: the coder connects with postgresql://HOST:PORT/DB?user=ROLE.",
    "Without --password-stdin the role has no password: for certificate, LDAP or Kerberos logins, or set one later "
        + "with ALTER ROLE … PASSWORD. A password is never stored by DialogCoder."})
final class ServerAddCoderCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The coder's name, as the codings show it.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "lead|coder",
            description = "lead: codebook, documents, coders and reveal; coder: own codings and memos only.")
    String role;

    @Mixin
    ServerUrlOption server;

    @Option(names = "--password-stdin", description = "Read the new role's password from stdin (one line; not "
            + "echoed in a terminal).")
    boolean passwordStdin;

    @Option(names = "--json", description = "Print {\"coder\", \"role\", \"rights\"} as JSON.")
    boolean json;

    private final TeamServer team;

    ServerAddCoderCommand(TeamServer team) {
        this.team = team;
    }

    @Override
    public Integer call() throws Exception {
        ServerAddress address = server.address();
        TeamServer.Role rights = switch (role.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "lead" -> TeamServer.Role.LEAD;
            case "coder" -> TeamServer.Role.CODER;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--role must be lead or coder, not " + role);
        };
        char[] password = passwordStdin ? readPassword() : null;
        String roleName;
        try {
            roleName = team.addCoder(address, name, rights, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        err().println(address + ": " + name + " can log in as the role " + roleName + " (" + rights.id() + ")"
                + (passwordStdin ? "." : ", without a password (certificate/LDAP login, or set one with ALTER ROLE)."));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("coder", name);
            m.put("role", roleName);
            m.put("rights", rights.id());
            out().println(Json.write(m));
        } else {
            out().println(roleName);
        }
        return Cli.OK;
    }

    /** One line from the terminal without echo, or from stdin; never kept as a String. */
    private char[] readPassword() throws IOException {
        Console console = System.console();
        char[] typed;
        if (console != null) {
            typed = console.readPassword("Password for %s: ", name);
        } else {
            Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
            char[] buffer = new char[256];
            int n = 0;
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                if (n == buffer.length) {
                    char[] bigger = Arrays.copyOf(buffer, n * 2);
                    Arrays.fill(buffer, '\0');
                    buffer = bigger;
                }
                buffer[n++] = (char) c;
            }
            if (n > 0 && buffer[n - 1] == '\r') {
                n--;
            }
            typed = Arrays.copyOf(buffer, n);
            Arrays.fill(buffer, '\0');
        }
        if (typed == null || typed.length == 0) {
            throw new InvalidInputException(UserMessage.of("err.server.noNewPassword", "--password-stdin: no "
                    + "password was given for {0}; no role was created.", name));
        }
        return typed;
    }
}
