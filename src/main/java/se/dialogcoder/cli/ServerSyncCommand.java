package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.teamwork.SyncReport;
import se.dialogcoder.app.teamwork.TeamServer;

@Command(name = "sync", description = {"Send your own work done offline in a copy made by server pull back to the "
        + "server: codings made in the copy, codings deleted in it, and changed coding memos, in one server "
        + "transaction. Codings are matched by document content, code and passage, as merge does. You connect as "
        + "the coder the copy was pulled as; another role is refused.",
    "Conflicts (a memo changed on both sides, a coding changed on the server that you deleted, a code or document the "
        + "lead deleted or merged) are listed and left as they are on both sides: nothing is lost. A second sync "
        + "sends nothing. Exit 3 when conflicts are left."})
final class ServerSyncCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COPY.dcproj", description = "The project file made by server pull.")
    Path copy;

    @Option(names = "--url", paramLabel = "postgresql://HOST:PORT/DB[?user=ROLE]", description = {"The server, when "
            + "it moved (recorded for the next sync). Default: the address the copy was pulled from. No password "
            + "in the address: it comes from PGPASSWORD, else ~/.pgpass, else a prompt in the terminal."})
    String url;

    @Option(names = "--json", description = "Print what was sent and the conflicts as JSON.")
    boolean json;

    private final TeamServer team;

    ServerSyncCommand(TeamServer team) {
        this.team = team;
    }

    @Override
    public Integer call() throws Exception {
        ServerAddress address = url == null ? null : ServerAddress.parse(url);
        SyncReport r = team.sync(copy, address);
        err().println(r.copy() + " → " + r.server() + " (" + r.coder() + "): " + inWords(r));
        for (SyncReport.Conflict c : r.conflicts()) {
            err().println("  conflict: " + c.document() + ", " + c.code() + ", " + c.start() + "–" + c.end() + ": "
                    + c.reason() + ".");
        }
        if (json) {
            out().println(Json.write(toJson(r)));
        }
        return r.conflicts().isEmpty() ? Cli.OK : Cli.PARTIAL;
    }

    static String inWords(SyncReport r) {
        String sent = r.unchanged() ? "nothing to send, the server already has this copy's work"
                : "sent " + r.inserted() + " new codings, " + r.deleted() + " deletions, " + r.memos()
                + " changed memos";
        return sent + "; " + (r.conflicts().isEmpty() ? "no conflicts." : r.conflicts().size()
                + (r.conflicts().size() == 1 ? " conflict" : " conflicts") + " left as they are on both sides:");
    }

    static Map<String, Object> toJson(SyncReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", r.project());
        m.put("copy", r.copy());
        m.put("server", r.server());
        m.put("coder", r.coder());
        m.put("inserted", r.inserted());
        m.put("deleted", r.deleted());
        m.put("memos", r.memos());
        m.put("changed", !r.unchanged());
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (SyncReport.Conflict c : r.conflicts()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("document", c.document());
            one.put("code", c.code());
            one.put("start", c.start());
            one.put("end", c.end());
            one.put("kind", c.kind().id());
            one.put("reason", c.reason());
            conflicts.add(one);
        }
        m.put("conflicts", conflicts);
        return m;
    }
}
