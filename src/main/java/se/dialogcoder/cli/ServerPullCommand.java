package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.teamwork.ProjectCopy;
import se.dialogcoder.app.teamwork.TeamServer;

@Command(name = "pull", description = {"Write the server's project into a new project file (never over an existing "
        + "one), to work offline or to keep a copy. What is copied is what the connected role may see: while coding "
        + "is blind, a coder's pull holds only their own codings and memos; a lead's holds everyone's.",
    "A failure leaves no file behind."})
final class ServerPullCommand extends BaseCommand implements Callable<Integer> {
    @Mixin
    ServerUrlOption server;

    @Parameters(index = "0", paramLabel = "OUT.dcproj", description = "The new project file.")
    Path out;

    @Option(names = "--json", description = "Print what was copied as JSON.")
    boolean json;

    private final TeamServer team;

    ServerPullCommand(TeamServer team) {
        this.team = team;
    }

    @Override
    public Integer call() throws Exception {
        ServerAddress address = server.address();
        TeamServer.Transfer t = team.pull(address, out);
        err().println(address + " → " + out + ": " + inWords(t));
        if (json) {
            out().println(Json.write(toJson(t, out.toString(), address.toString())));
        }
        return Cli.OK;
    }

    static String inWords(TeamServer.Transfer t) {
        ProjectCopy.Counts c = t.counts();
        return "\"" + t.project() + "\": " + c.documents() + " documents, " + c.codes() + " codes, " + c.coders()
                + " coders, " + c.codings() + " codings, " + c.sets() + " sets, " + c.memos() + " memos copied.";
    }

    static Map<String, Object> toJson(TeamServer.Transfer t, String file, String server) {
        ProjectCopy.Counts c = t.counts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", t.project());
        m.put("file", file);
        m.put("server", server);
        m.put("documents", c.documents());
        m.put("codes", c.codes());
        m.put("coders", c.coders());
        m.put("codings", c.codings());
        m.put("sets", c.sets());
        m.put("memos", c.memos());
        m.put("pseudonyms", c.pseudonyms());
        return m;
    }
}
