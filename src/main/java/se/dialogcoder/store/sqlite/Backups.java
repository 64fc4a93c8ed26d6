package se.dialogcoder.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.BeforeUpgrade;
import se.dialogcoder.store.LocalFile;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.StoreException;

/**
 * Automatic backups: a consistent copy ({@code VACUUM INTO}) of a project each time it is opened in the window or
 * is about to be changed by a command, kept in {@code <dir>/<project id>/}, the newest {@code keep} distinct
 * states of them (a copy the same as the newest backup is not kept again). Before a file of an older schema version
 * is upgraded, its original is kept there too ({@link #keepBeforeUpgrade}, named {@code …_before-upgrade-v<N>.dcproj})
 * and never dropped by that rotation. Restoring puts the current file aside first, so a restore can itself be undone
 * by hand.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String PARTIAL = ".partial";
    private static final String BEFORE_UPGRADE = "_before-upgrade-v";
    private static final Pattern BEFORE_UPGRADE_NAME =
            Pattern.compile(Pattern.quote(BEFORE_UPGRADE) + "(\\d+)" + Pattern.quote(ProjectFile.EXTENSION) + "$");
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
    public Path take(ProjectStore project) throws StoreException {
        Snapshot snapshot = snapshot(project);
        prune(snapshot.file().getParent());
        return snapshot.file();
    }

    /**
     * Takes a backup of an open project without dropping old ones yet (see {@link #keepIfChanged}). A copy byte for
     * byte the same as the newest existing backup (the project has not changed since) is not kept: that backup is
     * returned instead, so opening an unchanged project again and again does not push older, different states out.
     */
    public Snapshot snapshot(ProjectStore project) throws StoreException {
        LocalFile file = fileOf(project);
        String id = project.info().id();
        Path folder = dir.resolve(id);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.backup.folder", "Backup folder {0} cannot be created ({1}).",
                    folder.toString(), e.getMessage()), e);
        }
        Path target = freshName(folder, safe(file.path().getFileName().toString().replaceFirst("\\.dcproj$", "")));
        // written under a name list() does not see, so a half-written copy is never offered for restore
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            file.copyTo(partial);
            List<Path> existing = list(id);
            existing.removeIf(p -> upgradedFrom(p).isPresent()); // an older version's file is never the same state
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

    /** {@code <folder>/<time>_<base>.dcproj}, with a number after the time when that name is taken. */
    /** Backups are copies of a project file: a project on a server keeps its own (its server's backups). */
    private static LocalFile fileOf(ProjectStore project) {
        return project.localFile().orElseThrow(() -> new IllegalArgumentException(project.displayName()
                + " is not a project file; its backups are the server's"));
    }

    private static Path freshName(Path folder, String base) {
        Path target = folder.resolve(LocalDateTime.now().format(STAMP) + "_" + base + ProjectFile.EXTENSION);
        int n = 1;
        while (Files.exists(target)) {
            target = folder.resolve(LocalDateTime.now().format(STAMP) + "-" + n++ + "_" + base + ProjectFile.EXTENSION);
        }
        return target;
    }

    /**
     * Keeps the original of a project file of an older schema version before it is upgraded (a {@link BeforeUpgrade}
     * for {@link ProjectFile#open(Path, BeforeUpgrade)}, which calls it holding the project's writer lock): a copy
     * byte for byte the file, forced to disk, as {@code <dir>/<project id>/<time>_<name>_before-upgrade-v<N>.dcproj}.
     * It is listed and restored like any backup, and the rotation never drops it. When the newest such copy of the
     * same version is already the same file, that one is returned and no second copy is made.
     *
     * @return the copy
     * @throws StoreException when it cannot be made; nothing is left behind then
     */
    public Path keepBeforeUpgrade(Path file, String projectId, int fromVersion) throws StoreException {
        Path folder = dir.resolve(projectId);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.backup.upgradeFolder",
                    "the backup folder {0} cannot be created ({1}).", folder, reason(e, folder)), e);
        }
        Path target = freshName(folder,
                safe(file.getFileName().toString().replaceFirst("\\.dcproj$", "")) + BEFORE_UPGRADE + fromVersion);
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            ProjectFile.copyOriginal(file, partial, fromVersion);
            for (Path earlier : list(projectId)) {
                // (the file itself, opened from the backups folder, is about to change: it is no copy to rely on)
                if (upgradedFrom(earlier).orElse(-1) == fromVersion && !Files.isSameFile(earlier, file)) {
                    if (sameBytes(earlier, partial)) {
                        return earlier;
                    }
                    break; // only the newest copy of that version counts
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(folder);
            return target;
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.backup.upgradeCopy", "the copy {0} cannot be written ({1}).",
                    target, reason(e, partial)), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /**
     * The schema version a backup was the original of, when it is a copy kept before an upgrade
     * ({@link #keepBeforeUpgrade}); empty for an ordinary backup.
     */
    public static OptionalInt upgradedFrom(Path backup) {
        Matcher m = BEFORE_UPGRADE_NAME.matcher(backup.getFileName().toString());
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** Makes a rename in {@code folder} durable where the system allows it (not on Windows: best effort). */
    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // the copy itself is on disk; its name will be after the next sync of the folder
        }
    }

    /** Why writing {@code path} failed, in plain words (the file system's exceptions name only a path). */
    private static String reason(IOException e, Path path) {
        String where = e instanceof FileSystemException fse && fse.getFile() != null
                && !Path.of(fse.getFile()).toAbsolutePath().equals(path.toAbsolutePath())
                ? ": " + fse.getFile() : "";
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way" + where;
        }
        if (e instanceof AccessDeniedException) {
            return "no permission" + where;
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder" + where;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /**
     * Settles a backup that {@link #snapshot} took before a change: when the project still holds the same content
     * (the change failed, or had nothing to do) a new backup is removed again and older ones stay; otherwise it is
     * kept and the oldest beyond the limit are dropped. A backup that was not new is left alone.
     *
     * @param changesAtSnapshot {@link ProjectFile#changeCount()} right after the backup was taken
     * @return true when a new backup was kept
     */
    public boolean keepIfChanged(ProjectStore project, Snapshot snapshot, long changesAtSnapshot)
            throws StoreException {
        if (!snapshot.isNew() || !Files.exists(snapshot.file())) {
            return false;
        }
        boolean unchanged = project.changeCount() == changesAtSnapshot;
        if (!unchanged) { // rows were touched; compare the content (a rolled-back change leaves it as it was)
            Path now = snapshot.file().resolveSibling(snapshot.file().getFileName() + PARTIAL);
            try {
                fileOf(project).copyTo(now);
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

    /** Drops the oldest ordinary backups beyond {@code keep}; copies kept before an upgrade are not counted. */
    private void prune(Path folder) throws StoreException {
        try {
            List<Path> all = list(folder.getFileName().toString());
            all.removeIf(p -> upgradedFrom(p).isPresent());
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
