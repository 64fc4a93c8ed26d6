package se.dialogcoder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import se.dialogcoder.store.SearchSyntaxException;

/** Turns a refused request (unknown code, bad query, offsets outside the text) into a message and an exit code. */
final class Failures {
    private Failures() {
    }

    static int report(PrintWriter err, Path project, IllegalArgumentException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        err.println("dialogcoder: " + project.getFileName() + ": " + m + (m.endsWith(".") ? "" : "."));
        return e instanceof SearchSyntaxException ? Cli.USAGE : Cli.FAILED;
    }
}
