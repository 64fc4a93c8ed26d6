package se.dialogcoder.cli;

import se.dialogcoder.model.ImportCount;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.codebook.CodebookService;

@Command(name = "new", description = "Create a new project file (with the default codebook).")
final class NewCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file to create (.dcproj).")
    Path project;

    @Option(names = "--name", description = "Project name (default: the file name).")
    String name;

    @Option(names = "--round", description = "Dialogue round, e.g. 2025.")
    String round;

    @Option(names = "--empty-codebook", description = "Start without the default codebook.")
    boolean emptyCodebook;

    private final CodebookService codebooks;

    NewCommand(CodebookService codebooks) {
        this.codebooks = codebooks;
    }

    @Override
    public Integer call() throws Exception {
        Path file = project.getFileName().toString().contains(".") ? project
                : project.resolveSibling(project.getFileName() + ProjectStores.FILE_EXTENSION);
        String projectName = name != null ? name : file.getFileName().toString().replaceFirst("\\.dcproj$", "");
        try (Project p = ProjectStores.create(file, projectName, round)) {
            int codes = 0;
            if (!emptyCodebook) {
                ImportCount count = codebooks.install(p,
                        codebooks.json().defaultCodebook());
                codes = count.added();
            }
            err().println("Created " + file + " (\"" + projectName + "\", " + codes + " codes).");
        }
        return Cli.OK;
    }
}
