package se.dialogcoder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectBackups;

@Command(name = "backups", description = "List the automatic backups of a project, newest first, with the "
        + "originals kept before upgrades of the file format.")
final class BackupsCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Override
    public Integer call() throws Exception {
        String id;
        try (Project p = ProjectOption.forReading(project)) {
            id = p.info().id();
        }
        List<Path> list = root().services.workspace().backups().list(id);
        if (list.isEmpty()) {
            err().println("No backups of " + project.getFileName() + " in " + root().services.workspace().backups().dir() + ".");
        }
        for (Path b : list) {
            OptionalInt upgradedFrom = ProjectBackups.upgradedFrom(b);
            out().printf("%s  %,d bytes%s%n", b, Files.size(b), upgradedFrom.isEmpty() ? ""
                    : "  (the original, before the upgrade from file format version " + upgradedFrom.getAsInt() + ")");
        }
        return Cli.OK;
    }
}
