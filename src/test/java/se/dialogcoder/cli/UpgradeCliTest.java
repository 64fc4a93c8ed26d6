package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.store.sqlite.StoreFixtures;

/** A project saved by an earlier DialogCoder (file format version 1), used from the command line. */
class UpgradeCliTest extends CliTestBase {
    @TempDir
    Path dir;
    private Path project;
    private byte[] original;

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = dir.resolve("gammalt.dcproj");
        StoreFixtures.writeV1Project(project);
        original = Files.readAllBytes(project);
    }

    @Test
    void commandsThatOnlyReadLeaveTheOlderFileAsItIs() throws Exception {
        assertThat(run("info", project.toString(), "--json")).as(err).isZero();
        assertThat(new ObjectMapper().readTree(out).path("codings").asInt()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(out).path("project").path("schemaVersion").asInt())
                .as("the file's own version").isEqualTo(1);
        assertThat(run("text", project.toString(), "--document", "Skåne 2024")).as(err).isZero();
        assertThat(out).contains("länsgemensam handlingsplan");
        assertThat(run("search", project.toString(), "handlingsplan")).as(err).isZero();
        assertThat(out).contains("Skåne 2024");
        assertThat(run("frequencies", project.toString())).as(err).isZero();

        assertThat(Files.readAllBytes(project)).as("not upgraded in place").isEqualTo(original);
        assertThat(ProjectStores.fileVersion(project)).isEqualTo(1);
        assertThat(dir).isDirectoryNotContaining("glob:**.dcproj-wal").isDirectoryNotContaining("glob:**.lock");
    }

    private int code(String code) {
        return run("code", project.toString(), "--document", "Skåne 2024", "--start", "0", "--end", "5",
                "--code", code, "--coder", "Anna");
    }

    private List<String> backups() {
        assertThat(run("backups", project.toString())).as(err).isZero();
        return out.lines().toList();
    }

    @Test
    void aChangingCommandKeepsTheOriginalWhereBackupsListsItAndRestorePutsItBack() throws Exception {
        assertThat(code("Handlingsplaner")).as(err).isZero();
        assertThat(ProjectStores.fileVersion(project)).isEqualTo(ProjectStores.FILE_VERSION);

        List<String> listed = backups();
        assertThat(listed).as("the original, and the state before the coding").hasSize(2);
        String line = listed.stream().filter(l -> l.contains("before-upgrade")).findFirst().orElseThrow();
        assertThat(line).contains("_gammalt_before-upgrade-v1.dcproj")
                .endsWith("(the original, before the upgrade from file format version 1)");
        Path copy = Path.of(line.substring(0, line.indexOf(".dcproj") + ".dcproj".length()));
        assertThat(copy).hasBinaryContent(original);

        assertThat(run("restore", copy.toString(), "--project", project.toString())).as(err).isZero();
        assertThat(project).as("as the earlier DialogCoder saved it").hasBinaryContent(original);
        assertThat(ProjectStores.fileVersion(project)).isEqualTo(1);
    }

    @Test
    void aChangeThatFailsAfterTheUpgradeStillLeavesTheOriginalListed() throws Exception {
        assertThat(code("Misspelt")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("Misspelt");
        List<String> listed = backups();
        assertThat(listed).as("no backup of the failed change, but the original").singleElement()
                .asString().contains("_before-upgrade-v1.dcproj");
    }

    @Test
    void whenTheOriginalCannotBeKeptTheCommandChangesNothing() throws Exception {
        Path blocker = dir.resolve("home").resolve("backups").resolve("6f1c2d8e-0000-4000-8000-000000000001");
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "in the way");

        assertThat(code("Handlingsplaner")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("gammalt.dcproj").contains("file format version 1").contains("in the way")
                .contains("not upgraded");
        assertThat(project).hasBinaryContent(original);
        assertThat(dir).isDirectoryNotContaining("glob:**.dcproj-wal").isDirectoryNotContaining("glob:**.lock");
    }
}
