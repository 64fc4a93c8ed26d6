package se.dialogcoder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.teamwork.TeamServer;

@Command(name = "init", description = "Prepare an empty database for a team project: the tables, the group roles "
        + "(lead, coder) and the row-level security that enforces them. Run it once, as the database's owner "
        + "(?user=ADMIN); then add coders and push a project.")
final class ServerInitCommand extends BaseCommand implements Callable<Integer> {
    @Mixin
    ServerUrlOption server;

    private final TeamServer team;

    ServerInitCommand(TeamServer team) {
        this.team = team;
    }

    @Override
    public Integer call() throws Exception {
        ServerAddress address = server.address();
        team.init(address);
        err().println(address + ": ready for a team project. Next: server add-coder, server push.");
        return Cli.OK;
    }
}
