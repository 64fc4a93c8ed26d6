package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.ExchangeService.ProjectImport;
import se.dialogcoder.store.ProjectFile;

@Command(name = "import-qdpx", description = "Import a REFI-QDA project (.qdpx from NVivo, MAXQDA, ATLAS.ti, "
        + "QualCoder or DialogCoder) into a NEW project file. What cannot be imported is listed; exit code 3 then.")
final class ImportQdpxCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx archive.")
    Path file;

    @Option(names = "--project", required = true, paramLabel = "NEWPROJECT",
            description = "The project file to create (.dcproj); it must not exist yet.")
    Path project;

    @Option(names = "--json", description = "Print the result and the import report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path target = project.getFileName().toString().contains(".") ? project
                : project.resolveSibling(project.getFileName() + ProjectFile.EXTENSION);
        ProjectImport result = root().services.exchange().importQdpx(file, target);
        for (String line : result.report().notImported()) {
            err().println("not imported  " + line);
        }
        for (String line : result.report().notes()) {
            err().println("note          " + line);
        }
        int lost = result.report().notImported().size();
        err().println("Created " + target + ": " + result.documents() + " documents, " + result.codes() + " codes, "
                + result.codings() + " codings by " + result.coders() + " coders."
                + (lost == 0 ? "" : " " + lost + " item(s) of " + file.getFileName()
                + " could not be imported (listed above)."));
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("project", target.toAbsolutePath().toString());
            root.put("documents", result.documents());
            root.put("codes", result.codes());
            root.put("codings", result.codings());
            root.put("coders", result.coders());
            root.put("notImported", result.report().notImported());
            root.put("notes", result.report().notes());
            out().println(Json.write(root));
        }
        return lost == 0 ? Cli.OK : Cli.PARTIAL;
    }
}
