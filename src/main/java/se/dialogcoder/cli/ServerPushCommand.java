package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.teamwork.TeamServer;

@Command(name = "push", description = "Upload a project file to a database prepared with server init, exactly: "
        + "documents with their texts, units, attributes and memos; the codebook; coders; codings with their coders, "
        + "times and memos; document and code sets. One transaction: a failure uploads nothing. The file is only "
        + "read. Refused when the server already holds a project.")
final class ServerPushCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file to upload.")
    Path project;

    @Mixin
    ServerUrlOption server;

    @Option(names = "--json", description = "Print what was uploaded as JSON.")
    boolean json;

    private final TeamServer team;

    ServerPushCommand(TeamServer team) {
        this.team = team;
    }

    @Override
    public Integer call() throws Exception {
        ServerAddress address = server.address();
        TeamServer.Transfer t = team.push(project, address);
        err().println(project.getFileName() + " → " + address + ": " + ServerPullCommand.inWords(t));
        if (json) {
            out().println(Json.write(ServerPullCommand.toJson(t, project.toString(), address.toString())));
        }
        return Cli.OK;
    }
}
