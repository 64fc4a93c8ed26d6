package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.exchange.MergeReport;
import se.dialogcoder.app.exchange.MergeReport.Conflict;
import se.dialogcoder.app.exchange.MergeReport.Source;
import se.dialogcoder.app.exchange.MergeService;
import se.dialogcoder.app.Workspace;

@Command(name = "merge", description = "Merge coders' copies of a project into PROJECT: documents matched by their "
        + "text, codes by id then path, codings added when not already there, memos kept. One transaction: a "
        + "failure changes nothing. The OTHER files are only read. Merging a file again adds nothing. A backup of "
        + "PROJECT is taken first.")
final class MergeCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project to merge into.")
    Location project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER", description = "Coders' project files.")
    List<Path> others;

    @Option(names = "--json", description = "Print the merge report as JSON.")
    boolean json;

    private final MergeService merge;
    private final Workspace workspace;

    MergeCommand(MergeService merge, Workspace workspace) {
        this.merge = merge;
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws Exception {
        MergeService.Incoming incoming = merge.read(project, others); // every file checked before PROJECT is touched
        MergeReport report;
        try (BackedUpChange change = projects.forChanging(project)) {
            report = merge.merge(change.project(), incoming);
        }
        for (Source s : report.sources()) {
            print(report.project(), s);
        }
        err().println("Merged " + report.sources().size() + (report.sources().size() == 1 ? " file" : " files")
                + ": " + report.codingsAdded() + " codings added, " + report.codingsPresent() + " already present, "
                + report.conflicts() + (report.conflicts() == 1 ? " conflict." : " conflicts."));
        if (json) {
            out().println(Json.write(toJson(report)));
        }
        return Cli.OK;
    }

    private void print(String project, Source s) {
        err().println(s.file() + " → " + project + (s.addedNothing() ? ": nothing new (merged before)." : ":"));
        err().println("  documents: " + s.documentsAdded().size() + " added" + names(s.documentsAdded()) + ", "
                + s.documentsMatched() + " already present");
        err().println("  codes:     " + s.codesAdded().size() + " added" + names(s.codesAdded()) + ", "
                + s.codesMatched() + " already present");
        err().println("  coders:    " + s.codersAdded().size() + " added" + names(s.codersAdded()));
        err().println("  codings:   " + s.codingsAdded() + " added, " + s.codingsPresent() + " already present");
        err().println("  memos:     " + s.memosMerged() + " merged; " + s.detailsFilled() + " empty details filled in");
        if (!s.conflicts().isEmpty()) {
            err().println("  conflicts (this project's version kept):");
            for (Conflict c : s.conflicts()) {
                err().println("    - " + c.inWords());
            }
        }
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.size() > 8 ? names.subList(0, 8) : names;
        return " (" + String.join(", ", shown) + (names.size() > 8 ? ", …" : "") + ")";
    }

    private static Map<String, Object> toJson(MergeReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("project", r.project());
        root.put("codingsAdded", r.codingsAdded());
        root.put("codingsPresent", r.codingsPresent());
        root.put("conflicts", r.conflicts());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source s : r.sources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", s.file());
            m.put("documentsAdded", s.documentsAdded());
            m.put("documentsMatched", s.documentsMatched());
            m.put("codesAdded", s.codesAdded());
            m.put("codesMatched", s.codesMatched());
            m.put("codersAdded", s.codersAdded());
            m.put("codingsAdded", s.codingsAdded());
            m.put("codingsPresent", s.codingsPresent());
            m.put("memosMerged", s.memosMerged());
            m.put("detailsFilled", s.detailsFilled());
            List<Map<String, Object>> conflicts = new ArrayList<>();
            for (Conflict c : s.conflicts()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
                cm.put("subject", c.subject());
                cm.put("field", c.field());
                cm.put("ours", c.ours());
                cm.put("theirs", c.theirs());
                cm.put("message", c.inWords());
                conflicts.add(cm);
            }
            m.put("conflicts", conflicts);
            sources.add(m);
        }
        root.put("sources", sources);
        return root;
    }
}
