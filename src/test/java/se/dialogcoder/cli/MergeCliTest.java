package se.dialogcoder.cli;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.Code;

/** {@code dialogcoder merge} as a lead evaluator runs it on two coders' copies. */
class MergeCliTest extends CliTestBase {
    @TempDir
    Path dir;
    private Path anna;
    private Path bo;

    /** A project with two sample dialogues and the default codebook, copied to Anna and Bo, who code it. */
    @BeforeEach
    void twoCoders() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        Path base = dir.resolve("bas.dcproj");
        Path samples = Path.of(System.getProperty("samples.dir", "samples"));
        assertThat(run("new", base.toString(), "--round", "2025")).isZero();
        assertThat(run("import", base.toString(), samples.resolve("2025_skane_lansdialog.txt").toString(),
                samples.resolve("2025_kalmar_lansdialog.txt").toString())).as(err).isZero();
        anna = Files.copy(base, dir.resolve("anna.dcproj"));
        bo = Files.copy(base, dir.resolve("bo.dcproj"));
        code(anna, "Anna", 100, 180, false);
        code(bo, "Bo", 120, 200, true);
    }

    /** Codes two passages of each document with the first top-level code; Bo also renames that code. */
    private static void code(Path file, String coder, int start, int end, boolean rename) throws Exception {
        try (Project p = ProjectStores.open(file)) {
            p.write(tx -> {
                long who = tx.coders().getOrCreate(coder).id();
                Code first = tx.codes().list().get(0);
                for (var d : tx.documents().list()) {
                    tx.codings().insert(d.id(), first.id(), who, start, end);
                    tx.codings().insert(d.id(), first.id(), who, start + 200, end + 200);
                }
                if (rename) {
                    tx.codes().update(new Code(first.id(), first.uid(), first.parentId(), first.name() + " (Bo)",
                            first.nameEn(), first.description(), first.descriptionEn(), first.color(),
                            first.sortOrder()));
                }
                return null;
            });
        }
    }

    @Test
    void mergingAddsBosCodingsOnceReportsTheRenameAndAddsNothingTheSecondTime() throws Exception {
        assertThat(run("merge", anna.toString(), bo.toString(), "--json")).as(err).isZero();
        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.path("codingsAdded").asInt()).isEqualTo(4);
        JsonNode source = report.path("sources").get(0);
        assertThat(source.path("file").asText()).isEqualTo("bo.dcproj");
        assertThat(source.path("documentsMatched").asInt()).isEqualTo(2);
        assertThat(source.path("codersAdded").get(0).asText()).isEqualTo("Bo");
        assertThat(source.path("conflicts")).hasSize(1);
        assertThat(source.path("conflicts").get(0).path("kind").asText()).isEqualTo("code_name");
        assertThat(source.path("conflicts").get(0).path("theirs").asText()).endsWith(" (Bo)");
        assertThat(err).contains("bo.dcproj → anna.dcproj").contains("renamed differently")
                .contains("4 codings added");
        assertThat(run("info", anna.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out).path("codings").asInt()).isEqualTo(8);
        try (Project p = ProjectStores.openReadOnly(anna)) {
            assertThat(services.workspace().backups().list(p.info().id())).as("a backup was taken before the merge")
                    .isNotEmpty();
        }

        assertThat(run("merge", anna.toString(), bo.toString())).isZero();
        assertThat(err).contains("nothing new").contains("0 codings added, 4 already present");
        assertThat(run("info", anna.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out).path("codings").asInt()).isEqualTo(8);
    }

    @Test
    void aBrokenFileIsNamedAndTheProjectIsLeftAsItWas() throws Exception {
        Path broken = Files.write(dir.resolve("bo-trasig.dcproj"), new byte[] {'S', 'Q', 'L', 0, 1, 2, 3});
        byte[] before = Files.readAllBytes(anna);
        assertThat(run("merge", anna.toString(), bo.toString(), broken.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("bo-trasig.dcproj").contains("not a DialogCoder project")
                .contains("Nothing was merged");
        assertThat(Files.readAllBytes(anna)).isEqualTo(before);
        assertThat(run("merge", anna.toString())).isEqualTo(Cli.USAGE);
    }
}
