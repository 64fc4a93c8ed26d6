package se.dialogcoder.app.teamwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/** A project copied file → file and file → server → file is the same project in every table a user sees. */
class ProjectCopyTest {
    private static ThrowawayPostgres pg;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        pg = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void fileToFileIsExact() throws Exception {
        Path original = TeamFixture.build(dir.resolve("a.dcproj"));
        try (Project a = ProjectStores.openReadOnly(original);
             Project b = ProjectStores.create(dir.resolve("b.dcproj"), "anything", null)) {
            ProjectCopy.Counts counts = ProjectCopy.copy(a, b);
            assertThat(counts).isEqualTo(new ProjectCopy.Counts(2, 3, 2, 5, 2, 5, 3));
            List<String> want = TeamFixture.snapshot(a);
            assertThat(want).anyMatch(l -> l.contains("Bos memo")).anyMatch(l -> l.startsWith("set CODES | Kärna"));
            assertThat(TeamFixture.snapshot(b)).containsExactlyElementsOf(want);
        }
    }

    @Test
    void fileToServerToFileIsExact() throws Exception {
        pg.createDatabase("copy_roundtrip");
        ServerAddress server = ServerAddress.parse("postgresql://127.0.0.1:" + pg.port() + "/copy_roundtrip?user="
                + ThrowawayPostgres.SUPERUSER);
        Path original = TeamFixture.build(dir.resolve("a.dcproj"));
        List<String> want;
        try (Project a = ProjectStores.openReadOnly(original)) {
            want = TeamFixture.snapshot(a);
            try (Project s = ProjectStores.create(server, null, a.info().name(), a.info().round())) {
                ProjectCopy.copy(a, s);
                assertThat(TeamFixture.snapshot(s)).containsExactlyElementsOf(want);
            }
        }
        try (Project s = ProjectStores.open(server, null, true);
             Project back = ProjectStores.create(dir.resolve("back.dcproj"), "x", "1999")) {
            ProjectCopy.copy(s, back);
            assertThat(TeamFixture.snapshot(back)).containsExactlyElementsOf(want);
        }
    }

    @Test
    void aTargetWithContentIsRefusedAndLeftAsItWas() throws Exception {
        Path original = TeamFixture.build(dir.resolve("a.dcproj"));
        Path other = TeamFixture.build(dir.resolve("other.dcproj"));
        try (Project a = ProjectStores.openReadOnly(original); Project b = ProjectStores.open(other)) {
            List<String> before = TeamFixture.snapshot(b);
            assertThatThrownBy(() -> ProjectCopy.copy(a, b)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("other.dcproj").hasMessageContaining("only into an empty one");
            assertThat(TeamFixture.snapshot(b)).containsExactlyElementsOf(before);
        }
        assertThat(Files.exists(other)).isTrue();
    }
}
