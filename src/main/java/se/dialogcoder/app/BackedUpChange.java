package se.dialogcoder.app;

import java.nio.file.Path;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.sqlite.Backups;

/**
 * A project opened for one change from the command line. A backup of the state before the change is taken when it
 * is opened; when it is closed and the project still holds that same state (the command failed, or had nothing to
 * do), the backup is removed again, so failed and empty commands do not push useful backups out.
 */
public final class BackedUpChange implements AutoCloseable {
    private final Project project;
    private final Backups backups;
    private final Backups.Snapshot snapshot;
    private final long changesAtSnapshot;

    private BackedUpChange(Project project, Backups backups, Backups.Snapshot snapshot, long changesAtSnapshot) {
        this.project = project;
        this.backups = backups;
        this.snapshot = snapshot;
        this.changesAtSnapshot = changesAtSnapshot;
    }

    static BackedUpChange open(Path path, Backups backups) throws StoreException {
        // an older file's original is kept first (never dropped again, whatever the change does)
        Project file = ProjectStores.open(path, backups::keepBeforeUpgrade);
        try {
            Backups.Snapshot snapshot = backups.snapshot(file.store());
            return new BackedUpChange(file, backups, snapshot, file.changeCount());
        } catch (StoreException | RuntimeException e) {
            file.close();
            if (e instanceof StoreException se) {
                throw new StoreException(UserMessage.of("err.project.noBackupChange",
                        "{0} The project was not changed without a backup.", se.userMessage()), se);
            }
            throw e;
        }
    }

    public Project project() {
        return project;
    }

    /** The backup holding the project's state from before the change. */
    public Path backup() {
        return snapshot.file();
    }

    /** Drops the backup when nothing changed (else the oldest beyond the limit), then closes the project. */
    @Override
    public void close() {
        try {
            backups.keepIfChanged(project.store(), snapshot, changesAtSnapshot);
        } catch (StoreException e) {
            // the backup could not be compared or removed: keeping one too many is the safe side
        } finally {
            project.close();
        }
    }
}
