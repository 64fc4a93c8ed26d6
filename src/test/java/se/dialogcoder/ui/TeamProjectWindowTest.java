package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.Services;
import se.dialogcoder.cli.Cli;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/** Arkiv → Öppna teamprojekt… in the real window: a project on a real PostgreSQL server, coded as on a file. */
@ExtendWith(ApplicationExtension.class)
class TeamProjectWindowTest {
    private static ThrowawayPostgres server;
    @TempDir
    static Path home;
    private static String url;
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void teamProject() throws Exception {
        server = ThrowawayPostgres.start();
        server.createDatabase("lansdialoger");
        Services services = new Services(new AppPaths(home.resolve("admin")));
        try (Project p = new Project(PostgresProject.create(server.jdbcUrl("lansdialoger"),
                ThrowawayPostgres.SUPERUSER, "", "Länsdialoger (team)", "2025"))) {
            services.exchanges().codebooks().install(p, services.exchanges().codebooks().json().defaultCodebook());
        }
        url = "postgresql://127.0.0.1:" + server.port() + "/lansdialoger?user=" + ThrowawayPostgres.SUPERUSER;
        StringWriter err = new StringWriter();
        int code = Cli.run(services, new String[] {"import", url, "samples/2025_skane_lansdialog.txt"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path data = Files.createDirectories(home.resolve("kodare"));
        Files.writeString(data.resolve("settings.json"), "{\"coderName\": \"Utvärderare A\", \"hintDismissed\": true}");
        window = MainWindow.of(new Services(new AppPaths(data)), stage);
        window.show();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTeamProjectOpensFromItsAddressAndACodingLandsOnTheServer(FxRobot robot) throws Exception {
        robot.clickOn("Arkiv").clickOn("Öppna teamprojekt…");
        waitFor(() -> robot.lookup("#teamAddress").tryQuery().isPresent());
        TextField address = robot.lookup("#teamAddress").queryAs(TextField.class);
        robot.interact(() -> address.setText(url));
        robot.clickOn(address).type(KeyCode.ENTER);
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger (team)"));

        robot.clickOn("12  Skåne län (1)").type(KeyCode.RIGHT);
        robot.clickOn("2025_skane_lansdialog");
        InlineCssTextArea text = robot.lookup("#documentText").queryAs(InlineCssTextArea.class);
        waitFor(() -> text.getLength() > 0);
        String passage = "delregionala nätverken";
        TextSelect.select(robot, text, passage);
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> robot.lookup("#status").queryLabeled().getText().contains("1 kodningar"));

        try (Connection c = server.connect("lansdialoger"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT d.name, substr(d.text, k.start + 1, k.\"end\" - k.start), p.name "
                     + "FROM coding k JOIN document d ON d.id = k.document_id JOIN coder p ON p.id = k.coder_id")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("2025_skane_lansdialog");
            assertThat(r.getString(2)).isEqualTo(passage);
            assertThat(r.getString(3)).isEqualTo("Utvärderare A");
            assertThat(r.next()).isFalse();
        }
        // the address is remembered (never a password) for Arkiv → Senaste and the next start
        assertThat(window.settings().recentProjects.get(0)).isEqualTo(url);
    }
}
