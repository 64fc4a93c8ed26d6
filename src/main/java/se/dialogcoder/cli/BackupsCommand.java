package se.dialogcoder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.dialogcoder.store.ProjectFile;

@Command(name = "backups", description = "List the automatic backups of a project, newest first.")
final class BackupsCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Override
    public Integer call() throws Exception {
        String id;
        try (ProjectFile p = ProjectOption.forReading(project)) {
            id = p.info().id();
        }
        List<Path> list = root().services.backups().list(id);
        if (list.isEmpty()) {
            err().println("No backups of " + project.getFileName() + " in " + root().services.backups().dir() + ".");
        }
        for (Path b : list) {
            out().printf("%s  %,d bytes%n", b, Files.size(b));
        }
        return Cli.OK;
    }
}
