package se.dialogcoder.app.teamwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/** Push and pull through the service: an empty project an interrupted push left is filled; content is refused. */
class TeamServerTest {
    private static ThrowawayPostgres pg;
    private final TeamServer team = new TeamServer(new ServerLogin(Map.of(), null));

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        pg = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static ServerAddress database(String name) throws Exception {
        pg.createDatabase(name);
        return ServerAddress.parse("postgresql://127.0.0.1:" + pg.port() + "/" + name + "?user="
                + ThrowawayPostgres.SUPERUSER);
    }

    @Test
    void anEmptyProjectLeftByAnInterruptedPushIsFilledWithTheFilesNameAndRound() throws Exception {
        ServerAddress server = database("leftover");
        ProjectStores.create(server, null, "half-pushed", "1999").close();
        Path file = TeamFixture.build(dir.resolve("team.dcproj"));
        TeamServer.Transfer t = team.push(file, server);
        assertThat(t.counts().codings()).isEqualTo(5);
        try (Project s = ProjectStores.open(server, null, true); Project f = ProjectStores.openReadOnly(file)) {
            assertThat(TeamFixture.snapshot(s)).containsExactlyElementsOf(TeamFixture.snapshot(f));
            assertThat(s.info().round()).isEqualTo("2025");
        }
    }

    @Test
    void aServerWithAProjectRefusesAPushAndKeepsItsProject() throws Exception {
        ServerAddress server = database("taken");
        Path file = TeamFixture.build(dir.resolve("team.dcproj"));
        team.push(file, server);
        List<String> before;
        try (Project s = ProjectStores.open(server, null, true)) {
            before = TeamFixture.snapshot(s);
        }
        assertThatThrownBy(() -> team.push(file, server)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(server.toString()).hasMessageContaining("already holds the project")
                .hasMessageContaining("2 documents, 5 codings");
        try (Project s = ProjectStores.open(server, null, true)) {
            assertThat(TeamFixture.snapshot(s)).containsExactlyElementsOf(before);
        }
    }

    @Test
    void aPullThatCannotReachTheServerLeavesNoFile() {
        ServerAddress nowhere = ServerAddress.parse("postgresql://127.0.0.1:1/none");
        Path out = dir.resolve("out.dcproj");
        assertThatThrownBy(() -> team.pull(nowhere, out)).isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:1/none");
        assertThat(out).doesNotExist();
    }
}
