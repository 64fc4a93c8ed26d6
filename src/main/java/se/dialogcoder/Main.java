package se.dialogcoder;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import se.dialogcoder.app.Services;
import se.dialogcoder.cli.Cli;

/**
 * The one entry point: no arguments opens the window (a project file as the only argument opens the window on
 * it, which is how a double-click on a .dcproj arrives), a subcommand runs headless. Deliberately not a JavaFX
 * {@code Application}, so the jar runs with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Services services = Services.fromEnvironment();
        boolean projectFile = args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".dcproj")
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
        if (args.length == 0 || projectFile) {
            try {
                se.dialogcoder.ui.DialogCoderApp.launch(services, projectFile ? java.nio.file.Path.of(args[0]) : null);
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
