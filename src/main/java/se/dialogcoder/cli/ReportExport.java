package se.dialogcoder.cli;

import se.dialogcoder.app.exchange.ReportService;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.app.Project;

/** {@code export --format html|docx}: the report for evaluators. */
final class ReportExport {
    private final ExportCommand c;
    private final ReportService reports;

    ReportExport(ExportCommand command, ReportService reports) {
        this.c = command;
        this.reports = reports;
    }

    int run(String format) throws Exception {
        if (c.what != null || c.measure != null || c.semicolon) {
            throw c.usage("--what, --measure and --semicolon apply to the tables (csv, xlsx), not to the report.");
        }
        ReportService.Format f = format.equals("docx") ? ReportService.Format.DOCX : ReportService.Format.HTML;
        ReportService.Result result;
        try (Project p = c.projects.forReading(c.project)) {
            result = reports.export(p, c.out, f, c.filter(p), c.codes);
        } catch (IllegalArgumentException e) {
            return Failures.report(c.err(), c.project, e);
        } catch (ExchangeException e) {
            c.err().println("dialogcoder: " + e.getMessage());
            return Cli.FAILED;
        }
        c.err().println("Wrote the report " + c.out + ": " + result.themes() + (result.themes() == 1 ? " theme, "
                : " themes, ") + result.passages() + (result.passages() == 1 ? " coded passage." : " coded passages."));
        return Cli.OK;
    }
}
