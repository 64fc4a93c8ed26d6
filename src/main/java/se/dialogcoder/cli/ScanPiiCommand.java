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
import se.dialogcoder.app.privacy.PiiService.FileScan;
import se.dialogcoder.ingest.ImportException;
import se.dialogcoder.ingest.pii.NameList;
import se.dialogcoder.ingest.pii.PiiFinding;
import se.dialogcoder.ingest.pii.PiiReview;
import se.dialogcoder.app.privacy.PiiService;
import se.dialogcoder.app.documents.ImportService;

@Command(name = "scan-pii", description = {
    "List the personal data in files without importing them: personnummer and samordningsnummer, phone numbers, "
        + "e-mail addresses, and the names of your names list (pii-names.txt in the data folder, plus --names).",
    "Each finding: file, kind, start and end (code points, end exclusive, over the text as import would store "
        + "it) and the text exactly as it appears there. Exit code 0 when every file was read, whether or not "
        + "something was found; 3 when some files could not be read; 1 when none could."})
final class ScanPiiCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--names", paramLabel = "FILE",
            description = "A names file (UTF-8, one name per line, # comments) used besides your own list.")
    Path namesFile;

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    private final PiiService pii;
    private final ImportService imports;

    ScanPiiCommand(PiiService pii, ImportService imports) {
        this.pii = pii;
        this.imports = imports;
    }

    @Override
    public Integer call() throws Exception {
        NameList names;
        try {
            names = pii.names(namesFile);
        } catch (ImportException e) {
            err().println("dialogcoder: " + e.getMessage());
            return Cli.FAILED;
        }
        List<Path> files = imports.expand(paths);
        List<FileScan> scans = pii.scan(files, names);
        List<Map<String, Object>> rows = new ArrayList<>();
        int failed = 0;
        for (FileScan scan : scans) {
            String file = scan.file().toString();
            if (scan.error() != null) {
                failed++;
                err().println("failed  " + scan.error());
                continue;
            }
            for (PiiFinding f : scan.findings()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", file);
                row.put("kind", f.kind().id());
                row.put("text", f.text());
                row.put("start", f.start());
                row.put("end", f.end());
                rows.add(row);
                if (!json) {
                    out().println(file + "\t" + f.kind().id() + "\t" + f.start() + "\t" + f.end() + "\t" + f.text());
                }
            }
            err().println(scan.file().getFileName() + ": " + (scan.findings().isEmpty() ? "no personal data found"
                    : PiiWords.counts(PiiReview.count(scan.findings()))));
        }
        if (json) {
            out().println(Json.write(rows));
        }
        if (failed == 0) {
            return Cli.OK;
        }
        return failed < scans.size() ? Cli.PARTIAL : Cli.FAILED;
    }
}
