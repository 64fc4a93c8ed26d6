package se.dialogcoder.app.documents;

import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.privacy.KeyEntry;
import se.dialogcoder.app.privacy.PiiReviewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.documents.ImportService.FileResult;
import se.dialogcoder.app.documents.ImportService.Outcome;
import se.dialogcoder.ingest.pii.NameList;
import se.dialogcoder.ingest.pii.PiiDecision;
import se.dialogcoder.ingest.pii.PiiKind;
import se.dialogcoder.model.Document;

/** The import as the window will drive it: a reviewer decides per finding before anything is stored. */
class ImportServicePiiTest {
    @TempDir
    Path dir;
    private Services services;
    private Project project;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = ProjectStores.create(dir.resolve("p.dcproj"), "p", "2025");
        file = Files.writeString(dir.resolve("2025_skane.txt"),
                "Anna Lind ringer 070-123 45 67.\nSvara Anna Lind på anna@lind.se.", StandardCharsets.UTF_8);
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        project.close();
    }

    private ImportOptions options(PiiReviewer reviewer) {
        return ImportOptions.defaults().withNames(NameList.of("Anna Lind")).withReviewer(reviewer);
    }

    private String storedText(String name) throws Exception {
        Document d = project.read(tx -> tx.documents().byName(name)).orElseThrow();
        return project.read(tx -> tx.documents().text(d.id()));
    }

    @Test
    void decisionsPerFindingAndPerKindAreApplied() throws Exception {
        PiiReviewer reviewer = (f, doc, review) -> {
            assertThat(review.findings()).extracting(x -> x.text())
                    .containsExactly("Anna Lind", "070-123 45 67", "Anna Lind", "anna@lind.se");
            review.decideKind(PiiKind.EMAIL, PiiDecision.KEEP);
            review.decide(2, PiiDecision.KEEP);
            return true;
        };
        ImportService.Report report = services.exchanges().imports().importPaths(project, List.of(file), options(reviewer),
                ImportService.NO_PROGRESS);
        FileResult r = report.results().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(r.found()).isEqualTo(Map.of(PiiKind.NAME, 2, PiiKind.PHONE, 1, PiiKind.EMAIL, 1));
        assertThat(r.pseudonymised()).isEqualTo(Map.of(PiiKind.NAME, 1, PiiKind.PHONE, 1));
        assertThat(r.kept()).isEqualTo(Map.of(PiiKind.NAME, 1, PiiKind.EMAIL, 1));
        assertThat(storedText("2025_skane")).isEqualTo("[Person 1] ringer [Telefon 1].\nSvara Anna Lind på anna@lind.se.");
        assertThat(report.key()).containsExactly(new KeyEntry(PiiKind.PHONE, 1, "070-123 45 67"),
                new KeyEntry(PiiKind.NAME, 1, "Anna Lind"));
    }

    @Test
    void aFileLeftOutAtReviewLeavesNothingBehind() throws Exception {
        ImportService.Report report = services.exchanges().imports().importPaths(project, List.of(file),
                options((f, doc, review) -> false), ImportService.NO_PROGRESS);
        // skipped by the user, not cancelled: the import went on
        assertThat(report.results().get(0).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(report.results().get(0).message()).contains("2025_skane.txt").contains("skipped");
        List<Document> docs = project.read(tx -> tx.documents().list());
        Map<String, Integer> pseudonyms = project.read(tx -> tx.pseudonyms().counts());
        assertThat(docs).isEmpty();
        assertThat(pseudonyms).isEmpty();
        assertThat(dir.resolve("home/pii-keys")).doesNotExist();
    }

    @Test
    void importingTheSameFileAgainIsADuplicateAndAddsNoPseudonym() throws Exception {
        ImportOptions all = options(PiiReviewer.PSEUDONYMISE_ALL);
        services.exchanges().imports().importPaths(project, List.of(file), all, ImportService.NO_PROGRESS);
        ImportService.Report again = services.exchanges().imports().importPaths(project, List.of(file), all,
                ImportService.NO_PROGRESS);
        assertThat(again.results().get(0).outcome()).isEqualTo(Outcome.DUPLICATE);
        Map<String, Integer> pseudonyms = project.read(tx -> tx.pseudonyms().counts());
        assertThat(pseudonyms).isEqualTo(Map.of("name", 1, "phone", 1, "email", 1));
    }

    @Test
    void theWindowsImportUsesTheUsersNamesFileAndStoresAsItIs() throws Exception {
        Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("home/pii-names.txt"), "Anna Lind\n");
        ImportService.Report report = services.exchanges().imports().importPaths(project, List.of(file), null, null,
                ImportService.NO_PROGRESS);
        assertThat(report.results().get(0).kept()).containsEntry(PiiKind.NAME, 2);
        assertThat(storedText("2025_skane")).contains("Anna Lind");
        assertThat(report.warnings()).isEmpty();

        Files.write(dir.resolve("home/pii-names.txt"), new byte[] {(byte) 0xC5, 'k', 'e'});
        Path other = Files.writeString(dir.resolve("b.txt"), "Annan text.");
        ImportService.Report broken = services.exchanges().imports().importPaths(project, List.of(other), null, null,
                ImportService.NO_PROGRESS);
        assertThat(broken.warnings()).singleElement().asString().contains("pii-names.txt").contains("UTF-8");
    }
}
