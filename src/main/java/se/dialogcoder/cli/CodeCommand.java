package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.coding.PassageCoding;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.Workspace;

@Command(name = "code", description = {"Code a passage of a document with a code.",
    "Offsets are Unicode code points of the stored text (see the text command), start inclusive, end exclusive."})
final class CodeCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--document", required = true, paramLabel = "NAME", description = "Document name.")
    String document;

    @Option(names = "--start", required = true, paramLabel = "N", description = "First code point of the passage.")
    int start;

    @Option(names = "--end", required = true, paramLabel = "N", description = "Code point just after the passage.")
    int end;

    @Option(names = "--code", required = true, paramLabel = "PATH",
            description = "The code: " + CodeHelp.REFERENCE + ".")
    String code;

    @Option(names = "--coder", paramLabel = "NAME",
            description = "Who codes (default: the coder name in the settings, else your login name).")
    String coder;

    @Option(names = "--json", description = "Print the new coding as JSON.")
    boolean json;

    private final PassageCoding passageCoding;
    private final Workspace workspace;

    CodeCommand(PassageCoding passageCoding, Workspace workspace) {
        this.passageCoding = passageCoding;
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws Exception {
        PassageCoding.Result r;
        String who;
        try (BackedUpChange change = projects.forChanging(project)) {
            who = workspace.coderName(coder, change.project());
            r = passageCoding.code(change.project(), document, start, end, code, who);
        } catch (IllegalArgumentException e) {
            return Failures.report(err(), project, e);
        }
        if (json) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.coding().id());
            row.put("document", r.document().name());
            row.put("county", r.document().county() == null ? null : r.document().county().code());
            row.put("start", r.coding().start());
            row.put("end", r.coding().end());
            row.put("code", r.codePath());
            row.put("coder", who);
            row.put("passage", r.passage());
            out().println(Json.write(row));
        }
        err().println("Coded " + r.document().name() + " " + start + "–" + end + " with \"" + r.codePath() + "\" for "
                + who + ": \"" + abbreviate(r.passage()) + "\".");
        return Cli.OK;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }
}
