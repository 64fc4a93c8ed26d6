package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.Services;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * Every command takes a team project's address where it takes a project file: the same commands on the same
 * material give the same answers on a file and on a real PostgreSQL server (started by the test) — agreement (%,
 * κ, α) included.
 */
class ServerProjectCliTest extends CliTestBase {
    private static ThrowawayPostgres server;
    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startServer() throws Exception {
        server = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** A new team project with the default codebook, as `server push` of a new project leaves it. */
    private String teamProject(String database) throws Exception {
        server.createDatabase(database);
        try (Project p = new Project(PostgresProject.create(server.jdbcUrl(database), ThrowawayPostgres.SUPERUSER, "",
                "Länsdialoger", "2025"))) {
            services.exchanges().codebooks().install(p, services.exchanges().codebooks().json().defaultCodebook());
        }
        return "postgresql://127.0.0.1:" + server.port() + "/" + database + "?user=" + ThrowawayPostgres.SUPERUSER;
    }

    /** The report names its project (the file name, the database name): everything else must be equal. */
    private static String withoutProjectName(String output) {
        return output.replaceFirst("\"project\" : \"[^\"]*\"", "\"project\" : \"-\"")
                .replaceFirst("(?m)^(Agreement|Överensstämmelse)[^\n]*\n", "");
    }

    @Test
    void theSameCommandsGiveTheSameAnswersOnAFileAndOnTheServer() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        Path files = Files.createDirectories(dir.resolve("in"));
        Files.writeString(files.resolve("2025_skane_lansdialog.txt"), AnalysisCommandsTest.SKANE);
        Files.writeString(files.resolve("2025_gotland_anteckningar.txt"), AnalysisCommandsTest.GOTLAND);
        Path file = dir.resolve("p.dcproj");
        assertThat(run("new", file.toString(), "--round", "2025")).isZero();
        String url = teamProject("paritet");

        for (String project : new String[] {file.toString(), url}) {
            assertThat(run("import", project, files.toString())).as(err).isZero();
            assertThat(err).contains("2 imported");
            assertThat(run("autocode", project, "--query", "handlingsplan", "--code",
                    "Handlingsplaner / Länsgemensam plan", "--scope", "sentence", "--coder", "Anna")).as(err).isZero();
            assertThat(run("code", project, "--document", "2025_skane_lansdialog", "--start", "0", "--end", "9",
                    "--code", "Suicidprevention / Efterlevandestöd", "--coder", "Bo")).as(err).isZero();
        }
        for (String[] command : new String[][] {{"frequencies", "--json"}, {"search", "län", "--json"},
            {"search", "handlingsplan* OR län OR ja", "--json", "--limit", "2", "--offset", "1"},
            {"search", "handlingsplan* OR län OR ja", "--limit", "3", "--offset", "2"},
            {"search", "handlingsplan* OR län OR ja", "--json", "--offset", "40"},
            {"cooccurrence", "--json"}, {"sets", "--json"}, {"text", "--document", "2025_gotland_anteckningar"},
            {"agreement", "--coders", "Anna,Bo", "--json"}, {"agreement", "--coders", "Anna,Bo", "--unit", "paragraph"}}) {
            String[] onFile = new String[command.length + 1];
            String[] onServer = new String[command.length + 1];
            onFile[0] = onServer[0] = command[0];
            onFile[1] = file.toString();
            onServer[1] = url;
            System.arraycopy(command, 1, onFile, 2, command.length - 1);
            System.arraycopy(command, 1, onServer, 2, command.length - 1);
            assertThat(run(onFile)).as(err).isZero();
            String fromFile = withoutProjectName(out);
            String totalsFromFile = err;
            assertThat(run(onServer)).as(err).isZero();
            assertThat(withoutProjectName(out)).as(String.join(" ", command)).isEqualTo(fromFile);
            if (command[0].equals("search")) {
                assertThat(err).as("the totals of " + String.join(" ", command)).isEqualTo(totalsFromFile)
                        .contains(" in 2 documents for ");
            }
        }
        assertThat(run("info", url, "--json")).as(err).isZero();
        JsonNode info = json.readTree(out);
        assertThat(info.path("codings").asInt()).isEqualTo(4);
        assertThat(info.path("documents")).hasSize(2);
        assertThat(info.path("project").path("file").asText()).isEqualTo(url);
    }

    @Test
    void aBadAddressOrAnUnknownDatabaseIsAClearMessageAndNothingElse() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        assertThat(run("info", "postgresql://kodare:hemligt@127.0.0.1/team")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("PGPASSWORD").doesNotContain("hemligt").doesNotContain("Exception");
        String missing = "postgresql://127.0.0.1:" + server.port() + "/finns_inte?user=" + ThrowawayPostgres.SUPERUSER;
        assertThat(run("info", missing)).isEqualTo(Cli.FAILED);
        assertThat(err).contains("finns_inte").doesNotContain("\tat ");
    }
}
