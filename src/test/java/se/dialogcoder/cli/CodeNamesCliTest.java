package se.dialogcoder.cli;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.exchange.ZipBuilder;
import se.dialogcoder.model.Code;

/** export warns about code names that several codes share and can write them qualified. */
class CodeNamesCliTest extends CliTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        services = new Services(new AppPaths(dir.resolve("home")));
    }

    /** A new project (default codebook) with a second "Civilsamhälle" under Samverkan, as older projects have. */
    private Path project() throws Exception {
        Path project = dir.resolve("p.dcproj");
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        try (Project p = ProjectStores.open(project)) {
            p.write(tx -> {
                Code samverkan = tx.codes().list().stream().filter(c -> c.name().equals("Samverkan")).findFirst()
                        .orElseThrow();
                tx.codes().insert("egen.civilsamhalle", samverkan.id(), "Civilsamhälle", null, null, null, "#688CA5",
                        99);
                return null;
            });
        }
        return project;
    }

    @Test
    void aRepeatedNameIsWarnedAboutWithItsPathsAndTheExportStillSucceeds() throws Exception {
        Path project = project();
        Path qdpx = dir.resolve("ut.qdpx");
        assertThat(run("export", project.toString(), "--format", "qdpx", "--out", qdpx.toString())).as(err).isZero();
        assertThat(err).contains("warning  the code name \"Civilsamhälle\" is used by 2 codes: "
                + "Suicidprevention / Civilsamhälle; Samverkan / Civilsamhälle.").contains("--qualified-names");
        String xml = new String(ZipBuilder.read(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(xml.split("name=\"Civilsamhälle\"", -1)).hasSize(3);

        Path qdc = dir.resolve("ut.qdc");
        assertThat(run("export", project.toString(), "--format", "qdc", "--out", qdc.toString())).as(err).isZero();
        assertThat(err).contains("warning  the code name \"Civilsamhälle\"");
    }

    @Test
    void qualifiedNamesAreUniqueAndOnlyTheRepeatedOnesChange() throws Exception {
        Path project = project();
        Path qdpx = dir.resolve("kval.qdpx");
        assertThat(run("export", project.toString(), "--format", "qdpx", "--out", qdpx.toString(),
                "--qualified-names")).as(err).isZero();
        assertThat(err).contains("they were written as \"Civilsamhälle (Suicidprevention)\", "
                + "\"Civilsamhälle (Samverkan)\"").doesNotContain("Add --qualified-names");
        String xml = new String(ZipBuilder.read(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(xml).contains("name=\"Civilsamhälle (Suicidprevention)\"")
                .contains("name=\"Civilsamhälle (Samverkan)\"").doesNotContain("name=\"Civilsamhälle\"")
                .contains("name=\"Med civilsamhället\"").contains("name=\"Efterlevandestöd\"");

        Path qdc = dir.resolve("kval.qdc");
        assertThat(run("export", project.toString(), "--format", "qdc", "--out", qdc.toString(),
                "--qualified-names")).as(err).isZero();
        assertThat(Files.readString(qdc)).contains("name=\"Civilsamhälle (Samverkan)\"")
                .doesNotContain("name=\"Civilsamhälle\"");
        try (Project p = ProjectStores.open(project)) {
            assertThat(p.read(tx -> tx.codes().list()).stream().filter(c -> c.name().equals("Civilsamhälle")))
                    .as("the project keeps its names").hasSize(2);
        }
    }

    @Test
    void qualifiedNamesApplyOnlyToRefiFormats() throws Exception {
        Path project = project();
        assertThat(run("export", project.toString(), "--format", "csv", "--out", dir.resolve("m.csv").toString(),
                "--qualified-names")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--qualified-names applies only to --format qdpx and qdc");
        assertThat(dir.resolve("m.csv")).doesNotExist();
        assertThat(run("export", project.toString(), "--format", "json", "--out", dir.resolve("k.json").toString(),
                "--qualified-names")).isEqualTo(Cli.USAGE);
    }

    @Test
    void aProjectWithUniqueNamesExportsWithoutWarning() throws Exception {
        Path project = dir.resolve("ny.dcproj");
        assertThat(run("new", project.toString())).isZero();
        assertThat(run("export", project.toString(), "--format", "qdpx", "--out", dir.resolve("a.qdpx").toString()))
                .isZero();
        assertThat(err).doesNotContain("warning");
    }
}
