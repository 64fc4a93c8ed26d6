package se.dialogcoder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import se.dialogcoder.app.Failure;

/** Turns a refused request (unknown code, bad query, offsets outside the text) into a message and an exit code. */
final class Failures {
    private Failures() {
    }

    static int report(PrintWriter err, Path project, IllegalArgumentException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        err.println("dialogcoder: " + project.getFileName() + ": " + m + (m.endsWith(".") ? "" : "."));
        return Failure.of(e) == Failure.QUERY_SYNTAX ? Cli.USAGE : Cli.FAILED;
    }
}
