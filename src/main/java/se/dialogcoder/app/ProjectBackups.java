package se.dialogcoder.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.sqlite.Backups;

/**
 * The automatic backups of project files in the user's data folder, as the window and the commands see them: take
 * one, list a project's backups, restore one. A project on a server has no backups here (its database is backed up
 * by whoever runs the server).
 */
public final class ProjectBackups {
    private final Backups backups;

    ProjectBackups(Path dir, int keep) {
        this.backups = new Backups(dir, keep);
    }

    /** The folder that holds the backups (one subfolder per project). */
    public Path dir() {
        return backups.dir();
    }

    /** Takes a backup of an open project and returns the file that holds its state. */
    public Path take(Project project) throws StoreException {
        return backups.take(project.store());
    }

    /** The backups of one project, newest first. */
    public List<Path> list(Project project) throws StoreException, IOException {
        return backups.list(project.info().id());
    }

    /** The backups of the project with this id, newest first. */
    public List<Path> list(String projectId) throws IOException {
        return backups.list(projectId);
    }

    /** The schema version a backup was the original of when it was kept before an upgrade; else empty. */
    public static OptionalInt upgradedFrom(Path backup) {
        return Backups.upgradedFrom(backup);
    }

    /**
     * Puts a backup in place of a project file, after checking it; the replaced file is moved aside.
     *
     * @return where the replaced file was put, or null when there was none
     */
    public static Path restore(Path backup, Path target) throws StoreException {
        return Backups.restore(backup, target);
    }

    /** The engine's backups, for opening with a backup first ({@link Services#open}, {@link BackedUpChange}). */
    Backups files() {
        return backups;
    }
}
