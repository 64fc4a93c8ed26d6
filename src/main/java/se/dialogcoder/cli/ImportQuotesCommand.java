package se.dialogcoder.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.coding.QuotedCoding;
import se.dialogcoder.exchange.QuotedCodings;

@Command(name = "import-quotes", description = {"Code passages given by their words: a tab-separated UTF-8 table "
        + "with the columns file, code (path), occurrence, coder and quote, such as samples/reference-coding.tsv "
        + "(the demo's reference coding). Each quote is looked up in the stored text of the document imported from "
        + "that file; the rows found are stored as one change, each with its coder. Codings already in the project "
        + "are not added twice.",
    "Exit code 3 when some rows were not found (they are listed), the rest stored."})
final class ImportQuotesCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Parameters(index = "1", paramLabel = "FILE", description = "The table (.tsv).")
    Path file;

    private final QuotedCoding quoted;

    ImportQuotesCommand(QuotedCoding quoted) {
        this.quoted = quoted;
    }

    @Override
    public Integer call() throws Exception {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<QuotedCodings.Row> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = QuotedCodings.read(name, in);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + " as UTF-8 text (" + e.getMessage() + ")", e);
        }
        QuotedCoding.Applied applied;
        try (BackedUpChange change = projects.forChanging(project)) {
            applied = quoted.apply(change.project(), name, rows);
        }
        for (String p : applied.problems()) {
            err().println("not found  " + p);
        }
        err().println("Stored " + applied.stored() + " codings from " + name + "; " + applied.alreadyThere()
                + " were already in the project, " + applied.problems().size() + " rows not found.");
        return applied.problems().isEmpty() ? Cli.OK : Cli.PARTIAL;
    }
}
