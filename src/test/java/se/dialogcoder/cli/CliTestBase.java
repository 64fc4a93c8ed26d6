package se.dialogcoder.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import se.dialogcoder.app.Services;

/** Runs the command line as a user would, keeping what it printed: {@link #out} (data) and {@link #err}. */
abstract class CliTestBase {
    protected Services services;
    protected String out;
    protected String err;

    protected int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.run(services, args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }
}
