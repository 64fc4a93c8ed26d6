package se.dialogcoder.ui.privacy;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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
import se.dialogcoder.ui.MainWindow;

/** A transcript with a personnummer and a phone number: the user reviews the findings before it is stored. */
@ExtendWith(ApplicationExtension.class)
public class PiiReviewTest {
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

    /** A personnummer with a valid check digit (Luhn) for a real date. */
    public static String personnummer() {
        String base = "811218987";
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            int d = (base.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return "811218-987" + ((10 - sum % 10) % 10);
    }

    @Test
    void findingsAreReviewedAndReplacedBeforeTheDocumentIsStored(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Länsdialoger"));
        String pnr = personnummer();
        Path file = Files.writeString(home.resolve("2025_kalmar_extra.txt"), "Region Kalmar län\n\n"
                + "Samordnare: Den anhörige med personnummer " + pnr + " ringde 070-123 45 67 i går.\n\n"
                + "Moderator: Tack.\n\nSamordnare: Vi följer upp.\n");
        robot.interact(() -> window.importPaths(List.of(file)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#piiFindings").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#piiFindings").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup(pnr).tryQuery()).as("the finding as it appears in the file").isPresent();
        robot.clickOn("Importera");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#importReport").tryQuery().isPresent());
        Path demo = window.viewModel().projectFile().orElseThrow();
        try (Project p = ProjectStores.openReadOnly(demo)) {
            String text = p.read(tx -> tx.documents().text(tx.documents().byName("2025_kalmar_extra").orElseThrow()
                    .id()));
            assertThat(text).contains("[Personnummer 1]").contains("[Telefon 1]").doesNotContain(pnr)
                    .doesNotContain("070-123 45 67");
        }
    }
}
