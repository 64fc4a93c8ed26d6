package se.dialogcoder.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;
import se.dialogcoder.ui.MainWindow;

/** Arkiv → Exportera frekvenser till SQLite…, used like a person would (headless). */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path home;
    private Stage stage;
    private Path store;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        store = home.resolve("Dokument").resolve("frekvenser.sqlite");
        // the store used last time is suggested (the first time it would be the Documents folder)
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"Utvärderare A\", \"frequencyStore\": \""
                + store.toString().replace("\\", "\\\\") + "\"}");
        MainWindow window = MainWindow.of(new Services(new AppPaths(home)), stage);
        window.show();
        window.openStartProject();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRoundIsAskedWithTheProjectsRoundAndTheConfirmationSaysWhatWasWritten(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        robot.clickOn("Arkiv").clickOn("Exportera frekvenser till SQLite…");
        waitFor(() -> robot.lookup("#round").tryQuery().isPresent());
        TextField path = robot.lookup("#storePath").queryAs(TextField.class);
        TextField round = robot.lookup("#round").queryAs(TextField.class);
        assertThat(path.getText()).isEqualTo(store.toString());
        assertThat(round.getText()).isEqualTo("2025");
        assertThat(robot.lookup("Kodningar: alla kodare").tryQuery()).isPresent();
        robot.doubleClickOn(round).eraseText(4).write("2025 vår");
        robot.clickOn("Exportera");
        waitFor(() -> robot.lookup("#exportDone").tryQuery().isPresent());
        String confirmation = robot.lookup("#exportDone").queryAs(Label.class).getText();
        assertThat(confirmation).contains("Körning 1 (omgång 2025 vår)").contains(store.toString())
                .contains("21 län").contains("Lagret skapades.");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#exportDone").tryQuery().isEmpty());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT round, project_name, (SELECT count(*) FROM county) FROM run")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("2025 vår");
            assertThat(r.getString(2)).isEqualTo("Länsdialoger 2025 (demo)");
            assertThat(r.getInt(3)).isEqualTo(21);
        }

        robot.clickOn("Arkiv").clickOn("Exportera frekvenser till SQLite…");
        waitFor(() -> robot.lookup("#round").tryQuery().isPresent());
        robot.doubleClickOn("#round").eraseText(4).write("2025 vår");
        robot.clickOn("Exportera");
        waitFor(() -> robot.lookup("#exportDone").tryQuery().isPresent());
        assertThat(robot.lookup("#exportDone").queryAs(Label.class).getText())
                .contains("Den tidigare körningen för samma projekt och omgång ersattes.");
    }
}
