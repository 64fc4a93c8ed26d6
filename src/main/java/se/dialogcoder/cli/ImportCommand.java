package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.documents.ImportOptions;
import se.dialogcoder.app.documents.ImportService;
import se.dialogcoder.app.documents.ImportService.FileResult;
import se.dialogcoder.app.documents.ImportService.Outcome;
import se.dialogcoder.app.privacy.PiiReviewer;
import se.dialogcoder.app.privacy.PseudonymKeyFile;
import se.dialogcoder.ingest.ImportException;
import se.dialogcoder.ingest.pii.NameList;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Texts;
import se.dialogcoder.app.privacy.PiiService;
import se.dialogcoder.app.Workspace;

@Command(name = "import", description = {
    "Import files and folders (.txt .md .docx .pdf .vtt .srt) into a project. Exit code 3 when some files were "
        + "rejected and the rest imported.",
    "Every file is scanned for personal data (personnummer, phone numbers, e-mail addresses, listed names). "
        + "With --pseudonymise each finding is replaced by a pseudonym such as [Person 1] before the text is "
        + "stored; without it the text is stored as it is and a warning names the file and what was found."})
final class ImportCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--county", paramLabel = "CODE",
            description = "Set the county of every imported document (two-digit län code, e.g. 12, or ISO SE-M).")
    String county;

    @Option(names = "--round", description = "Dialogue round of the imported documents (default: the project's).")
    String round;

    @Option(names = {"--pseudonymise", "--pseudonymize"},
            description = "Replace personal data with pseudonyms ([Person 1], [Telefon 1], [E-post 1], "
                    + "[Personnummer 1]) before storing; the same value gets the same pseudonym in the project.")
    boolean pseudonymise;

    @Option(names = "--names", paramLabel = "FILE",
            description = "A names file (UTF-8, one name per line, # comments) used besides your own list.")
    Path namesFile;

    @Option(names = "--key-out", paramLabel = "FILE",
            description = "With --pseudonymise: also write the values replaced in this import and their "
                    + "pseudonyms to this new file (CSV). The project itself never holds them.")
    Path keyOut;

    @Option(names = "--json", description = "Print the per-file results as JSON.")
    boolean json;

    private final ImportService imports;
    private final PiiService pii;
    private final Workspace workspace;

    ImportCommand(ImportService imports, PiiService pii, Workspace workspace) {
        this.imports = imports;
        this.pii = pii;
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws Exception {
        County override = null;
        if (county != null) {
            override = County.parse(county).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "unknown county \"" + county
                    + "\": give a two-digit län code (01, 03 … 25) or an ISO code (SE-AB …)."));
        }
        if (keyOut != null && !pseudonymise) {
            throw new ParameterException(spec.commandLine(), "--key-out needs --pseudonymise: without it nothing is "
                    + "replaced, so there is no key to write.");
        }
        if (keyOut != null && Files.exists(keyOut)) {
            err().println("dialogcoder: " + keyOut.getFileName() + ": the file exists already; choose a new name "
                    + "(a key file is never overwritten). Nothing was imported.");
            return Cli.FAILED;
        }
        NameList names;
        try {
            names = pii.names(namesFile);
        } catch (ImportException e) {
            err().println("dialogcoder: " + e.getMessage() + ". Nothing was imported.");
            return Cli.FAILED;
        }
        ImportOptions options = new ImportOptions(override, round, names,
                pseudonymise ? PiiReviewer.PSEUDONYMISE_ALL : PiiReviewer.KEEP_ALL);
        ImportService.Report report;
        try (BackedUpChange change = projects.forChanging(project)) {
            report = imports.importPaths(change.project(), paths, options, ImportService.NO_PROGRESS);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FileResult r : report.results()) {
            rows.add(row(r));
            printResult(r);
        }
        report.warnings().forEach(w -> err().println("warning  " + w));
        if (json) {
            out().println(Json.write(rows));
        }
        long imported = report.count(Outcome.IMPORTED);
        long failed = report.count(Outcome.FAILED);
        err().println(imported + " imported, " + report.count(Outcome.DUPLICATE) + " already present, "
                + failed + " failed." + (pseudonymise ? " " + replaced(report) + " values replaced by pseudonyms." : ""));
        boolean keyFailed = keyOut != null && !writeKey(report);
        if (failed == 0 && !keyFailed) {
            return Cli.OK;
        }
        return imported > 0 || report.count(Outcome.DUPLICATE) > 0 ? Cli.PARTIAL : Cli.FAILED;
    }

    private void printResult(FileResult r) {
        String name = Texts.oneLine(r.file().getFileName().toString());
        if (r.outcome() == Outcome.IMPORTED) {
            err().println("imported  " + name + " → \"" + Texts.oneLine(r.documentName()) + "\", "
                    + (r.county() == null ? "Okänt län" : r.county().officialName()) + ", " + r.units() + " units");
        } else {
            err().println(r.outcome().name().toLowerCase(Locale.ROOT) + "  " + r.message());
        }
        if (!r.pseudonymised().isEmpty() && r.outcome() != Outcome.FAILED) {
            err().println("pseudonymised  " + name + ": " + PiiWords.counts(r.pseudonymised()));
        }
        if (!r.kept().isEmpty() && r.outcome() == Outcome.IMPORTED) {
            err().println("warning  " + name + ": personal data stored as it is: " + PiiWords.counts(r.kept())
                    + " (import with --pseudonymise to replace it; scan-pii lists it).");
        }
    }

    private static Map<String, Object> row(FileResult r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", r.file().toString());
        row.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        row.put("document", r.documentName());
        row.put("county", r.county() == null ? null : r.county().code());
        row.put("units", r.units());
        row.put("message", r.message());
        Map<String, Object> pii = new LinkedHashMap<>();
        pii.put("found", PiiWords.ids(r.found()));
        pii.put("pseudonymised", PiiWords.ids(r.pseudonymised()));
        row.put("pii", pii);
        return row;
    }

    private static int replaced(ImportService.Report report) {
        return report.results().stream().filter(r -> r.outcome() == Outcome.IMPORTED)
                .mapToInt(r -> r.pseudonymised().values().stream().mapToInt(Integer::intValue).sum()).sum();
    }

    private boolean writeKey(ImportService.Report report) {
        try {
            PseudonymKeyFile.write(keyOut, report.key());
            err().println("Wrote the key of this import (" + report.key().size() + " lines) to " + keyOut
                    + ". Keep it as safe as the original files.");
            return true;
        } catch (IOException e) {
            err().println("dialogcoder: " + keyOut.getFileName() + ": the key could not be written ("
                    + e.getMessage() + "); the import itself is done.");
            return false;
        }
    }
}
