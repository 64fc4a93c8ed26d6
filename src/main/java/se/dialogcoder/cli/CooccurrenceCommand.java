package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.analysis.Cooccurrence;
import se.dialogcoder.model.Code;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.analysis.AnalysisService;

@Command(name = "cooccurrence", description = {"Which codes occur together.",
    "--by overlap (default) counts pairs of codings whose passages overlap; --by unit counts speaker turns or "
        + "paragraphs that both codes touch. --themes counts sub-codes as their top-level theme."})
final class CooccurrenceCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--by", paramLabel = "overlap|unit", description = "How codes meet (default overlap).")
    String by = "overlap";

    @Option(names = "--themes", description = "Count codes as their top-level theme.")
    boolean themes;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings; repeatable.")
    List<String> coders = new ArrayList<>();

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Mixin
    FilterOptions filters;

    private final AnalysisService analysis;

    CooccurrenceCommand(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public Integer call() throws Exception {
        Cooccurrence.Mode mode = switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "overlap" -> Cooccurrence.Mode.OVERLAP;
            case "unit", "turn", "paragraph" -> Cooccurrence.Mode.UNIT;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--by takes overlap or unit, not \"" + by + "\".");
        };
        Cooccurrence co;
        try (Project p = projects.forReading(project)) {
            co = analysis.cooccurrence(p, filters.filter(p).withCoders(Set.copyOf(coders)), mode,
                    themes);
        }
        List<Cooccurrence.Pair> pairs = co.pairs();
        if (json) {
            List<Code> codes = co.codes();
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("mode", mode.name().toLowerCase(Locale.ROOT));
            root.put("codes", codes.stream().map(co::label).toList());
            List<List<Integer>> matrix = new ArrayList<>();
            for (Code a : codes) {
                List<Integer> line = new ArrayList<>();
                for (Code b : codes) {
                    line.add(co.count(a.id(), b.id()));
                }
                matrix.add(line);
            }
            root.put("matrix", matrix);
            List<Map<String, Object>> list = new ArrayList<>();
            for (Cooccurrence.Pair pair : pairs) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("a", co.label(pair.a()));
                row.put("b", co.label(pair.b()));
                row.put("count", pair.count());
                list.add(row);
            }
            root.put("pairs", list);
            out().println(Json.write(root));
            return Cli.OK;
        }
        List<Cooccurrence.Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingInt(Cooccurrence.Pair::count).reversed());
        for (Cooccurrence.Pair pair : sorted) {
            out().printf("%6d  %s  ×  %s%n", pair.count(), co.label(pair.a()), co.label(pair.b()));
        }
        err().println(pairs.size() + " pairs of " + (themes ? "themes" : "codes") + " meet ("
                + (mode == Cooccurrence.Mode.OVERLAP ? "overlapping codings" : "in the same turn or paragraph")
                + ").");
        return Cli.OK;
    }
}
