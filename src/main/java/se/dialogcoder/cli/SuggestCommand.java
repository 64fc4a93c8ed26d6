package se.dialogcoder.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.SuggestionService;
import se.dialogcoder.app.analysis.SuggestionService.Proposal;

@Command(name = "suggest", description = {"Suggest codes for the paragraphs and speaker turns of a document, learned "
        + "from the project's own codings (no network, no model). Nothing is coded.",
    "At most three codes per unit, each with a score from 0 to 1; codes already on a unit are not suggested. "
        + "Offsets (start, end) are Unicode code points, end exclusive. How good they are: suggest-eval, "
        + "docs/suggestions.md."})
final class SuggestCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--document", required = true, paramLabel = "NAME", description = "Document name.")
    String document;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    private final SuggestionService suggestions;

    SuggestCommand(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public Integer call() throws Exception {
        List<Proposal> list;
        String text;
        try (Project p = projects.forReading(project)) {
            list = suggestions.suggest(p, document);
            text = p.text(p.document(document).orElseThrow().id());
        } catch (IllegalArgumentException e) {
            return Failures.report(err(), project, e);
        }
        se.dialogcoder.model.CodePointText cp = new se.dialogcoder.model.CodePointText(text);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Proposal s : list) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("start", s.start());
                row.put("end", s.end());
                row.put("code", s.codePath());
                row.put("score", Math.round(s.score() * 1000) / 1000.0);
                row.put("passage", cp.slice(s.start(), s.end()));
                rows.add(row);
            }
            out().println(Json.write(rows));
        } else {
            for (Proposal s : list) {
                String passage = cp.slice(s.start(), s.end()).replace('\n', ' ');
                out().printf(Locale.ROOT, "%d–%d  %.3f  %s  \"%s\"%n", s.start(), s.end(), s.score(), s.codePath(),
                        passage.length() > 60 ? passage.substring(0, 59) + "…" : passage);
            }
        }
        err().println(list.size() + " suggestions for " + document + ".");
        return Cli.OK;
    }
}
