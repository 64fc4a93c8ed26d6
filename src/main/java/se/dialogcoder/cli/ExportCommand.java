package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
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
import se.dialogcoder.app.exchange.ExchangeService;
import se.dialogcoder.app.exchange.Exporter;
import se.dialogcoder.exchange.OffsetUnit;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.exchange.ExportFormats;
import se.dialogcoder.app.exchange.ReportService;
import se.dialogcoder.app.exchange.TableExportService;

@Command(name = "export", description = {"Export a project to a file. REFI-QDA (--format qdpx|qdc) for NVivo, MAXQDA, ATLAS.ti and QualCoder, or the "
        + "DialogCoder JSON codebook (--format json). Tables for Excel (--format csv|xlsx): the "
        + "county × theme matrix, theme frequencies or the coded segments (--what). The report for evaluators "
        + "(--format html|docx): the frequency table, then per theme and county every coded passage with document and "
        + "speaker. The file appears only when complete; an existing file of that name is replaced."})
final class ExportCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

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
            + "code as a column; the report: this theme): " + CodeHelp.REFERENCE + "; repeatable.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--qualified-names", description = "qdpx/qdc: write a code name that several codes share with "
            + "its parent's path, e.g. \"Civilsamhälle (Suicidprevention)\", for programs that need unique names "
            + "(QualCoder). Names used once are unchanged.")
    boolean qualifiedNames;

    @Option(names = "--offsets", paramLabel = "UNIT", description = "qdpx: how selection positions are counted: "
            + "codepoints (default, the REFI-QDA standard: QualCoder, MAXQDA, ATLAS.ti) or utf16 (UTF-16 units, "
            + "what NVivo reads).")
    String offsets;

    @Mixin
    FilterOptions filters;

    private final ExportFormats exports;
    private final ExchangeService exchange;
    private final TableExportService tables;
    private final ReportService reports;

    ExportCommand(ExportFormats exports, ExchangeService exchange, TableExportService tables, ReportService reports) {
        this.exports = exports;
        this.exchange = exchange;
        this.tables = tables;
        this.reports = reports;
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && project.file().filter(Files::exists).isPresent()
                && Files.isSameFile(out, project.file().get())) {
            throw usage(out.getFileName() + " is the project itself; give another file to export to.");
        }
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (qualifiedNames && !f.equals("qdpx") && !f.equals("qdc")) {
            throw usage("--qualified-names applies only to --format qdpx and qdc.");
        }
        return dispatch(f);
    }

    /** The one place that picks the exporter of a format. */
    private int dispatch(String f) throws Exception {
        return switch (f) {
            case "csv", "xlsx" -> new TableExport(this, tables).run(f);
            case "html", "docx" -> new ReportExport(this, reports).run(f);
            default -> exchange(f);
        };
    }

    /** REFI-QDA and JSON codebook: the exporters registered in Services. */
    private int exchange(String f) throws Exception {
        Exporter exporter = exports.find(f).orElseThrow(() -> usage("unknown format \""
                + format + "\"; choose one of: csv, xlsx, html, docx, " + exports.ids() + "."));
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
        if (qualifiedNames && !exporter.canQualifyNames()) {
            throw usage("--qualified-names applies only to --format qdpx and qdc.");
        }
        OffsetUnit unit = offsetUnit(exporter.format());
        try (Project p = projects.forReading(project)) {
            Exporter.ExportResult result;
            if (unit == OffsetUnit.UTF16) {
                ExchangeService.RefiExport r = exchange.exportRefi("qdpx", p, out, qualifiedNames, unit);
                result = new Exporter.ExportResult(out, r.summary(), r.warnings());
            } else {
                result = exporter.export(p, out, part, qualifiedNames);
            }
            err().println(result.summary());
            result.warnings().forEach(w -> err().println("warning  " + w.english()));
            if (!result.warnings().isEmpty() && !qualifiedNames) {
                err().println("Add --qualified-names to write each repeated name with its parent's path, e.g. "
                        + "\"Civilsamhälle (Suicidprevention)\".");
            }
        }
        return Cli.OK;
    }

    /** --offsets: only for qdpx; null when not given. */
    private OffsetUnit offsetUnit(String f) {
        if (offsets == null) {
            return null;
        }
        if (!f.equals("qdpx")) {
            throw usage("--offsets applies only to --format qdpx.");
        }
        return switch (offsets.strip().toLowerCase(Locale.ROOT)) {
            case "codepoints", "code-points" -> OffsetUnit.CODE_POINTS;
            case "utf16", "utf-16" -> OffsetUnit.UTF16;
            default -> throw usage("--offsets " + offsets + " is not known; choose codepoints or utf16.");
        };
    }

    /** The documents and codings to export: the document filters and --coder. */
    CodingFilter filter(Project p) throws Exception {
        return filters.filter(p).withCoders(Set.copyOf(coders));
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
