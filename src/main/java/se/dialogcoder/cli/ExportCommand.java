package se.dialogcoder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.Exporter;
import se.dialogcoder.store.ProjectFile;

@Command(name = "export", description = "Export a project to a file. Formats: qdpx (REFI-QDA project for NVivo, "
        + "MAXQDA, ATLAS.ti, QualCoder), qdc (REFI-QDA codebook), json (DialogCoder codebook). The file appears only "
        + "when complete; an existing file of that name is replaced.")
final class ExportCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "qdpx, qdc or json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--what", paramLabel = "PART", description = "What to export, for formats that export "
            + "several things.")
    String what;

    @Override
    public Integer call() throws Exception {
        Exporter exporter = root().services.exports().find(format).orElseThrow(() -> usage("unknown format \""
                + format + "\"; choose one of: " + root().services.exports().ids() + "."));
        List<String> choices = exporter.whatChoices();
        String part = what;
        if (choices.isEmpty() && part != null) {
            throw usage("--what does not apply to --format " + exporter.format() + " (it exports one thing).");
        }
        if (!choices.isEmpty()) {
            if (part == null) {
                part = choices.get(0);
            } else if (!choices.contains(part)) {
                throw usage("--what " + part + " is not known for --format " + exporter.format() + "; choose one of: "
                        + String.join(", ", choices) + ".");
            }
        }
        if (Files.exists(out) && Files.exists(project) && Files.isSameFile(out, project)) {
            throw usage(out + ": that is the project itself; give another file to export to.");
        }
        try (ProjectFile p = ProjectOption.forReading(project)) {
            Exporter.ExportResult result = exporter.export(p, out, part);
            err().println(result.summary());
        }
        return Cli.OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
