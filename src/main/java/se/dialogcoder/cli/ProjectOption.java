package se.dialogcoder.cli;

import java.nio.file.Path;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.Services;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreException;

/** Opening a project from a command: read-only commands take no backup, changing ones do (kept if they change it). */
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

    /** For a change: backed up first; the backup is dropped again on close when nothing changed. */
    static BackedUpChange forChanging(Services services, Path project) throws StoreException {
        return services.openForChange(project);
    }
}
