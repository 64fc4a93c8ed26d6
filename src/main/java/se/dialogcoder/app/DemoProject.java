package se.dialogcoder.app;

import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.documents.ImportService;
import java.io.IOException;
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
import se.dialogcoder.store.StoreException;

/**
 * The demo project: the 21 sample dialogues of {@code samples/} (bundled in the application under {@code demo/})
 * imported with the default codebook, built once in the user's data folder. It is built in a temporary file and
 * moved into place, so a half-built demo never appears.
 */
public final class DemoProject {
    public static final String NAME = "Länsdialoger 2025 (demo)";
    private final AppPaths paths;
    private final ImportService imports;
    private final CodebookService codebooks;

    public DemoProject(AppPaths paths, ImportService imports, CodebookService codebooks) {
        this.paths = paths;
        this.imports = imports;
        this.codebooks = codebooks;
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
            copyBundledSamples(samples);
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
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            deleteTree(work);
        }
    }

    private static void copyBundledSamples(Path into) throws IOException {
        URL url = DemoProject.class.getResource("/demo");
        if (url == null) {
            throw new IOException("the sample dialogues are missing from the application");
        }
        Files.createDirectories(into);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                    copyFiles(zip.getPath("/demo"), into);
                }
            } else {
                copyFiles(Path.of(uri), into);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copyFiles(Path from, Path into) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(from)) {
            list.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!name.equalsIgnoreCase("README.md")) {
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
