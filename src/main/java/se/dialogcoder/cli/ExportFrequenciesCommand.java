package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import se.dialogcoder.model.FrequencyWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import se.dialogcoder.store.FrequencyStore;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.exchange.FrequencyExportService;

@Command(name = "export-frequencies", description = {"Theme frequencies per county (all 21) into a SQLite frequency "
        + "store where rounds accumulate: segments, documents, coded characters and coverage for every code of the "
        + "codebook, counted with its sub-codes. Exporting the same project and round again replaces that run; other "
        + "runs are kept. The store is created when the file does not exist (see docs/frequency-store.md)."})
final class ExportFrequenciesCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--store", required = true, paramLabel = "FILE", description = "The frequency store (SQLite); "
            + "created if it does not exist.")
    Path store;

    @Option(names = "--round", required = true, paramLabel = "LABEL", description = "The dialogue round the numbers "
            + "belong to, e.g. 2025.")
    String round;

    @Option(names = "--coder", paramLabel = "NAME", description = "Count only this coder's codings.")
    String coder;

    @Option(names = "--json", description = "Print what was written as JSON on stdout.")
    boolean json;

    private final FrequencyExportService frequencyExport;

    ExportFrequenciesCommand(FrequencyExportService frequencyExport) {
        this.frequencyExport = frequencyExport;
    }

    @Override
    public Integer call() throws Exception {
        if (round.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--round needs a label, e.g. 2025.");
        }
        if (Files.exists(store) && project.file().filter(Files::exists).isPresent()
                && Files.isSameFile(store, project.file().get())) {
            throw new ParameterException(spec.commandLine(), store.getFileName() + " is the project itself; give "
                    + "the frequency store as --store.");
        }
        FrequencyWrite result;
        java.util.Set<String> otherRounds = new java.util.TreeSet<>();
        try (Project p = projects.forReading(project)) {
            result = frequencyExport.export(p, store, round, coder);
            for (var d : p.documents()) {
                if (d.round() != null && !d.round().equals(round.strip())) {
                    otherRounds.add(d.round());
                }
            }
        }
        err().println((result.created() ? "Created the store " : "Wrote to ") + store + ": run " + result.runId()
                + " (round " + result.round() + (coder == null || coder.isBlank() ? ", all coders" : ", coder "
                + coder.strip()) + "), " + result.rows() + " rows = " + result.counties() + " counties × "
                + result.themes() + " themes" + (result.replaced() ? "; replaced the earlier run of this project and "
                + "round" : "") + (result.migratedFrom() > 0 ? "; the store was updated from version "
                + result.migratedFrom() + " to " + result.version() : "") + ".");
        if (!otherRounds.isEmpty()) {
            err().println("Note: the project also has documents of round " + String.join(", ", otherRounds)
                    + "; every document of the project is counted in this run.");
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("store", store.toString());
            out.put("run", result.runId());
            out.put("round", result.round());
            out.put("rows", result.rows());
            out.put("counties", result.counties());
            out.put("themes", result.themes());
            out.put("created", result.created());
            out.put("replaced", result.replaced());
            out().println(Json.write(out));
        }
        return Cli.OK;
    }
}
