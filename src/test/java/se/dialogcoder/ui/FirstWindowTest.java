package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;

/** Like a person: the demo project opens, choose Skåne, choose its dialogue, read the text. */
@ExtendWith(ApplicationExtension.class)
class FirstWindowTest {
    @TempDir
    static Path home;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new Services(new AppPaths(home)), stage);
        window.show();
        window.openStartProject();
    }

    @Test
    void theDemoProjectShowsCountiesAndTheTextOfAChosenDialogue(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> navigator = robot.lookup("#navigator").queryAs(TreeView.class);
        assertThat(navigator.getRoot().getChildren()).hasSize(22); // 21 län + Okänt län
        assertThat(robot.lookup("12  Skåne län (1)").tryQuery()).isPresent();
        assertThat(robot.lookup("01  Stockholms län (1)").tryQuery()).isPresent();
        assertThat(robot.lookup("Okänt län (0)").tryQuery()).isPresent();

        robot.doubleClickOn("12  Skåne län (1)");
        robot.clickOn("2025_skane_lansdialog");
        StyleClassedTextArea text = robot.lookup("#documentText").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text.getLength() > 0);
        assertThat(text.getText()).contains("Fiktivt exempel").contains("Skåne");
        assertThat(robot.lookup("#documentTitle").queryLabeled().getText()).isEqualTo("2025_skane_lansdialog");

        // speaker names are emphasised: the first turn's label carries the speaker style
        int turn = text.getText().indexOf("\nRepresentant") + 1;
        assertThat(turn).isPositive();
        assertThat(text.getStyleOfChar(turn)).contains("speaker");
        int words = text.getText().indexOf(": ", turn) + 3;
        assertThat(text.getStyleOfChar(words)).doesNotContain("speaker");
    }
}
