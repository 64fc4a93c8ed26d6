package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import se.dialogcoder.model.ImportCount;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.exchange.CodebookJson.Codebook;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.Workspace;

@Command(name = "codebook", description = "Export or import a codebook (DialogCoder JSON).",
        subcommands = {CodebookCommand.Export.class, CodebookCommand.Import.class})
final class CodebookCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say export or import");
    }

    @Command(name = "export", description = "Write the project's codebook to a JSON file.")
    static final class Export extends BaseCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROJECT")
        Location project;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        private final CodebookService codebooks;

        Export(CodebookService codebooks) {
            this.codebooks = codebooks;
        }

        @Override
        public Integer call() throws Exception {
            try (Project p = projects.forReading(project)) {
                Codebook codebook = codebooks.fromProject(p);
                codebooks.json().write(codebook, file);
                err().println("Wrote " + codebook.size() + " codes to " + file + ".");
            }
            return Cli.OK;
        }
    }

    @Command(name = "import", description = "Add the codes of a JSON codebook to the project (codes already "
            + "there, by id or by path, are kept as they are).")
    static final class Import extends BaseCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PROJECT")
        Location project;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        private final CodebookService codebooks;
        private final Workspace workspace;

        Import(CodebookService codebooks, Workspace workspace) {
            this.codebooks = codebooks;
            this.workspace = workspace;
        }

        @Override
        public Integer call() throws Exception {
            Codebook codebook = codebooks.json().read(file);
            try (BackedUpChange change = projects.forChanging(project)) {
                ImportCount count = codebooks.install(change.project(), codebook);
                err().println("Added " + count.added() + " codes; " + count.alreadyPresent()
                        + " were already in the project.");
            }
            return Cli.OK;
        }
    }
}
