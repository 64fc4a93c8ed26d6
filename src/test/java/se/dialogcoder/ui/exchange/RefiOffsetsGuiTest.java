package se.dialogcoder.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import se.dialogcoder.app.Services;
import se.dialogcoder.exchange.OffsetUnit;
import se.dialogcoder.exchange.RefiFixture;
import se.dialogcoder.ui.MainWindow;

/** REFI-QDA positions in the window: how an import counted them, a file that fits no counting, the export's choice. */
@ExtendWith(ApplicationExtension.class)
class RefiOffsetsGuiTest {
    @TempDir
    Path home;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"A\", \"hintDismissed\": true}");
        window = MainWindow.of(new Services(new AppPaths(home)), stage);
        window.show();
        window.openStartProject();
    }

    @Test
    void anNvivoImportSaysHowItCountedInSwedish(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        RefiFixture f = RefiFixture.nvivo(RefiFixture.DIALOGUE);
        RefiFixture.QUOTES.forEach(f::nvivoSelection);
        Path qdpx = f.write(home.resolve("nvivo.qdpx"));
        robot.interact(() -> window.refi().importQdpx(qdpx, home.resolve("nvivo.dcproj")));
        dialog(robot, "#refiReport");
        assertThat(reportLines(robot)).contains("• Källan ”" + RefiFixture.SOURCE + "”: positionerna räknade i "
                + "UTF-16-enheter, CR LF som två, BOM inte räknad (kontrollerat mot 5 av 5 markeringsnamn)");
    }

    @Test
    void aFileThatFitsNoCountingImportsNothingUntilACountingIsChosen(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        RefiFixture f = RefiFixture.nvivo(RefiFixture.DIALOGUE);
        RefiFixture.QUOTES.forEach(q -> f.select(q, OffsetUnit.UTF16, true, false, 7, true));
        Path qdpx = f.write(home.resolve("trasig.qdpx"));
        Path target = home.resolve("trasig.dcproj");
        robot.interact(() -> window.refi().importQdpx(qdpx, target));
        DialogPane ask = dialog(robot, "#refiOffsets");
        assertThat(ask.getHeaderText()).isEqualTo("Kodningarnas positioner passar inget sätt att räkna");
        assertThat(ask.getContentText()).startsWith("trasig.qdpx: ingenting importerades")
                .contains("Källan ”" + RefiFixture.SOURCE + "”: positionerna passar inget sätt att räkna")
                .contains("5 kodning(ar) skulle hamna på andra ord");
        assertThat(ask.getButtonTypes()).extracting(ButtonType::getText).containsExactly(
                "Importera: kodpunkter", "Importera: UTF-16 (NVivo)", "Avbryt");
        assertThat(target).doesNotExist();

        press(robot, ask, "Importera: UTF-16 (NVivo)");
        dialog(robot, "#refiReport");
        assertThat(reportLines(robot)).anyMatch(l -> l.contains("positionerna räknade i UTF-16-enheter")
                && l.contains("valt av användaren; 0 av 5 markeringsnamn stämmer med texten"));
        assertThat(target).exists();
    }

    @Test
    void theQdpxExportAsksHowToCountAndCancelWritesNothing(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        robot.interact(() -> window.refi().exportRefi("qdpx"));
        DialogPane ask = dialog(robot, "#exportOffsets");
        assertThat(ask.getHeaderText()).isEqualTo("Hur ska kodningarnas positioner räknas?");
        assertThat(ask.getContentText()).contains("NVivo räknar i stället UTF-16-enheter");
        assertThat(ask.getButtonTypes()).extracting(ButtonType::getText)
                .containsExactly("Kodpunkter (standard)", "UTF-16-enheter (NVivo)", "Avbryt");
        press(robot, ask, "Avbryt");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".qdpx"));
        }
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane dialog(FxRobot robot, String id) throws Exception {
        waitFor(() -> robot.lookup(id).tryQuery().isPresent()
                && robot.lookup(id).query().getScene().getWindow().isShowing());
        Node n = robot.lookup(id).query();
        return (DialogPane) n.getScene().getRoot();
    }

    private static void press(FxRobot robot, DialogPane pane, String text) throws Exception {
        Window w = pane.getScene().getWindow();
        robot.interact(() -> {
            for (ButtonType t : pane.getButtonTypes()) {
                if (t.getText().equals(text)) {
                    ((Button) pane.lookupButton(t)).fire();
                    return;
                }
            }
            throw new IllegalStateException("no button " + text);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !w.isShowing());
    }

    @SuppressWarnings("unchecked")
    private static List<String> reportLines(FxRobot robot) {
        return List.copyOf(robot.lookup("#refiReport").queryAs(ListView.class).getItems());
    }
}
