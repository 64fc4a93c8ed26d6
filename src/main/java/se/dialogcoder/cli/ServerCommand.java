package se.dialogcoder.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "server", description = {"A team project on a PostgreSQL server: set up the database (init), add "
        + "coders' roles (add-coder), upload a project file (push), download a copy (pull), send a coder's offline work in a copy back (sync), and show or hide the "
        + "coders' codings to each other (reveal). See docs/team-server.md.",
    "Passwords: PGPASSWORD when set, else ~/.pgpass (or PGPASSFILE), else a prompt when the server asks and a "
        + "terminal is there. They are never written anywhere."},
        subcommands = {ServerInitCommand.class, ServerAddCoderCommand.class, ServerPushCommand.class,
            ServerPullCommand.class, ServerSyncCommand.class, ServerRevealCommand.class})
final class ServerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
