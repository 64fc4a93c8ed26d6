package se.dialogcoder.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.dialogcoder.model.UserMessage;

/**
 * Automatic backups: a consistent copy ({@code VACUUM INTO}) of a project each time it is opened in the window or
 * is about to be changed by a command, kept in {@code <dir>/<project id>/}, the newest {@code keep} distinct
 * states of them (a copy the same as the newest backup is not kept again). Restoring puts the current file aside first, so
 * a restore can itself be undone by hand.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String PARTIAL = ".partial";
    private final Path dir;
    private final int keep;

    public Backups(Path dir, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.dir = dir;
        this.keep = keep;
    }

    public Path dir() {
        return dir;
    }

    /**
     * A backup of a project's state: the file, and whether {@link #snapshot} wrote it ({@code false} when the newest
     * existing backup already held the same content and was kept instead).
     */
    public record Snapshot(Path file, boolean isNew) {
    }

    /**
     * Takes a backup of an open project (see {@link #snapshot}), drops the oldest beyond the limit, and returns the
     * file that holds the project's state.
     */
    public Path take(ProjectFile project) throws StoreException {
        Snapshot snapshot = snapshot(project);
        prune(snapshot.file().getParent());
        return snapshot.file();
    }

    /**
     * Takes a backup of an open project without dropping old ones yet (see {@link #keepIfChanged}). A copy byte for
     * byte the same as the newest existing backup (the project has not changed since) is not kept: that backup is
     * returned instead, so opening an unchanged project again and again does not push older, different states out.
     */
    public Snapshot snapshot(ProjectFile project) throws StoreException {
        String id = project.info().id();
        Path folder = dir.resolve(id);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.backup.folder", "Backup folder {0} cannot be created ({1}).",
                    folder.toString(), e.getMessage()), e);
        }
        String base = safe(project.path().getFileName().toString().replaceFirst("\\.dcproj$", ""));
        Path target = folder.resolve(LocalDateTime.now().format(STAMP) + "_" + base + ProjectFile.EXTENSION);
        int n = 1;
        while (Files.exists(target)) {
            target = folder.resolve(LocalDateTime.now().format(STAMP) + "-" + n++ + "_" + base + ProjectFile.EXTENSION);
        }
        // written under a name list() does not see, so a half-written copy is never offered for restore
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            project.copyTo(partial);
            List<Path> existing = list(id);
            if (!existing.isEmpty() && sameBytes(existing.get(0), partial)) {
                Files.delete(partial);
                return new Snapshot(existing.get(0), false);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.backup.write", "The backup {0} cannot be written ({1}).",
                    target.toString(), e.getMessage()), e);
        } finally {
            deleteQuietly(partial);
        }
        return new Snapshot(target, true);
    }

    /**
     * Settles a backup that {@link #snapshot} took before a change: when the project still holds the same content
     * (the change failed, or had nothing to do) a new backup is removed again and older ones stay; otherwise it is
     * kept and the oldest beyond the limit are dropped. A backup that was not new is left alone.
     *
     * @param changesAtSnapshot {@link ProjectFile#changeCount()} right after the backup was taken
     * @return true when a new backup was kept
     */
    public boolean keepIfChanged(ProjectFile project, Snapshot snapshot, long changesAtSnapshot)
            throws StoreException {
        if (!snapshot.isNew() || !Files.exists(snapshot.file())) {
            return false;
        }
        boolean unchanged = project.changeCount() == changesAtSnapshot;
        if (!unchanged) { // rows were touched; compare the content (a rolled-back change leaves it as it was)
            Path now = snapshot.file().resolveSibling(snapshot.file().getFileName() + PARTIAL);
            try {
                project.copyTo(now);
                unchanged = sameBytes(snapshot.file(), now);
            } catch (IOException e) {
                throw new StoreException(UserMessage.of("err.backup.compare",
                        "The project cannot be compared with its backup {0} ({1}).", snapshot.file().toString(),
                        e.getMessage()), e);
            } finally {
                deleteQuietly(now);
            }
        }
        if (!unchanged) {
            prune(snapshot.file().getParent());
            return true;
        }
        try {
            Files.delete(snapshot.file());
            return false;
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.backup.removeUnneeded",
                    "The unneeded backup {0} cannot be removed ({1}).", snapshot.file().toString(), e.getMessage()), e);
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1L;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .partial file is never listed as a backup
        }
    }

    /** Backups of one project, newest first. */
    public List<Path> list(String projectId) throws IOException {
        Path folder = dir.resolve(projectId);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*" + ProjectFile.EXTENSION)) {
            ds.forEach(out::add);
        }
        out.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return out;
    }

    private void prune(Path folder) throws StoreException {
        try {
            List<Path> all = list(folder.getFileName().toString());
            for (int i = keep; i < all.size(); i++) {
                Files.deleteIfExists(all.get(i));
            }
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.backup.prune", "Old backups in {0} cannot be removed ({1}).",
                    folder.toString(), e.getMessage()), e);
        }
    }

    /**
     * Replaces {@code target} with a copy of {@code backup}. The backup is checked first; the current target
     * (with its WAL side files) is moved aside to {@code <name>.before-restore-<time>.dcproj}.
     *
     * @return where the previous file was put, or null when there was none
     */
    public static Path restore(Path backup, Path target) throws StoreException {
        ProjectFile.inspect(backup);
        String stamp = LocalDateTime.now().format(STAMP);
        Path aside = null;
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve(target.getFileName() + ".restoring-" + stamp);
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(target)) {
                String name = target.getFileName().toString().replaceFirst("\\.dcproj$", "");
                aside = parent.resolve(name + ".before-restore-" + stamp + ProjectFile.EXTENSION);
                Files.move(target, aside);
                for (String side : new String[] {"-wal", "-shm"}) {
                    Path s = parent.resolve(target.getFileName() + side);
                    if (Files.exists(s)) {
                        Files.move(s, parent.resolve(aside.getFileName() + side));
                    }
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            String name = String.valueOf(target.getFileName());
            throw new StoreException(aside == null
                    ? UserMessage.of("err.backup.restore", "{0}: restore failed ({1}).", name, e.getMessage())
                    : UserMessage.of("err.backup.restoreAside", "{0}: restore failed ({1}); the previous file is at "
                            + "{2}.", name, e.getMessage(), aside.toString()), e);
        }
    }

    private static String safe(String s) {
        String cleaned = s.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }
}
