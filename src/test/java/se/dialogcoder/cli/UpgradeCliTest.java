package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreFixtures;

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
        assertThat(run("text", project.toString(), "--document", "Skåne 2024")).as(err).isZero();
        assertThat(out).contains("länsgemensam handlingsplan");
        assertThat(run("search", project.toString(), "handlingsplan")).as(err).isZero();
        assertThat(out).contains("Skåne 2024");
        assertThat(run("frequencies", project.toString())).as(err).isZero();

        assertThat(Files.readAllBytes(project)).as("not upgraded in place").isEqualTo(original);
        assertThat(ProjectFile.schemaVersion(project)).isEqualTo(1);
        assertThat(dir).isDirectoryNotContaining("glob:**.dcproj-wal").isDirectoryNotContaining("glob:**.lock");
    }
}
