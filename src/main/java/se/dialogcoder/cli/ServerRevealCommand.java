package se.dialogcoder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.teamwork.TeamServer;

@Command(name = "reveal", description = "End blind coding: every coder sees everyone's codings (the database "
        + "enforces it). With --hide, back to blind coding: each coder sees only their own. Leads only.")
final class ServerRevealCommand extends BaseCommand implements Callable<Integer> {
    @Mixin
    ServerUrlOption server;

    @Option(names = "--hide", description = "Hide the coders' codings from each other again.")
    boolean hide;

    private final TeamServer team;

    ServerRevealCommand(TeamServer team) {
        this.team = team;
    }

    @Override
    public Integer call() throws Exception {
        ServerAddress address = server.address();
        team.reveal(address, !hide);
        err().println(address + (hide ? ": blind coding; each coder sees only their own codings."
                : ": revealed; every coder sees everyone's codings."));
        return Cli.OK;
    }
}
