package se.dialogcoder;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import se.dialogcoder.app.Services;
import se.dialogcoder.cli.Cli;

/**
 * The one entry point: no arguments opens the window, a subcommand runs headless. Deliberately not a JavaFX
 * {@code Application}, so the jar runs with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Services services = Services.fromEnvironment();
        if (args.length == 0) {
            try {
                se.dialogcoder.ui.DialogCoderApp.launch(services);
            } catch (IllegalStateException e) {
                System.err.println("dialogcoder: " + e.getMessage());
                System.exit(Cli.FAILED);
            }
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(services, args, out, err));
    }
}
