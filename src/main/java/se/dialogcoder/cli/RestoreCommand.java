package se.dialogcoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.dialogcoder.app.ProjectBackups;

@Command(name = "restore", description = "Put a backup in place of a project. The current file is kept beside "
        + "it as NAME.before-restore-TIME.dcproj.")
final class RestoreCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BACKUP", description = "A backup file (see dialogcoder backups).")
    Path backup;

    @Option(names = "--project", required = true, paramLabel = "PROJECT", description = "The project to replace.")
    Path project;

    @Override
    public Integer call() throws Exception {
        Path aside = ProjectBackups.restore(backup, project);
        err().println("Restored " + project + " from " + backup.getFileName() + "."
                + (aside == null ? "" : " The replaced file is at " + aside + "."));
        return Cli.OK;
    }
}
