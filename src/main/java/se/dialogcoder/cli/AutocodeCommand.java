package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.analysis.SearchService.AutoCodePreview;
import se.dialogcoder.app.analysis.SearchService.Proposal;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.Workspace;

@Command(name = "autocode", description = {"Code every hit of a search with a code, as one change.",
    "--scope match codes the words found, sentence their sentence, paragraph their paragraph or turn, turn their "
        + "speaker turn (hits outside speaker turns are left out). Passages the coder already coded with the code "
        + "are left out. --dry-run shows what would be coded and changes nothing. --stem and --compounds code the "
        + "other forms of the words too, as for search."})
final class AutocodeCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--query", required = true, paramLabel = "Q", description = "The search (as for search).")
    String query;

    @Option(names = "--code", required = true, paramLabel = "PATH",
            description = "The code: " + CodeHelp.REFERENCE + ".")
    String code;

    @Option(names = "--scope", required = true, paramLabel = "SCOPE",
            description = "match, sentence, paragraph or turn.")
    String scope;

    @Option(names = "--coder", paramLabel = "NAME",
            description = "Who codes (default: the coder name in the settings, else your login name).")
    String coder;

    @Option(names = "--dry-run", description = "Show what would be coded; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the passages as JSON.")
    boolean json;

    @Mixin
    FilterOptions filters;

    @Mixin
    WordFormOptions forms;

    private final SearchService search;
    private final Workspace workspace;

    AutocodeCommand(SearchService search, Workspace workspace) {
        this.search = search;
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws Exception {
        AutoCodeScope s = AutoCodeScope.parse(scope).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), "unknown scope \"" + scope + "\": say match, sentence, paragraph or turn."));
        try {
            if (dryRun) {
                try (Project p = projects.forReading(project)) {
                    autocode(p, s, workspace.coderName(coder, p));
                }
            } else {
                try (BackedUpChange change = projects.forChanging(project)) {
                    autocode(change.project(), s, workspace.coderName(coder, change.project()));
                }
            }
        } catch (IllegalArgumentException e) {
            return Failures.report(err(), project, e);
        }
        return Cli.OK;
    }

    private void autocode(Project p, AutoCodeScope s, String who) throws Exception {
        AutoCodePreview preview = search.preview(p, query, forms.forms(), filters.filter(p), code, s, who);
        String path = new CodeTree(p.codes()).path(preview.code().id());
        print(preview, path);
        int created = 0;
        if (!dryRun) {
            created = search.apply(p, preview).size();
        }
        err().println((dryRun ? "Would code " + preview.proposals().size() : "Coded " + created) + " passages "
                + "with \"" + path + "\" for " + who + " (" + preview.hits() + " hits"
                + (preview.alreadyCoded() > 0 ? ", " + preview.alreadyCoded() + " already coded" : "")
                + (preview.outsideScope() > 0 ? ", " + preview.outsideScope() + " outside speaker turns" : "")
                + ").");
    }

    private void print(AutoCodePreview preview, String path) {
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Proposal x : preview.proposals()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("document", x.document());
                row.put("county", x.county() == null ? null : x.county().code());
                row.put("start", x.span().start());
                row.put("end", x.span().end());
                row.put("code", path);
                row.put("passage", x.passage());
                rows.add(row);
            }
            out().println(Json.write(rows));
            return;
        }
        for (Proposal x : preview.proposals()) {
            String passage = x.passage().replace('\n', ' ');
            out().printf("%s %d–%d  %s%n", x.document(), x.span().start(), x.span().end(),
                    passage.length() > 100 ? passage.substring(0, 99) + "…" : passage);
        }
    }
}
