package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.exchange.ExchangeService.CodebookImport;
import se.dialogcoder.exchange.RefiCodebook;
import se.dialogcoder.app.exchange.ExchangeService;
import se.dialogcoder.app.Workspace;

@Command(name = "import-qdc", description = "Add the codes of a REFI-QDA codebook (.qdc) to a project. Codes "
        + "already there (same GUID, or same name under the same parent) are kept as they are; nothing is removed.")
final class ImportQdcCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .qdc codebook.")
    Path file;

    private final ExchangeService exchange;
    private final Workspace workspace;

    ImportQdcCommand(ExchangeService exchange, Workspace workspace) {
        this.exchange = exchange;
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws Exception {
        RefiCodebook.Read read = exchange.readQdc(file);
        CodebookImport result;
        try (BackedUpChange change = projects.forChanging(project)) {
            result = exchange.importQdc(change.project(), read);
        }
        for (String line : result.report().notImported()) {
            err().println("not imported  " + line);
        }
        for (String line : result.report().notes()) {
            err().println("note          " + line);
        }
        err().println("Added " + result.count().added() + " codes; " + result.count().alreadyPresent()
                + " were already in the project.");
        return result.report().complete() ? Cli.OK : Cli.PARTIAL;
    }
}
