package se.dialogcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.Document;

class DemoProjectTest {
    @TempDir
    Path home;

    @Test
    void theDemoIsBuiltOnceInTheDataFolderFromTheBundledSamplesAndComesCoded() throws Exception {
        Services services = new Services(new AppPaths(home));
        Path demo = services.workspace().demoProject();
        assertThat(demo).startsWith(home).exists();
        long modified = Files.getLastModifiedTime(demo).toMillis();
        try (Project p = ProjectStores.open(demo)) {
            assertThat(p.info().name()).isEqualTo(DemoProject.NAME);
            List<Document> docs = p.read(tx -> tx.documents().list());
            int codes = p.read(tx -> tx.codes().count());
            assertThat(docs).hasSize(21);
            assertThat(docs).allSatisfy(d -> {
                assertThat(d.county()).as(d.name()).isNotNull();
                assertThat(d.round()).isEqualTo("2025");
            });
            assertThat(docs.stream().map(Document::county).distinct()).hasSize(21);
            assertThat(codes).isGreaterThan(50);
            int codings = p.read(tx -> tx.codings().count());
            List<se.dialogcoder.model.Coder> coders = p.read(tx -> tx.coders().list());
            assertThat(codings).as("the demo comes with its reference coding").isGreaterThan(400);
            assertThat(coders).extracting(se.dialogcoder.model.Coder::name)
                    .containsExactly(DemoProject.REFERENCE_CODER);
            java.util.Map<Long, Integer> perDocument = p.read(tx -> tx.codings().countsByDocument());
            assertThat(docs).allSatisfy(d -> assertThat(perDocument.getOrDefault(d.id(), 0)).as(d.name())
                    .isGreaterThan(20));
        }
        assertThat(services.workspace().demoProject()).isEqualTo(demo);
        assertThat(Files.getLastModifiedTime(demo).toMillis()).isEqualTo(modified);
        try (var files = Files.list(demo.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no half-built leftovers").noneMatch(n -> n.startsWith(".building"));
        }
    }
}
