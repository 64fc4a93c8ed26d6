package se.dialogcoder.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.Services;

/**
 * Runs a headless subcommand. Exit codes: 0 success, 1 failure with nothing changed, 2 usage error,
 * 3 partial failure (some inputs rejected, the rest done).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;

    private Cli() {
    }

    public static int run(Services services, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(services);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            commandLine.getErr().println("dialogcoder: " + message);
            commandLine.getErr().flush();
            return e instanceof CommandLine.ParameterException ? USAGE : FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The root command and all its subcommands, each created with the parts it needs, and {@code --help} on each. */
    static CommandLine commandLine(Services services) {
        CommandLine cl = new CommandLine(new RootCommand(), new CommandFactory(services));
        cl.registerConverter(Location.class, Cli::location); // PROJECT: a file or postgresql://…
        addHelpOptions(cl);
        return cl;
    }

    /** A project's location; a bad address is a usage error that does not repeat what was typed (a password?). */
    private static Location location(String text) {
        try {
            return Location.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * Gives every subcommand (and theirs) {@code -h}/{@code --help}. It is a picocli usage-help option, so
     * {@code dialogcoder code --help} prints the usage (exit 0) instead of complaining about the missing required
     * options. Done here rather than with {@code mixinStandardHelpOptions} on each command, which would also add a
     * {@code --version} that prints nothing in subcommands, and a new command cannot forget it.
     */
    static void addHelpOptions(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
            addHelpOptions(sub);
        }
    }
}
