package se.dialogcoder.app.documents;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.privacy.KeyEntry;
import se.dialogcoder.app.privacy.PiiReviewer;
import se.dialogcoder.app.privacy.PiiService;
import se.dialogcoder.app.privacy.PseudonymKeyFile;
import se.dialogcoder.app.privacy.PseudonymKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import se.dialogcoder.ingest.CountyDetector;
import se.dialogcoder.ingest.ImportException;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.ingest.Readers;
import se.dialogcoder.ingest.pii.NameList;
import se.dialogcoder.ingest.pii.PiiFinding;
import se.dialogcoder.ingest.pii.PiiKind;
import se.dialogcoder.ingest.pii.PiiReview;
import se.dialogcoder.ingest.pii.PiiScanner;
import se.dialogcoder.ingest.pii.Pseudonymiser;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;

/**
 * Batch import of files and folders into a project. Each file is read, its county detected (or taken from the
 * override), and stored in its own transaction: a file that fails leaves nothing behind and the batch goes on.
 * An identical text already in the project (same content hash) is reported, not stored twice.
 *
 * <p>Every file is scanned for personal data before it is stored ({@link ImportOptions#reviewer()} decides what
 * to replace). Replacement happens on the text before it is stored, inside the same transaction as the document
 * and the project's pseudonym numbers, so offsets never exist for the original text and a failed file leaves
 * no pseudonym behind. The originals are kept only in memory, in {@link Report#key()}, for a key file the user
 * may ask for.
 */
public final class ImportService {
    private final Readers readers;
    private final PiiService pii;

    public ImportService(Readers readers, PiiService pii) {
        this.readers = readers;
        this.pii = pii;
    }

    /**
     * What happened to one file: stored, already in the project, failed, not reached because the user cancelled
     * the batch, or left out by the user in the review of its personal data.
     */
    public enum Outcome { IMPORTED, DUPLICATE, FAILED, CANCELLED, SKIPPED }

    /**
     * @param county the county of the stored document (null = unknown)
     * @param reason what happened, for a duplicate, a failure, a cancelled or a skipped file (null when imported);
     *               the window shows it in the user's language
     * @param found personal data found in the file, per kind
     * @param pseudonymised personal data replaced before storing, per kind
     */
    public record FileResult(Path file, Outcome outcome, String documentName, County county, int units,
                             UserMessage reason, Map<PiiKind, Integer> found, Map<PiiKind, Integer> pseudonymised) {
        public FileResult {
            found = Map.copyOf(found);
            pseudonymised = Map.copyOf(pseudonymised);
        }

        FileResult(Path file, Outcome outcome, String documentName, County county, int units, UserMessage reason) {
            this(file, outcome, documentName, county, units, reason, Map.of(), Map.of());
        }

        /** The reason in English (command line, logs), or null. */
        public String message() {
            return reason == null ? null : reason.english();
        }

        /** Personal data found but stored as it is, per kind. */
        public Map<PiiKind, Integer> kept() {
            Map<PiiKind, Integer> kept = new EnumMap<>(PiiKind.class);
            found.forEach((k, n) -> {
                int left = n - pseudonymised.getOrDefault(k, 0);
                if (left > 0) {
                    kept.put(k, left);
                }
            });
            return kept;
        }
    }

    /**
     * The results of a batch, in the order the files were taken.
     *
     * @param key the values replaced in this batch and their pseudonyms (in memory only; see
     *            {@link PseudonymKeyFile})
     * @param warnings things the user should know about the batch as a whole
     */
    public record Report(List<FileResult> results, List<KeyEntry> key, List<UserMessage> warnings) {
        public Report {
            results = List.copyOf(results);
            key = PseudonymKeyFile.sorted(key);
            warnings = List.copyOf(warnings);
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

    /**
     * Imports with a county override and round, looking for the names of the user's names file and storing
     * personal data as it is (counted in each {@link FileResult}).
     */
    public Report importPaths(Project project, List<Path> paths, County override, String round,
                              Progress progress) {
        return importWithUserNames(project, paths, new ImportOptions(override, round, NameList.empty(),
                PiiReviewer.KEEP_ALL), progress);
    }

    /**
     * Imports with {@code options}, looking also for the names of the user's names file. A names file that cannot
     * be read does not stop the import: it is a warning in the report, and no names are looked for.
     */
    public Report importWithUserNames(Project project, List<Path> paths, ImportOptions options,
                                      Progress progress) {
        List<UserMessage> warnings = new ArrayList<>();
        NameList names = options.names();
        try {
            names = names.plus(pii.names(null));
        } catch (ImportException e) {
            warnings.add(UserMessage.of("import.warning.names", "{0}; no names were looked for.", e.userMessage()));
        }
        Report report = importPaths(project, paths, options.withNames(names), progress);
        warnings.addAll(report.warnings());
        return new Report(report.results(), report.key(), warnings);
    }

    public Report importPaths(Project project, List<Path> paths, ImportOptions options, Progress progress) {
        List<Path> files = expand(paths);
        List<FileResult> results = new ArrayList<>();
        Batch batch = new Batch(PiiScanner.standard(options.names()));
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (progress.cancelled()) {
                results.add(new FileResult(file, Outcome.CANCELLED, null, null, 0, UserMessage.of("import.result.cancelled",
                        "{0}: cancelled", fileName(file))));
                continue;
            }
            progress.update(i, files.size(), file);
            results.add(importFile(project, file, options, batch));
        }
        progress.update(files.size(), files.size(), null);
        return new Report(results, new ArrayList<>(batch.key), batch.warnings);
    }

    private FileResult importFile(Project project, Path file, ImportOptions options, Batch batch) {
        if (Files.isDirectory(file)) {
            return failed(file, UserMessage.of("import.result.folder", "{0}: the folder cannot be read.", fileName(file)));
        }
        ParsedDocument parsed;
        try {
            parsed = readers.read(file);
        } catch (ImportException e) {
            return failed(file, e.userMessage());
        }
        String source = file.getFileName().toString(); // recorded as it is, as the document's source
        String fileName = fileName(file);
        PiiReview review = new PiiReview(batch.scanner.scan(parsed.text()));
        Map<PiiKind, Integer> found = review.counts();
        if (!review.isEmpty() && !options.reviewer().review(file, parsed, review)) {
            return new FileResult(file, Outcome.SKIPPED, null, null, 0, UserMessage.of("import.result.skipped",
                    "{0}: skipped in the review of its personal data; nothing of it was stored.", fileName), found, Map.of());
        }
        List<PiiFinding> replace = review.toPseudonymise();
        PseudonymKeys.Key key = null;
        if (!replace.isEmpty()) {
            try {
                key = batch.key(pii.keys(), project);
            } catch (IOException | StoreException e) {
                Object why = e instanceof StoreException se ? se.userMessage() : e.getMessage();
                return new FileResult(file, Outcome.FAILED, null, null, 0, UserMessage.of("import.result.noSecret",
                        "{0}: not imported, because the pseudonym secret could not be read or made ({1}).", fileName,
                        why), found, Map.of());
            }
        }
        County county = options.county() != null ? options.county()
                : CountyDetector.detect(fileName, parsed.text()).orElse(null);
        String baseName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')).strip() : fileName;
        if (baseName.isEmpty()) {
            baseName = fileName;
        }
        String documentName = baseName;
        Map<Value, String> values = key == null ? Map.of() : hashes(key, replace);
        String keyId = key == null ? null : key.hash().keyId();
        try {
            Stored done = project.write(tx -> {
                if (!values.isEmpty() && batch.otherKeys < 0) {
                    batch.otherKeys = tx.pseudonyms().countWithOtherKey(keyId);
                }
                Map<Value, Integer> numbers = new HashMap<>();
                for (Map.Entry<Value, String> v : values.entrySet()) {
                    String kind = v.getKey().kind().id();
                    Optional<Integer> known = tx.pseudonyms().number(kind, v.getValue());
                    numbers.put(v.getKey(), known.isPresent() ? known.get()
                            : tx.pseudonyms().add(kind, v.getValue(), keyId));
                }
                Pseudonymiser.Result result = Pseudonymiser.apply(parsed, replace,
                        (kind, value) -> numbers.get(new Value(kind, value)));
                ParsedDocument doc = result.document();
                String hash = Texts.contentHash(doc.text());
                Optional<Document> same = tx.documents().byHash(hash);
                if (same.isPresent()) {
                    return new Stored(new FileResult(file, Outcome.DUPLICATE, same.get().name(),
                            same.get().county(), 0, UserMessage.of("import.result.duplicate",
                            "{0}: the same text is already in the project as \"{1}\"; not imported again.", fileName,
                            same.get().name()), found, result.counts()), result);
                }
                String name = documentName;
                for (int n = 2; tx.documents().nameExists(name); n++) {
                    name = documentName + " (" + n + ")";
                }
                String useRound = options.round() != null ? options.round() : tx.project().info().round();
                Document d = tx.documents().insert(new NewDocument(name, county, doc.kind(), useRound,
                        doc.dialogueDate(), source, doc.text(), doc.units()));
                return new Stored(new FileResult(file, Outcome.IMPORTED, d.name(), d.county(), d.units(), null,
                        found, result.counts()), result);
            });
            batch.remember(done.replaced(), key, project);
            return done.result();
        } catch (StoreException e) {
            return new FileResult(file, Outcome.FAILED, null, null, 0, e.userMessage(), found, Map.of());
        }
    }

    /** A value to replace (normalised, see {@link PiiKind#normalise}). */
    private record Value(PiiKind kind, String value) {
    }

    /** The keyed hash of each distinct value to replace, in order of first appearance (numbers follow the text). */
    private static Map<Value, String> hashes(PseudonymKeys.Key key, List<PiiFinding> replace) {
        Map<Value, String> out = new LinkedHashMap<>();
        for (PiiFinding f : replace) {
            out.computeIfAbsent(new Value(f.kind(), f.value()), v -> key.hash().of(v.kind(), v.value()));
        }
        return out;
    }

    /** What the transaction of one file did. */
    private record Stored(FileResult result, Pseudonymiser.Result replaced) {
    }

    /** What one batch shares: the scanner, the project's secret once read, the key and the warnings. */
    private static final class Batch {
        final PiiScanner scanner;
        final Set<KeyEntry> key = new LinkedHashSet<>();
        final List<UserMessage> warnings = new ArrayList<>();
        PseudonymKeys.Key secret;
        int otherKeys = -1;
        private boolean warned;

        Batch(PiiScanner scanner) {
            this.scanner = scanner;
        }

        PseudonymKeys.Key key(PseudonymKeys keys, Project project) throws IOException, StoreException {
            if (secret == null) {
                secret = keys.findOrCreate(project.info().id());
            }
            return secret;
        }

        void remember(Pseudonymiser.Result result, PseudonymKeys.Key used, Project project) {
            for (Pseudonymiser.Replacement r : result.replacements()) {
                key.add(new KeyEntry(r.finding().kind(), r.number(), r.finding().text()));
            }
            if (used != null && otherKeys > 0 && !warned) {
                warned = true;
                String name = project.displayName();
                warnings.add(used.created()
                        ? UserMessage.of("import.warning.otherSecretNew", "{0}: {1} earlier pseudonyms of this project "
                                + "were made with a secret that is not on this computer (a new one was made: {2}). New "
                                + "pseudonyms continue the numbering, but a value replaced before gets a new pseudonym "
                                + "now: the same person may appear under two pseudonyms. To avoid this, copy the secret "
                                + "from the computer of the earlier imports to {2} before importing.", name, otherKeys,
                                used.file().toString())
                        : UserMessage.of("import.warning.otherSecret", "{0}: {1} earlier pseudonyms of this project "
                                + "were made with a secret that is not on this computer. New pseudonyms continue the "
                                + "numbering, but a value replaced before gets a new pseudonym now: the same person "
                                + "may appear under two pseudonyms. To avoid this, copy the secret from the computer "
                                + "of the earlier imports to {2} before importing.", name, otherKeys,
                                used.file().toString()));
            }
        }
    }

    private static FileResult failed(Path file, UserMessage reason) {
        return new FileResult(file, Outcome.FAILED, null, null, 0, reason);
    }

    /** The file's name as shown in reports: on one line ({@link Texts#oneLine}). */
    private static String fileName(Path file) {
        return Texts.oneLine(file.getFileName() == null ? String.valueOf(file) : file.getFileName().toString());
    }
}
