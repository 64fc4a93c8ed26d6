package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.documents.ImportService;
import se.dialogcoder.model.Document;

/**
 * File names with a newline and a tab (possible on Linux and macOS): the document name is one line, the original
 * name stays the document's source, and every line the import and {@code info} print is whole.
 */
class ControlCharacterNamesTest extends CliTestBase {
    @TempDir
    Path dir;
    private Path file;
    private Path empty;

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        Path in = Files.createDirectories(dir.resolve("in"));
        file = Files.writeString(in.resolve("2025 Skåne\ndialog\tanteckningar.txt"),
                "Moderator: Välkomna till länsdialogen.\nLänssamordnare: Vi har en handlingsplan.\n",
                StandardCharsets.UTF_8);
        empty = Files.writeString(in.resolve("tom\u2028fil\u007f.txt"), "", StandardCharsets.UTF_8);
    }

    @Test
    void theCommandLinePrintsEveryFileOnOneLineAndKeepsTheOriginalNameAsTheSource() throws Exception {
        Path project = dir.resolve("p.dcproj");
        assertThat(run("new", project.toString())).isZero();
        assertThat(run("import", project.toString(), dir.resolve("in").toString())).as(err).isEqualTo(Cli.PARTIAL);
        List<String> lines = err.lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("imported  2025 Skåne dialog anteckningar.txt → "
                + "\"2025 Skåne dialog anteckningar\", Skåne län, "));
        assertThat(lines).anyMatch(l -> l.startsWith("failed  tom fil .txt: "));
        assertThat(lines).hasSize(3); // two files, one summary: no line broken in two

        assertThat(run("info", project.toString())).isZero();
        assertThat(out.lines()).anyMatch(l -> l.strip().startsWith("2025 Skåne dialog anteckningar "));
        assertThat(out.lines().filter(l -> l.contains("anteckningar"))).hasSize(1);
        try (Project p = ProjectStores.open(project)) {
            Document d = p.documents().get(0);
            assertThat(d.name()).isEqualTo("2025 Skåne dialog anteckningar");
            assertThat(d.sourceFile()).isEqualTo("2025 Skåne\ndialog\tanteckningar.txt");
        }
    }

    @Test
    void theImportServiceNamesTheDocumentOnOneLine() throws Exception {
        try (Project p = ProjectStores.create(dir.resolve("s.dcproj"), "s", "2025")) {
            ImportService.Report report = services.exchanges().imports().importPaths(p, List.of(file, empty), null,
                    null, ImportService.NO_PROGRESS);
            assertThat(report.results().get(0).documentName()).isEqualTo("2025 Skåne dialog anteckningar");
            assertThat(report.results().get(1).message()).startsWith("tom fil .txt: ").doesNotContain("\n", "\u2028");
            assertThat(p.documents()).singleElement().extracting(Document::sourceFile)
                    .isEqualTo("2025 Skåne\ndialog\tanteckningar.txt");
        }
    }
}
