package se.dialogcoder.app.privacy;

import se.dialogcoder.app.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.ingest.ImportException;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.ingest.Readers;
import se.dialogcoder.ingest.pii.NameList;
import se.dialogcoder.ingest.pii.PiiFinding;
import se.dialogcoder.ingest.pii.PiiScanner;
import se.dialogcoder.ingest.pii.ValueHash;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.store.StoreException;

/**
 * Personal data in files: the names list, scanning files without importing them, and rebuilding the pseudonym
 * key of a project from its source files (possible only on a computer that has the project's secret).
 */
public final class PiiService {
    private final Readers readers;
    private final PseudonymKeys keys;
    private final Path defaultNames;

    public PiiService(Readers readers, PseudonymKeys keys, Path defaultNames) {
        this.readers = readers;
        this.keys = keys;
        this.defaultNames = defaultNames;
    }

    /** What was found in one file, or why it could not be read. */
    public record FileScan(Path file, List<PiiFinding> findings, String error) {
        public FileScan {
            findings = List.copyOf(findings);
        }
    }

    /** The values of a project's pseudonyms that were found again in the given files. */
    public record KeyRebuild(List<KeyEntry> entries, int notInProject, List<String> failures) {
        public KeyRebuild {
            entries = List.copyOf(entries);
            failures = List.copyOf(failures);
        }
    }

    public PseudonymKeys keys() {
        return keys;
    }

    /** The user's names file in the data folder (it need not exist). */
    public Path defaultNamesFile() {
        return defaultNames;
    }

    /** The names of the user's names file (if there is one) and of {@code extra} (if given). */
    public NameList names(Path extra) throws ImportException {
        NameList names = Files.isRegularFile(defaultNames) ? NameList.read(defaultNames) : NameList.empty();
        return extra == null ? names : names.plus(NameList.read(extra));
    }

    /** Reads each file as import would and lists its personal data. */
    public List<FileScan> scan(List<Path> files, NameList names) {
        PiiScanner scanner = PiiScanner.standard(names);
        List<FileScan> out = new ArrayList<>();
        for (Path file : files) {
            try {
                ParsedDocument doc = readers.read(file);
                out.add(new FileScan(file, scanner.scan(doc.text()), null));
            } catch (ImportException e) {
                out.add(new FileScan(file, List.of(), e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Finds the values in the source files again and looks up the pseudonyms the project gave them. Values the
     * project has no pseudonym for (kept at import, or never imported) are only counted.
     *
     * @throws IOException when this computer does not have the project's secret
     */
    public KeyRebuild rebuildKey(Project project, List<Path> files, NameList names)
            throws IOException, StoreException {
        ProjectInfo info = project.info();
        Optional<PseudonymKeys.Key> key = keys.find(info.id());
        if (key.isEmpty()) {
            throw new IOException(project.displayName() + ": this computer does not have the pseudonym "
                    + "secret of the project (" + keys.file(info.id()) + "), so its pseudonyms cannot be matched "
                    + "to values");
        }
        ValueHash hash = key.get().hash();
        Set<KeyEntry> entries = new LinkedHashSet<>();
        int missing = 0;
        List<String> failures = new ArrayList<>();
        for (FileScan scan : scan(files, names)) {
            if (scan.error() != null) {
                failures.add(scan.error());
                continue;
            }
            for (PiiFinding f : scan.findings()) {
                String h = hash.of(f.kind(), f.value());
                Optional<Integer> number = project.read(tx -> tx.pseudonyms().number(f.kind().id(), h));
                if (number.isPresent()) {
                    entries.add(new KeyEntry(f.kind(), number.get(), f.text()));
                } else {
                    missing++;
                }
            }
        }
        return new KeyRebuild(PseudonymKeyFile.sorted(entries), missing, failures);
    }
}
