package se.dialogcoder.app;

import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.coding.QuotedCoding;
import se.dialogcoder.app.documents.ImportService;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.dialogcoder.exchange.CsvException;
import se.dialogcoder.exchange.QuotedCodings;
import se.dialogcoder.store.StoreException;

/**
 * The demo project: the 21 sample dialogues of {@code samples/} (bundled in the application under {@code demo/})
 * imported with the default codebook and coded with the fictional reference coding of
 * {@code samples/reference-coding.tsv} (by the coder {@value #REFERENCE_CODER}, in one transaction), built once in
 * the user's data folder. It is built in a temporary file and moved into place, so a half-built demo never appears.
 * A reference row that does not match the imported text exactly stops the build with the rows named: the samples
 * and their coding ship together, and the tests build the demo, so a mismatch can never reach a user.
 */
public final class DemoProject {
    public static final String NAME = "Länsdialoger 2025 (demo)";
    /** The reference coding's file among the bundled samples. */
    public static final String REFERENCE_FILE = "reference-coding.tsv";
    /** The coder of the reference coding (the table names it on every row). */
    public static final String REFERENCE_CODER = "Referenskodare (fiktiv)";
    private final AppPaths paths;
    private final ImportService imports;
    private final CodebookService codebooks;
    private final QuotedCoding quoted;

    public DemoProject(AppPaths paths, ImportService imports, CodebookService codebooks, QuotedCoding quoted) {
        this.paths = paths;
        this.imports = imports;
        this.codebooks = codebooks;
        this.quoted = quoted;
    }

    /** The demo project's path, built first if it does not exist yet. */
    public Path ensure() throws StoreException, IOException {
        Path target = paths.demoProject();
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path work = Files.createTempDirectory(target.getParent(), ".building-");
        try {
            Path samples = work.resolve("samples");
            Path reference = work.resolve(REFERENCE_FILE);
            copyBundledSamples(samples, reference);
            Path tmp = work.resolve("demo.dcproj");
            try (Project project = ProjectStores.create(tmp, NAME, "2025")) {
                codebooks.install(project, codebooks.json().defaultCodebook());
                ImportService.Report report = imports.importPaths(project, List.of(samples), null, "2025",
                        ImportService.NO_PROGRESS);
                if (report.anyFailed()) {
                    throw new IOException("a bundled sample could not be imported: " + report.results().stream()
                            .filter(r -> r.outcome() == ImportService.Outcome.FAILED).findFirst().orElseThrow()
                            .message());
                }
                code(project, reference);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            deleteTree(work);
        }
    }

    private void code(Project project, Path reference) throws IOException, StoreException {
        List<QuotedCodings.Row> rows;
        try (Reader in = Files.newBufferedReader(reference, StandardCharsets.UTF_8)) {
            rows = QuotedCodings.read(REFERENCE_FILE, in);
        } catch (CsvException e) {
            throw new IOException(e.getMessage(), e);
        }
        QuotedCoding.Applied applied = quoted.apply(project, REFERENCE_FILE, rows);
        if (!applied.problems().isEmpty()) {
            throw new IOException("the bundled reference coding does not match the samples ("
                    + applied.problems().size() + " rows): " + String.join("; ", applied.problems()));
        }
    }

    private static void copyBundledSamples(Path into, Path reference) throws IOException {
        URL url = DemoProject.class.getResource("/demo");
        if (url == null) {
            throw new IOException("the sample dialogues are missing from the application");
        }
        Files.createDirectories(into);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                    copyFiles(zip.getPath("/demo"), into, reference);
                }
            } else {
                copyFiles(Path.of(uri), into, reference);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (!Files.exists(reference)) {
            throw new IOException("the reference coding (" + REFERENCE_FILE + ") is missing from the application");
        }
    }

    private static void copyFiles(Path from, Path into, Path reference) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(from)) {
            list.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.equals(REFERENCE_FILE)) {
                Files.copy(f, reference, StandardCopyOption.REPLACE_EXISTING);
            } else if (!name.equalsIgnoreCase("README.md")) {
                Files.copy(f, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
