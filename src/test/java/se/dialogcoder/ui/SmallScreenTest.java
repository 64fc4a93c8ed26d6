package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** The window on a 1024×600 laptop: all of it on the screen, on the first start and with a size saved elsewhere. */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {
    /** A 1024×600 screen with a 24 px panel at the top, as a small laptop's desktop leaves it. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 24, 1024, 576);

    @TempDir
    Path home;

    private Stage open(FxRobot robot, String settings) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), settings);
        Services services = new Services(new AppPaths(home));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            MainWindow window = MainWindow.of(services, stage[0]);
            window.setScreenBounds(LAPTOP);
            window.show();
            window.openStartProject();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage[0].isShowing());
        // the demo opens in the background: closing the window before it has would stop its worker under it
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage[0].getTitle() != null
                && stage[0].getTitle().startsWith("Länsdialoger"));
        WaitForAsyncUtils.waitForFxEvents();
        return stage[0];
    }

    private static void assertInside(Stage stage) {
        assertThat(stage.getX()).as("left edge").isGreaterThanOrEqualTo(LAPTOP.getMinX());
        assertThat(stage.getY()).as("top edge (title and menu bar on the screen)").isGreaterThanOrEqualTo(LAPTOP.getMinY());
        assertThat(stage.getX() + stage.getWidth()).as("right edge").isLessThanOrEqualTo(LAPTOP.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).as("bottom edge").isLessThanOrEqualTo(LAPTOP.getMaxY());
    }

    @Test
    void firstStartFitsTheScreen(FxRobot robot) throws Exception {
        Stage stage = open(robot, "{\"coderName\": \"Utvärderare A\"}");
        assertInside(stage);
        assertThat(stage.getWidth()).as("uses the screen's width").isGreaterThan(900);
        robot.interact(stage::close);
    }

    /** The labels and buttons of a window whose text is shown cut (with an ellipsis). */
    static java.util.List<String> truncated(javafx.scene.Parent root) {
        java.util.List<String> out = new java.util.ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(javafx.scene.Node node, java.util.List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (javafx.scene.Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text t && !t.getText().equals(l.getText())
                        && l.getText().length() > 0 && !l.isWrapText()) {
                    out.add(l.getClass().getSimpleName() + " \"" + l.getText() + "\" shown as \"" + t.getText() + "\"");
                }
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    @Test
    void nothingIsCutOnTheSmallScreen(FxRobot robot) throws Exception {
        Stage stage = open(robot, "{\"coderName\": \"Utvärderare A\"}");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Länsdialoger"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("12  Skåne län (1)").tryQuery().isPresent());
        robot.clickOn("12  Skåne län (1)").type(javafx.scene.input.KeyCode.RIGHT);
        NavigatorClick.document(robot, "2025_skane_lansdialog");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#documentText").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> cut.addAll(truncated(stage.getScene().getRoot())));
        assertThat(cut).as("labels and buttons cut at 1024×600").isEmpty();
        robot.interact(stage::close);
    }

    @Test
    void aSizeSavedOnABigScreenShrinksToTheSmallOne(FxRobot robot) throws Exception {
        Stage stage = open(robot, "{\"coderName\": \"Utvärderare A\", \"windowWidth\": 1900, \"windowHeight\": 1050}");
        assertInside(stage);
        robot.interact(stage::close);
    }
}
