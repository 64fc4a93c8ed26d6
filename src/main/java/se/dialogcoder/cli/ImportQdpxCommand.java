package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.exchange.ExchangeService.ProjectImport;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.exchange.OffsetChoice;
import se.dialogcoder.app.exchange.ExchangeService;

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

    @Option(names = "--offsets", paramLabel = "COUNTING", defaultValue = "auto", description = {
        "How the file counts the positions of its selections: " + OffsetChoice.SYNTAX + ".",
        "auto (default): worked out per source from the program that wrote the file and checked against the "
            + "selections' names (the start of each quote); the report names the counting used. When no counting "
            + "fits, nothing is imported (exit 1).",
        "codepoints: the REFI-QDA standard (QualCoder, MAXQDA, ATLAS.ti, f4, DialogCoder); utf16: UTF-16 units "
            + "(NVivo). Add crlf2 or crlf1 (CR LF counted as two or one) and bom or nobom (a byte order mark "
            + "counted or not) to force those too, e.g. utf16,crlf2,nobom; what is not given is worked out. "
            + "A chosen counting is used even where the names do not match (the report says how many do)."})
    String offsets;

    private final ExchangeService exchange;

    ImportQdpxCommand(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @Override
    public Integer call() throws Exception {
        Path target = project.getFileName().toString().contains(".") ? project
                : project.resolveSibling(project.getFileName() + ProjectStores.FILE_EXTENSION);
        OffsetChoice choice;
        try {
            choice = OffsetChoice.parse(offsets);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--offsets: " + e.getMessage());
        }
        ProjectImport result = exchange.importQdpx(file, target, choice);
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
