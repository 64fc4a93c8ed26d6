package se.dialogcoder.app;

import java.nio.file.Path;
import java.util.Optional;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.sqlite.Backups;

/**
 * A project opened for one change from the command line. A backup of the state before the change is taken when it
 * is opened; when it is closed and the project still holds that same state (the command failed, or had nothing to
 * do), the backup is removed again, so failed and empty commands do not push useful backups out. A team project on a
 * server has no backup here (its database is backed up where it runs): {@link #backup()} is then empty.
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

    /** A team project, changed without a local backup. */
    static BackedUpChange onServer(Project project) {
        return new BackedUpChange(project, null, null, 0);
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

    /** The backup holding the project's state from before the change; empty for a project on a server. */
    public Optional<Path> backup() {
        return snapshot == null ? Optional.empty() : Optional.of(snapshot.file());
    }

    /** Drops the backup when nothing changed (else the oldest beyond the limit), then closes the project. */
    @Override
    public void close() {
        try {
            if (backups != null) {
                backups.keepIfChanged(project.store(), snapshot, changesAtSnapshot);
            }
        } catch (StoreException e) {
            // the backup could not be compared or removed: keeping one too many is the safe side
        } finally {
            project.close();
        }
    }
}
