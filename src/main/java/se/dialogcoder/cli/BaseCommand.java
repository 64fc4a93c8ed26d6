package se.dialogcoder.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand has: its output (data, stdout) and its messages (human words, stderr). */
abstract class BaseCommand {
    @Spec
    CommandSpec spec;

    /** How PROJECT is opened (set by the {@link CommandFactory} when it makes the command). */
    ProjectOption projects;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
