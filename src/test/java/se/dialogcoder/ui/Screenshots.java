package se.dialogcoder.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/**
 * Writes the screenshots of docs/images from the real window: the demo project, Skåne open, some codings.
 * Run under Xvfb with the real toolkit:
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -o test -Dtest=Screenshots -Dscreenshots=true
 * -Dglass.platform=gtk -Dtestfx.headless=false}
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class Screenshots {
    @TempDir
    Path home;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"Utvärderare A\"}");
        window = new MainWindow(new Services(new AppPaths(home)), stage);
        window.show();
        window.openStartProject();
    }

    @Test
    void mainWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Länsdialoger"));
        ProjectViewModel vm = window.viewModel();
        Document skane = vm.groups().stream().filter(g -> g.county() == County.SKANE).findFirst().orElseThrow()
                .documents().get(0);
        robot.interact(() -> vm.selectedDocumentProperty().set(skane));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.openDocumentProperty().get() != null);
        code(robot, vm, "Högst upp har vi det politiska samverkansorganet mellan Region Skåne och Kommunförbundet Skåne", 1);
        code(robot, vm, "ett länsgemensamt ledningsforum för psykisk hälsa", 1);
        code(robot, vm, "Och det som gör Skåne speciellt är de delregionala nätverken", 9);
        code(robot, vm, "de delregionala nätverken", 1);
        code(robot, vm, "Med 33 kommuner går det inte att samordna allt från ett bord.", 9);
        code(robot, vm, "Hur fördelas de länsgemensamma stimulansmedlen", 2);
        robot.interact(() -> {
            var c = vm.codes().stream().filter(k -> k.parentId() == null).findFirst().orElseThrow();
            vm.selectedCodeProperty().set(c);
        });
        shoot(robot, 1366, 768, "main-window-1366x768.png");
        shoot(robot, 1920, 1080, "main-window-1920x1080.png");
    }

    /** The disagreement browser after two coders coded the same dialogue (docs/images/compare-coders.png). */
    @Test
    void compareCoders(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Länsdialoger"));
        ProjectViewModel vm = window.viewModel();
        Document skane = vm.groups().stream().filter(g -> g.county() == County.SKANE).findFirst().orElseThrow()
                .documents().get(0);
        robot.interact(() -> vm.selectedDocumentProperty().set(skane));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.openDocumentProperty().get() != null);
        code(robot, vm, "Högst upp har vi det politiska samverkansorganet mellan Region Skåne och Kommunförbundet Skåne", 1);
        code(robot, vm, "de delregionala nätverken", 1);
        code(robot, vm, "Hur fördelas de länsgemensamma stimulansmedlen", 2);
        robot.interact(() -> vm.coderProperty().set("Utvärderare B"));
        code(robot, vm, "politiska samverkansorganet mellan Region Skåne och Kommunförbundet Skåne. Under det finns", 1);
        code(robot, vm, "Och det som gör Skåne speciellt är de delregionala nätverken", 1);
        code(robot, vm, "Med 33 kommuner går det inte att samordna allt från ett bord.", 1);
        code(robot, vm, "Hur fördelas de länsgemensamma stimulansmedlen", 2);
        robot.interact(() -> vm.coderProperty().set("Utvärderare A")); // the browser puts the current coder first
        robot.interact(window::openCompare);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.compareWindow() != null
                && !window.compareWindow().stage().getScene().getRoot().lookupAll(".table-row-cell").isEmpty());
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.compareWindow().stage().getScene().snapshot(null));
        Path dir = Path.of(System.getProperty("docs.images", "docs/images"));
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve("compare-coders.png").toFile());
    }

    private static void code(FxRobot robot, ProjectViewModel vm, String passage, int key) throws Exception {
        String text = vm.openDocumentProperty().get().text();
        int start = text.codePointCount(0, text.indexOf(passage));
        int before = vm.openDocumentProperty().get().codings().size();
        robot.interact(() -> {
            vm.selectionProperty().set(new int[] {start, start + passage.codePointCount(0, passage.length())});
            vm.applyPinned(key);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm.openDocumentProperty().get().codings().size() == before + 1);
    }

    private void shoot(FxRobot robot, int width, int height, String name) throws Exception {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Path dir = Path.of(System.getProperty("docs.images", "docs/images"));
        Files.createDirectories(dir);
        ImageIO.write(png, "png", dir.resolve(name).toFile());
    }
}
