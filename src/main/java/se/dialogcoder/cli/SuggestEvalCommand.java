package se.dialogcoder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.analysis.suggest.Evaluation;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.SuggestionService;

@Command(name = "suggest-eval", description = {"Measure the code suggestions: hold out each county in turn, learn "
        + "from the codings of the others, and compare the suggestions for the held-out county's units with its "
        + "codings.",
    "precision@1: share of units with a suggestion whose first one is right; precision@3: share of all suggestions "
        + "(at most three per unit) that are right; recall: share of coded (unit, code) pairs that were suggested."})
final class SuggestEvalCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    private final SuggestionService suggestions;

    SuggestEvalCommand(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public Integer call() throws Exception {
        SuggestionService.Measured m;
        try (Project p = projects.forReading(project)) {
            m = suggestions.evaluate(p);
        }
        Evaluation.Result r = m.result();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("counties", r.unitsPerGroup().size());
            o.put("units", r.units());
            o.put("overall", figures(r.overall()));
            List<Map<String, Object>> codes = new ArrayList<>();
            r.perCode().forEach((id, t) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", m.codePaths().getOrDefault(id, "id:" + id));
                row.putAll(figures(t));
                codes.add(row);
            });
            o.put("codes", codes);
            out().println(Json.write(o));
        } else {
            out().printf(Locale.ROOT, "%-8s %-8s %-8s %6s %6s  %s%n", "p@1", "p@3", "recall", "coded", "sugg.",
                    "code");
            r.perCode().forEach((id, t) -> line(t, m.codePaths().getOrDefault(id, "id:" + id)));
            line(r.overall(), "OVERALL (" + r.units() + " units, " + r.unitsPerGroup().size()
                    + " counties held out in turn)");
        }
        err().println("Held out each of " + r.unitsPerGroup().size() + " counties in turn; " + r.units()
                + " units evaluated, " + m.codings() + " codings.");
        return Cli.OK;
    }

    private void line(Evaluation.Tally t, String name) {
        out().printf(Locale.ROOT, "%-8s %-8s %-8s %6d %6d  %s%n", f(t.precisionAt1()), f(t.precisionAt3()),
                f(t.recall()), t.truths(), t.offered(), name);
    }

    private static String f(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
    }

    private static Map<String, Object> figures(Evaluation.Tally t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("precisionAt1", Double.isNaN(t.precisionAt1()) ? null : t.precisionAt1());
        o.put("precisionAt3", Double.isNaN(t.precisionAt3()) ? null : t.precisionAt3());
        o.put("recall", Double.isNaN(t.recall()) ? null : t.recall());
        o.put("coded", t.truths());
        o.put("suggested", t.offered());
        return o;
    }
}
