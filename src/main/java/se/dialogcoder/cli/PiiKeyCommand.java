package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.privacy.PiiService.KeyRebuild;
import se.dialogcoder.app.privacy.PseudonymKeyFile;
import se.dialogcoder.ingest.ImportException;
import se.dialogcoder.ingest.pii.NameList;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.privacy.PiiService;
import se.dialogcoder.app.documents.ImportService;

@Command(name = "pii-key", description = {
    "Write the pseudonym key of a project (original → pseudonym) to a new file you name, by finding the values "
        + "again in the original files. The project never stores the originals, so this needs the source files "
        + "and the project's secret on this computer (made at the first import with --pseudonymise).",
    "The key file is UTF-8 CSV (pseudonym, kind, original); it is never written over an existing file. Keep it "
        + "as safe as the originals. Exit code 3 when some files could not be read."})
final class PiiKeyCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "The original files or folders.")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The key file to write (new).")
    Path out;

    @Option(names = "--names", paramLabel = "FILE", description = "The names file used at import, if any.")
    Path namesFile;

    private final PiiService pii;
    private final ImportService imports;

    PiiKeyCommand(PiiService pii, ImportService imports) {
        this.pii = pii;
        this.imports = imports;
    }

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out)) {
            err().println("dialogcoder: " + out.getFileName() + ": the file exists already; choose a new name "
                    + "(a key file is never overwritten).");
            return Cli.FAILED;
        }
        NameList names;
        try {
            names = pii.names(namesFile);
        } catch (ImportException e) {
            err().println("dialogcoder: " + e.getMessage());
            return Cli.FAILED;
        }
        KeyRebuild key;
        try (Project p = projects.forReading(project)) {
            key = pii.rebuildKey(p, imports.expand(paths), names);
        } catch (IOException e) {
            err().println("dialogcoder: " + e.getMessage() + ".");
            return Cli.FAILED;
        }
        for (String failure : key.failures()) {
            err().println("failed  " + failure);
        }
        PseudonymKeyFile.write(out, key.entries());
        err().println("Wrote " + key.entries().size() + " lines to " + out.getFileName() + "."
                + (key.notInProject() > 0 ? " " + key.notInProject() + " values found in the files have no "
                + "pseudonym in this project (kept as they were at import, or not imported)." : ""));
        return key.failures().isEmpty() ? Cli.OK : Cli.PARTIAL;
    }
}
