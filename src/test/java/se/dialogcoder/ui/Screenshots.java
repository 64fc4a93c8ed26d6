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

    @Test
    void analysisWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("Länsdialoger"));
        robot.interact(() -> window.showAnalysis(AnalysisWindow.Page.SEARCH));
        AnalysisWindow analysis = window.analysisWindow();
        String[][] work = {
            {"handlingsplan*", "Handlingsplaner", "SENTENCE"},
            {"stimulansmedel*", "Fördelning av stimulansmedel", "SENTENCE"},
            {"behovsanalys*", "Behovsanalyser", "SENTENCE"},
            {"efterlevande* OR MHFA OR YAM", "Suicidprevention", "SENTENCE"},
            {"ungdomsmottagning* OR elevhälsa", "Barn och unga", "SENTENCE"},
            {"SIP OR samsjuklighet*", "Samsjuklighet och omfattande behov", "SENTENCE"},
            {"brukarråd OR anhörig*", "Brukar- och anhörigmedverkan", "SENTENCE"},
            {"handlingsplan*", "Handlingsplaner", "PARAGRAPH"},
        };
        for (String[] w : work) {
            robot.interact(() -> {
                analysis.search().queryProperty().set(w[0]);
                analysis.search().search();
                analysis.search().codeProperty().set(window.viewModel().codes().stream()
                        .filter(c -> c.name().equals(w[1])).findFirst().orElseThrow());
                analysis.search().scopeProperty().set(se.dialogcoder.analysis.AutoCodeScope.valueOf(w[2]));
            });
            robot.interact(() -> analysis.search().preview());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> analysis.search().previewProperty().get() != null);
            robot.interact(() -> analysis.search().apply());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> analysis.search().appliedProperty().get() >= 0);
        }
        shootAnalysis(robot, analysis, AnalysisWindow.Page.SEARCH, "analysis-search-1366x768.png");
        shootAnalysis(robot, analysis, AnalysisWindow.Page.MATRIX, "analysis-matrix-1366x768.png");
        robot.interact(() -> {
            analysis.show(AnalysisWindow.Page.CHARTS);
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<AnalysisControls.Choice<se.dialogcoder.model.Code>> theme =
                    robot.lookup("#chartTheme").queryAs(javafx.scene.control.ComboBox.class);
            theme.getItems().stream().filter(c -> c.value().name().equals("Handlingsplaner")).findFirst()
                    .ifPresent(theme::setValue);
        });
        shootAnalysis(robot, analysis, AnalysisWindow.Page.CHARTS, "analysis-map-1366x768.png");
    }

    private void shootAnalysis(FxRobot robot, AnalysisWindow analysis, AnalysisWindow.Page page, String name)
            throws Exception {
        robot.interact(() -> {
            analysis.show(page);
            analysis.stage().setWidth(1366);
            analysis.stage().setHeight(768);
        });
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = analysis.stage().getScene().snapshot(null));
        Path dir = Path.of(System.getProperty("docs.images", "docs/images"));
        Files.createDirectories(dir);
        PngExport.write(image[0], dir.resolve(name));
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
