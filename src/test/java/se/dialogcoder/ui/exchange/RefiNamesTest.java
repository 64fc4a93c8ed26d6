package se.dialogcoder.ui.exchange;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.exchange.OffsetUnit;
import se.dialogcoder.exchange.ZipBuilder;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.MainWindow;

/** After a REFI-QDA export the window names the code names several codes share and offers qualified names. */
@ExtendWith(ApplicationExtension.class)
class RefiNamesTest {
    @TempDir
    Path home;
    private Stage stage;
    private MainWindow window;
    private Services services;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"A\", \"hintDismissed\": true}");
        services = new Services(new AppPaths(home));
        window = MainWindow.of(services, stage);
        window.show();
    }

    private Path projectWithARepeatedName() throws Exception {
        Path file = home.resolve("gammalt.dcproj");
        try (Project p = ProjectStores.create(file, "Gammalt projekt", "2024")) {
            services.exchanges().codebooks().install(p, services.exchanges().codebooks().json().defaultCodebook());
            p.write(tx -> {
                Code samverkan = tx.codes().list().stream().filter(c -> c.name().equals("Samverkan")).findFirst()
                        .orElseThrow();
                return tx.codes().insert("gammal.civilsamhalle", samverkan.id(), "Civilsamhälle", null, null, null,
                        "#688CA5", 99);
            });
        }
        return file;
    }

    @Test
    void theWarningListsThePathsAndQualifiedNamesAreWrittenOnRequest(FxRobot robot) throws Exception {
        Path project = projectWithARepeatedName();
        robot.interact(() -> window.openProject(project));
        waitFor(() -> stage.getTitle().startsWith("Gammalt projekt"));
        Path qdpx = home.resolve("ut.qdpx");
        robot.interact(() -> window.refi().exportRefi("qdpx", qdpx, OffsetUnit.CODE_POINTS));

        DialogPane warning = dialog(robot, "#refiNames");
        assertThat(warning.getHeaderText()).isEqualTo("Kodnamn som används flera gånger");
        assertThat(lines(robot)).containsExactly("kodnamnet ”Civilsamhälle” används av 2 koder: "
                + "Suicidprevention / Civilsamhälle; Samverkan / Civilsamhälle. Ett program som kräver unika kodnamn "
                + "(QualCoder) kan slå ihop dem till en.");
        assertThat(warning.getButtonTypes()).extracting(ButtonType::getText)
                .containsExactly("Exportera med kvalificerade namn", "Behåll namnen");
        assertThat(qde(qdpx)).as("written already, names as they are").contains("name=\"Civilsamhälle\"");

        fire(robot, warning, ButtonBar.ButtonData.YES);
        waitFor(() -> qde(qdpx).contains("Civilsamhälle (Samverkan)"));
        DialogPane done = dialog(robot, "#refiNames");
        assertThat(lines(robot)).singleElement().asString()
                .contains("de skrevs som \"Civilsamhälle (Suicidprevention)\", \"Civilsamhälle (Samverkan)\"");
        assertThat(qde(qdpx)).contains("name=\"Civilsamhälle (Suicidprevention)\"")
                .doesNotContain("name=\"Civilsamhälle\"");
        fire(robot, done, ButtonBar.ButtonData.OK_DONE);
    }

    @Test
    void keepingTheNamesLeavesTheFileAsWritten(FxRobot robot) throws Exception {
        Path project = projectWithARepeatedName();
        robot.interact(() -> window.rebuildInLanguage("en"));
        robot.interact(() -> window.openProject(project));
        waitFor(() -> stage.getTitle().startsWith("Gammalt projekt"));
        Path qdc = home.resolve("ut.qdc");
        robot.interact(() -> window.refi().exportRefi("qdc", qdc, OffsetUnit.CODE_POINTS));
        DialogPane warning = dialog(robot, "#refiNames");
        assertThat(warning.getHeaderText()).isEqualTo("Code names used more than once");
        assertThat(lines(robot)).singleElement().asString().startsWith("the code name \"Civilsamhälle\" is used by 2 "
                + "codes: Suicidprevention / Civilsamhälle; Samverkan / Civilsamhälle.");
        byte[] before = Files.readAllBytes(qdc);
        fire(robot, warning, ButtonBar.ButtonData.OK_DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(qdc)).isEqualTo(before);
        assertThat(Window.getWindows().stream().filter(w -> w != stage && w.isShowing())).isEmpty();
    }

    private static String qde(Path qdpx) throws Exception {
        return new String(ZipBuilder.read(qdpx).get("project.qde"), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(FxRobot robot) {
        return List.copyOf(robot.lookup("#refiNames").queryAs(ListView.class).getItems());
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialog holding the node with this id, once it shows. */
    private DialogPane dialog(FxRobot robot, String id) throws Exception {
        waitFor(() -> robot.lookup(id).tryQuery().filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        Node n = robot.lookup(id).match(x -> x.getScene().getWindow().isShowing()).query();
        return (DialogPane) n.getScene().getRoot();
    }

    private static void fire(FxRobot robot, DialogPane pane, ButtonBar.ButtonData which) throws Exception {
        Window w = pane.getScene().getWindow();
        robot.interact(() -> {
            for (ButtonType t : pane.getButtonTypes()) {
                if (t.getButtonData() == which) {
                    ((Button) pane.lookupButton(t)).fire();
                    return;
                }
            }
            throw new IllegalStateException("no button " + which);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !w.isShowing());
    }
}
