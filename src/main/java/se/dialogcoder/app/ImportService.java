package se.dialogcoder.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.dialogcoder.ingest.CountyDetector;
import se.dialogcoder.ingest.ImportException;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.ingest.Readers;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.Texts;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreException;

/**
 * Batch import of files and folders into a project. Each file is read, its county detected (or taken from the
 * override), and stored in its own transaction: a file that fails leaves nothing behind and the batch goes on.
 * An identical text already in the project (same content hash) is reported, not stored twice.
 */
public final class ImportService {
    private final Readers readers;

    public ImportService(Readers readers) {
        this.readers = readers;
    }

    /** What happened to one file. */
    public enum Outcome { IMPORTED, DUPLICATE, FAILED, CANCELLED }

    /**
     * @param county the county of the stored document (null = unknown)
     * @param message the reason, for a duplicate or a failure
     */
    public record FileResult(Path file, Outcome outcome, String documentName, County county, int units,
                             String message) {
    }

    /** The results of a batch, in the order the files were taken. */
    public record Report(List<FileResult> results) {
        public Report {
            results = List.copyOf(results);
        }

        public long count(Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }

        public boolean anyFailed() {
            return count(Outcome.FAILED) > 0;
        }
    }

    /** Progress of a batch; {@link #cancelled()} is asked between files. */
    public interface Progress {
        void update(int done, int total, Path current);

        boolean cancelled();
    }

    public static final Progress NO_PROGRESS = new Progress() {
        @Override
        public void update(int done, int total, Path current) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * Files given directly, and the supported files inside folders (recursively, sorted by path; hidden files and
     * {@code README.*} files, which describe a folder rather than belong to the material, are left out).
     */
    public List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> !f.getFileName().toString().toUpperCase(java.util.Locale.ROOT)
                                    .startsWith("README."))
                            .filter(f -> readers.supports(f))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | RuntimeException e) {
                    out.add(p); // reported as a failure by importFile
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public Report importPaths(ProjectFile project, List<Path> paths, County override, String round,
                              Progress progress) {
        List<Path> files = expand(paths);
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (progress.cancelled()) {
                results.add(new FileResult(file, Outcome.CANCELLED, null, null, 0, "cancelled"));
                continue;
            }
            progress.update(i, files.size(), file);
            results.add(importFile(project, file, override, round));
        }
        progress.update(files.size(), files.size(), null);
        return new Report(results);
    }

    public FileResult importFile(ProjectFile project, Path file, County override, String round) {
        if (Files.isDirectory(file)) {
            return failed(file, file.getFileName() + ": the folder cannot be read.");
        }
        ParsedDocument parsed;
        try {
            parsed = readers.read(file);
        } catch (ImportException e) {
            return failed(file, e.getMessage());
        }
        String fileName = file.getFileName().toString();
        County county = override != null ? override : CountyDetector.detect(fileName, parsed.text()).orElse(null);
        String baseName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String hash = Texts.contentHash(parsed.text());
        try {
            return project.write(tx -> {
                Optional<Document> same = tx.documents().byHash(hash);
                if (same.isPresent()) {
                    return new FileResult(file, Outcome.DUPLICATE, same.get().name(), same.get().county(), 0,
                            fileName + ": the same text is already in the project as \"" + same.get().name()
                                    + "\"; not imported again.");
                }
                String name = baseName;
                for (int n = 2; tx.documents().nameExists(name); n++) {
                    name = baseName + " (" + n + ")";
                }
                String useRound = round != null ? round : tx.project().info().round();
                Document d = tx.documents().insert(new NewDocument(name, county, parsed.kind(), useRound,
                        parsed.dialogueDate(), fileName, parsed.text(), parsed.units()));
                return new FileResult(file, Outcome.IMPORTED, d.name(), d.county(), d.units(), null);
            });
        } catch (StoreException e) {
            return failed(file, e.getMessage());
        }
    }

    private static FileResult failed(Path file, String message) {
        return new FileResult(file, Outcome.FAILED, null, null, 0, message);
    }
}
