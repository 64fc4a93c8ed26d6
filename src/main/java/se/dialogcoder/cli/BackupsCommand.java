package se.dialogcoder.cli;

import se.dialogcoder.app.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectBackups;
import se.dialogcoder.app.Workspace;

@Command(name = "backups", description = "List the automatic backups of a project, newest first, with the "
        + "originals kept before upgrades of the file format.")
final class BackupsCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Location project;

    private final Workspace workspace;

    BackupsCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws Exception {
        String id;
        try (Project p = projects.forReading(project)) {
            id = p.info().id();
        }
        List<Path> list = workspace.backups().list(id);
        if (list.isEmpty()) {
            err().println("No backups of " + project.shortName() + " in " + workspace.backups().dir() + ".");
        }
        for (Path b : list) {
            OptionalInt upgradedFrom = ProjectBackups.upgradedFrom(b);
            out().printf("%s  %,d bytes%s%n", b, Files.size(b), upgradedFrom.isEmpty() ? ""
                    : "  (the original, before the upgrade from file format version " + upgradedFrom.getAsInt() + ")");
        }
        return Cli.OK;
    }
}
