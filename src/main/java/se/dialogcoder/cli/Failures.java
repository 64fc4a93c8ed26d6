package se.dialogcoder.cli;

import java.io.PrintWriter;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.Failure;

/** Turns a refused request (unknown code, bad query, offsets outside the text) into a message and an exit code. */
final class Failures {
    private Failures() {
    }

    static int report(PrintWriter err, Location project, IllegalArgumentException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        err.println("dialogcoder: " + project.shortName() + ": " + m + (m.endsWith(".") ? "" : "."));
        return Failure.of(e) == Failure.QUERY_SYNTAX ? Cli.USAGE : Cli.FAILED;
    }
}
