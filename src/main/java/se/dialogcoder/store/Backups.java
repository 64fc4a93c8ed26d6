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

/**
 * Automatic backups: a consistent copy ({@code VACUUM INTO}) of a project each time it is opened, kept in
 * {@code <dir>/<project id>/}, the newest {@code keep} of them. Restoring puts the current file aside first, so
 * a restore can itself be undone by hand.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
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

    /** Takes a backup of an open project and drops the oldest beyond the limit. */
    public Path take(ProjectFile project) throws StoreException {
        String id = project.info().id();
        Path folder = dir.resolve(id);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Backup folder " + folder + " cannot be created (" + e.getMessage() + ").", e);
        }
        String base = safe(project.path().getFileName().toString().replaceFirst("\\.dcproj$", ""));
        Path target = folder.resolve(LocalDateTime.now().format(STAMP) + "_" + base + ProjectFile.EXTENSION);
        int n = 1;
        while (Files.exists(target)) {
            target = folder.resolve(LocalDateTime.now().format(STAMP) + "-" + n++ + "_" + base + ProjectFile.EXTENSION);
        }
        project.copyTo(target);
        prune(folder);
        return target;
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
            throw new StoreException("Old backups in " + folder + " cannot be removed (" + e.getMessage() + ").", e);
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
            throw new StoreException(target.getFileName() + ": restore failed (" + e.getMessage() + ")"
                    + (aside != null ? "; the previous file is at " + aside : "") + ".", e);
        }
    }

    private static String safe(String s) {
        String cleaned = s.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }
}
