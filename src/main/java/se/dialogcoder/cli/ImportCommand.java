package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.ImportService;
import se.dialogcoder.app.ImportService.FileResult;
import se.dialogcoder.app.ImportService.Outcome;
import se.dialogcoder.model.County;
import se.dialogcoder.store.ProjectFile;

@Command(name = "import", description = "Import files and folders (.txt .md .docx .pdf .vtt .srt) into a project. "
        + "Exit code 3 when some files were rejected and the rest imported.")
final class ImportCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--county", paramLabel = "CODE",
            description = "Set the county of every imported document (two-digit län code, e.g. 12, or ISO SE-M).")
    String county;

    @Option(names = "--round", description = "Dialogue round of the imported documents (default: the project's).")
    String round;

    @Option(names = "--json", description = "Print the per-file results as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        County override = null;
        if (county != null) {
            override = County.parse(county).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "unknown county \"" + county
                    + "\": give a two-digit län code (01, 03 … 25) or an ISO code (SE-AB …)."));
        }
        ImportService.Report report;
        try (ProjectFile p = ProjectOption.forChanging(root().services, project)) {
            report = root().services.imports().importPaths(p, paths, override, round, ImportService.NO_PROGRESS);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FileResult r : report.results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", r.file().toString());
            row.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
            row.put("document", r.documentName());
            row.put("county", r.county() == null ? null : r.county().code());
            row.put("units", r.units());
            row.put("message", r.message());
            rows.add(row);
            if (r.outcome() == Outcome.IMPORTED) {
                err().println("imported  " + r.file().getFileName() + " → \"" + r.documentName() + "\", "
                        + (r.county() == null ? "Okänt län" : r.county().officialName()) + ", " + r.units()
                        + " units");
            } else {
                err().println(r.outcome().name().toLowerCase(java.util.Locale.ROOT) + "  " + r.message());
            }
        }
        if (json) {
            out().println(Json.write(rows));
        }
        long imported = report.count(Outcome.IMPORTED);
        long failed = report.count(Outcome.FAILED);
        err().println(imported + " imported, " + report.count(Outcome.DUPLICATE) + " already present, "
                + failed + " failed.");
        if (failed == 0) {
            return Cli.OK;
        }
        return imported > 0 || report.count(Outcome.DUPLICATE) > 0 ? Cli.PARTIAL : Cli.FAILED;
    }
}
