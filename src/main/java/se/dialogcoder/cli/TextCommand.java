package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.model.Document;
import se.dialogcoder.app.Project;

@Command(name = "text", description = "Print the stored, normalised text of a document (the text that coding "
        + "offsets count code points in).")
final class TextCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    @Option(names = "--document", required = true, paramLabel = "NAME", description = "Document name.")
    String document;

    @Override
    public Integer call() throws Exception {
        try (Project p = projects.forReading(project)) {
            Document d = p.document(document).orElse(null);
            if (d == null) {
                err().println("dialogcoder: " + project.shortName() + ": no document named \"" + document
                        + "\" (see dialogcoder info).");
                return Cli.FAILED;
            }
            String text = p.text(d.id());
            out().print(text);
            if (!text.endsWith("\n")) {
                out().println();
            }
        }
        return Cli.OK;
    }
}
