package se.dialogcoder.cli;

import java.nio.file.Path;
import se.dialogcoder.app.Services;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreException;

/** Opening a project from a command: read-only commands take no backup, changing ones do. */
final class ProjectOption {
    private ProjectOption() {
    }

    /** Read-only (works while the window has the project open); an older file is updated first. */
    static ProjectFile forReading(Path project) throws StoreException {
        if (ProjectFile.schemaVersion(project) < ProjectFile.CURRENT_VERSION) {
            return ProjectFile.open(project);
        }
        return ProjectFile.openReadOnly(project);
    }

    static ProjectFile forChanging(Services services, Path project) throws StoreException {
        return services.open(project);
    }
}
