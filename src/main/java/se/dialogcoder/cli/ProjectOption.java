package se.dialogcoder.cli;

import java.nio.file.Path;
import se.dialogcoder.app.BackedUpChange;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Workspace;
import se.dialogcoder.app.Project;

/** Opening a project from a command: read-only commands take no backup, changing ones do (kept if they change it). */
final class ProjectOption {
    private ProjectOption() {
    }

    /**
     * Read-only (works while the window has the project open). An older file is read through a private upgraded
     * snapshot and left as it is: only the window and changing commands upgrade a file, after keeping its original.
     */
    static Project forReading(Path project) throws Exception {
        return ProjectStores.openReadOnly(project);
    }

    /** For a change: backed up first; the backup is dropped again on close when nothing changed. */
    static BackedUpChange forChanging(Workspace workspace, Path project) throws Exception {
        return workspace.openForChange(project);
    }
}
