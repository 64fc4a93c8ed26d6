package se.dialogcoder.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
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
        CommandLine cl = new CommandLine(new RootCommand(services));
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
}
