package se.dialogcoder.cli;

import java.util.List;
import java.util.Locale;
import se.dialogcoder.analysis.CountyMatrix.Measure;
import se.dialogcoder.app.exchange.TableExportService;
import se.dialogcoder.app.exchange.TableExportService.What;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.TableWriter;
import se.dialogcoder.app.Project;

/** {@code export --format csv|xlsx}: the matrix, theme frequencies or coded segments as a table for Excel. */
final class TableExport {
    private final ExportCommand c;
    private final TableExportService tables;

    TableExport(ExportCommand command, TableExportService tables) {
        this.c = command;
        this.tables = tables;
    }

    int run(String format) throws Exception {
        boolean csv = format.equals("csv");
        What what = parse(What.class, c.what == null ? "matrix" : c.what, "--what", "matrix, frequencies or segments");
        Measure measure = c.measure == null ? null
                : parse(Measure.class, c.measure, "--measure", "segments, coverage or presence");
        if (measure != null && what != What.MATRIX) {
            throw c.usage("--measure applies to --what matrix only.");
        }
        if (c.semicolon && !csv) {
            throw c.usage("--semicolon applies to --format csv only.");
        }
        List<Measure> measures = measure != null ? List.of(measure)
                : csv ? List.of(Measure.SEGMENTS) : List.of(Measure.values());
        TableExportService.Result result;
        try (Project p = c.projects.forReading(c.project)) {
            TableExportService.Request request = new TableExportService.Request(what,
                    csv ? TableExportService.Format.CSV : TableExportService.Format.XLSX,
                    c.semicolon ? TableWriter.CsvStyle.SEMICOLON : TableWriter.CsvStyle.COMMA, measures, c.filter(p),
                    c.codes);
            result = tables.export(p, c.out, request);
        } catch (IllegalArgumentException e) {
            return Failures.report(c.err(), c.project, e);
        } catch (ExchangeException e) {
            c.err().println("dialogcoder: " + e.getMessage());
            return Cli.FAILED;
        }
        c.err().println("Wrote " + c.out + ": " + String.join(", ", result.tables()) + " (" + result.rows()
                + " rows" + (csv ? ", " + (c.semicolon ? "semicolons and decimal commas" : "commas") : "") + ").");
        return Cli.OK;
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String option, String choices) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw c.usage(option + " takes " + choices + ", not \"" + value + "\".");
        }
    }
}
