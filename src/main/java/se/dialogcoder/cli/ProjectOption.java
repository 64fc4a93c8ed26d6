package se.dialogcoder.cli;

import java.nio.file.Path;
import se.dialogcoder.app.Services;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreException;

/** Opening a project from a command: read-only commands take no backup, changing ones do. */
final class ProjectOption {
    private ProjectOption() {
    }

    static ProjectFile forReading(Path project) throws StoreException {
        return ProjectFile.open(project);
    }

    static ProjectFile forChanging(Services services, Path project) throws StoreException {
        return services.open(project);
    }
}
