package se.dialogcoder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.Exporter;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.store.ProjectFile;

@Command(name = "export", description = {"Export a project to a file. REFI-QDA (--format qdpx|qdc) for NVivo, MAXQDA, ATLAS.ti and QualCoder, or the "
        + "DialogCoder JSON codebook (--format json). Tables for Excel (--format csv|xlsx): the "
        + "county × theme matrix, theme frequencies or the coded segments (--what). The report for evaluators "
        + "(--format html|docx): the frequency table, then per theme and county every coded passage with document and "
        + "speaker. The file appears only when complete; an existing file of that name is replaced."})
final class ExportCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "qdpx, qdc, json, csv, xlsx, html or docx.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--what", paramLabel = "TABLE", description = "csv/xlsx: matrix (default), frequencies or "
            + "segments.")
    String what;

    @Option(names = "--measure", paramLabel = "MEASURE", description = "The matrix's cells: segments, coverage or "
            + "presence. CSV: one of them (default segments); XLSX: default all three, a sheet each.")
    String measure;

    @Option(names = "--semicolon", description = "CSV for Swedish Excel: semicolon-separated, decimal comma.")
    boolean semicolon;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings; repeatable.")
    List<String> coders = new ArrayList<>();

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes (the matrix: this "
            + "code as a column; the report: this theme); path, id or unique name; repeatable.")
    List<String> codes = new ArrayList<>();

    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && Files.exists(project) && Files.isSameFile(out, project)) {
            throw usage(out.getFileName() + " is the project itself; give another file to export to.");
        }
        return dispatch(format.strip().toLowerCase(Locale.ROOT));
    }

    /** The one place that picks the exporter of a format. */
    private int dispatch(String f) throws Exception {
        return switch (f) {
            case "csv", "xlsx" -> new TableExport(this).run(f);
            case "html", "docx" -> new ReportExport(this).run(f);
            default -> exchange(f);
        };
    }

    /** REFI-QDA and JSON codebook: the exporters registered in Services. */
    private int exchange(String f) throws Exception {
        Exporter exporter = root().services.exports().find(f).orElseThrow(() -> usage("unknown format \""
                + format + "\"; choose one of: csv, xlsx, html, docx, " + root().services.exports().ids() + "."));
        List<String> choices = exporter.whatChoices();
        String part = what;
        if (choices.isEmpty() && part != null) {
            throw usage("--what does not apply to --format " + exporter.format() + " (it exports one thing).");
        }
        if (!choices.isEmpty()) {
            if (part == null) {
                part = choices.get(0);
            } else if (!choices.contains(part)) {
                throw usage("--what " + part + " is not known for --format " + exporter.format() + "; choose one of: "
                        + String.join(", ", choices) + ".");
            }
        }
        try (ProjectFile p = ProjectOption.forReading(project)) {
            Exporter.ExportResult result = exporter.export(p, out, part);
            err().println(result.summary());
        }
        return Cli.OK;
    }

    /** The documents and codings to export: the document filters and --coder. */
    CodingFilter filter(ProjectFile p) throws se.dialogcoder.store.StoreException {
        return filters.filter(p).withCoders(Set.copyOf(coders));
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
