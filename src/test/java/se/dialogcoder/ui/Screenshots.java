package se.dialogcoder.ui;

import se.dialogcoder.app.Project;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.ui.analysis.AnalysisControls;
import se.dialogcoder.ui.analysis.AnalysisWindow;
import se.dialogcoder.ui.analysis.PngExport;
import se.dialogcoder.ui.documents.MemosAndFacts;
import se.dialogcoder.ui.documents.NavItem;
import se.dialogcoder.ui.privacy.PiiReviewTest;

/**
 * Writes the screenshots of docs/images (used by README.md and the user guides) from the real window: the demo
 * project, Skåne open, some codings, and the dialogs. Dialogs are windows of their own: their scene is
 * snapshotted, alone or drawn over the main window where they stand.
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
    private Services services;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"Utvärderare A\"}");
        Files.writeString(home.resolve("pii-names.txt"), "# fiktiva namn för skärmbilderna\nAnna Svensson\n");
        services = new Services(new AppPaths(home));
        window = MainWindow.of(services, stage);
        window.show();
        window.openStartProject();
    }

    // ---- the pictures -----------------------------------------------------------------------------------------

    @Test
    void mainWindow(FxRobot robot) throws Exception {
        ProjectViewModel vm = openSkane(robot);
        codeSomePassages(robot, vm);
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

    /** The English interface (View → Language → English), same document and codings. */
    @Test
    void englishWindow(FxRobot robot) throws Exception {
        ProjectViewModel vm = openSkane(robot);
        codeSomePassages(robot, vm);
        // as after a restart with View → Language → English (switching in place empties the two trees)
        robot.interact(() -> {
            services.workspace().settings().language = "en";
            stage.hide();
        });
        Thread.sleep(1500);
        robot.interact(() -> {
            stage = new Stage();
            window = MainWindow.of(services, stage);
            window.show();
            window.openStartProject();
        });
        ProjectViewModel en = openSkane(robot);
        robot.interact(() -> {
            var c = en.codes().stream().filter(k -> k.parentId() == null).findFirst().orElseThrow();
            en.selectedCodeProperty().set(c);
        });
        shoot(robot, 1366, 768, "main-window-en-1366x768.png");
    }

    /** First start: the welcome view, and the question for the coder's name on top of it. */
    @Test
    void firstStart(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        robot.interact(() -> window.viewModel().coderProperty().set(null)); // as before the name is given
        resize(robot, 1366, 768);
        shoot(robot, 1366, 768, "welcome-1366x768.png");
        robot.interact(() -> Platform.runLater(window::askCoder));
        Window dialog = waitForDialog();
        settle();
        composite(robot, "first-start-coder-name.png", dialog);
        closeDialog(robot, dialog, ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** The codebook with codes pinned to keys, and Ctrl+K with a few letters typed. */
    @Test
    void codebookAndQuickCode(FxRobot robot) throws Exception {
        ProjectViewModel vm = openSkane(robot);
        codeSomePassages(robot, vm);
        robot.interact(() -> {
            vm.coding().pin(code(vm, "Länsgemensam plan"), 3);
            vm.coding().pin(code(vm, "Efterlevandestöd"), 4);
            vm.coding().pin(code(vm, "Planer för suicidprevention"), 6);
        });
        TreeView<?> tree = robot.lookup("#codebook").queryAs(TreeView.class);
        robot.interact(() -> {
            for (TreeItem<?> theme : tree.getRoot().getChildren()) {
                String name = ((Code) theme.getValue()).name();
                theme.setExpanded(name.equals("Handlingsplaner") || name.equals("Suicidprevention"));
            }
            tree.refresh();
        });
        String passage = "och sedan ett länsgemensamt ledningsforum för psykisk hälsa";
        select(robot, vm, passage);
        robot.interact(() -> Platform.runLater(() -> window.quickCode(false)));
        Window dialog = waitForDialog();
        robot.interact(() -> ((TextField) dialog.getScene().lookup("#quickCodeSearch")).setText("forum"));
        settle();
        composite(robot, "quick-code-1366x768.png", dialog);
        closeDialog(robot, dialog, ButtonBar.ButtonData.OK_DONE);
        waitFor(() -> vm.openDocumentProperty().get().codings().size() == 7);
    }

    /**
     * An import of four files: one with personal data (the review dialog), one already in the project, one without
     * a county, one broken; then the list with a line per file.
     */
    @Test
    void importWithReviewAndReport(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        resize(robot, 1366, 768);
        Path in = Files.createDirectories(home.resolve("omgang-2025"));
        Path samples = Path.of(System.getProperty("samples.dir", "samples"));
        Path duplicate = Files.copy(samples.resolve("2025_skane_lansdialog.txt"), in.resolve("2025_skane_lansdialog.txt"));
        Path pii = Files.writeString(in.resolve("2025_kalmar_uppfoljning.txt"), """
                Uppföljning av länsdialogen 2025 – Region Kalmar län
                Fiktivt exempel – ingen verklig dialog.
                Datum: 2025-05-06

                Moderator: Vem kan vi kontakta om efterlevandestödet?

                Samordnare: Ring Anna Svensson på 070-123 45 67 eller mejla anna.svensson@regionkalmar.se.

                Moderator: Och ärendet om den efterlevande med personnummer %s?

                Samordnare: Det har Anna Svensson tagit vidare. Dnr 2025/01234 gäller beslutet.
                """.formatted(PiiReviewTest.personnummer()));
        Path unknown = Files.writeString(in.resolve("minnesanteckningar_natverksmote.txt"), """
                Minnesanteckningar från nätverksmötet

                Moderator: Hur ser arbetet med handlingsplanen ut hos er?

                Samordnare: Vi har en gemensam handlingsplan sedan 2023 och följer upp den varje år.
                """);
        Path broken = Files.writeString(in.resolve("anteckningar_trasig.docx"), "inte ett Word-dokument");
        robot.interact(() -> window.importPaths(List.of(duplicate, pii, unknown, broken)));
        Window review = waitForDialog();
        settle();
        shootWindow(robot, review, "pii-review.png");
        closeDialog(robot, review, ButtonBar.ButtonData.OK_DONE);
        waitFor(() -> robot.lookup("#importReport").tryQuery().isPresent());
        Window report = robot.lookup("#importReport").query().getScene().getWindow();
        settle();
        composite(robot, "import-report-1366x768.png", report);
        closeDialog(robot, report, ButtonBar.ButtonData.OK_DONE);
    }

    /** Help → Shortcuts (F1). */
    @Test
    void shortcuts(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        resize(robot, 1366, 768);
        robot.interact(() -> menuItem("Hjälp", "Kortkommandon").fire());
        waitFor(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        Window dialog = robot.lookup("#shortcuts").query().getScene().getWindow();
        settle();
        shootWindow(robot, dialog, "shortcuts.png");
        closeDialog(robot, dialog, ButtonBar.ButtonData.OK_DONE);
    }

    /** A document's details: county, kind, round, date, attributes, memo. */
    @Test
    void documentDetails(FxRobot robot) throws Exception {
        ProjectViewModel vm = openSkane(robot);
        Document doc = vm.selectedDocumentProperty().get();
        robot.interact(() -> {
            vm.memosAndFacts().setAttribute(doc, "Moderator", "Folkhälsomyndigheten");
            vm.memosAndFacts().saveMemo(Project.MemoOf.DOCUMENT, doc.id(),
                    "Fyra delregionala nätverk. Fråga vid nästa dialog hur de följs upp.");
        });
        Thread.sleep(1000);
        // the list of attributes shows a new one only when the document is chosen again
        robot.interact(() -> vm.selectedDocumentProperty().set(null));
        robot.interact(() -> vm.selectedDocumentProperty().set(doc));
        waitFor(() -> robot.lookup("Moderator: Folkhälsomyndigheten").tryQuery().isPresent());
        settle();
        BufferedImage all = snapshot(robot, stage.getScene());
        var heading = robot.lookup("#detailsHeading").query().localToScene(0, 0);
        var memo = robot.lookup("#memo").query();
        var memoBottom = memo.localToScene(0, memo.getBoundsInLocal().getHeight());
        int left = (int) Math.round(heading.getX()) - 8;
        int top = (int) Math.round(heading.getY()) - 6;
        int right = (int) Math.round(robot.lookup("#codebook").query().localToScene(0, 0).getX()) - 12;
        int bottom = (int) Math.round(memoBottom.getY()) + 6;
        write(all.getSubimage(left, top, right - left, bottom - top), "document-details.png");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private ProjectViewModel openSkane(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        ProjectViewModel vm = window.viewModel();
        Document skane = vm.groups().stream().filter(g -> g.county() == County.SKANE).findFirst().orElseThrow()
                .documents().get(0);
        robot.interact(() -> { // as a click in the list does: the county opens, the document is chosen
            TreeView<?> navigator = (TreeView<?>) stage.getScene().lookup("#navigator");
            for (TreeItem<?> county : navigator.getRoot().getChildren()) {
                if (county.getValue() instanceof NavItem.CountyRow row && row.county() == County.SKANE) {
                    county.setExpanded(true);
                    @SuppressWarnings("unchecked")
                    var selection = (javafx.scene.control.MultipleSelectionModel<TreeItem<?>>)
                            (javafx.scene.control.MultipleSelectionModel<?>) navigator.getSelectionModel();
                    selection.select(county.getChildren().get(0));
                }
            }
            if (vm.selectedDocumentProperty().get() == null) {
                vm.selectedDocumentProperty().set(skane);
            }
        });
        waitFor(() -> vm.openDocumentProperty().get() != null);
        resize(robot, 1366, 768);
        return vm;
    }

    private static void codeSomePassages(FxRobot robot, ProjectViewModel vm) throws Exception {
        code(robot, vm, "Högst upp har vi det politiska samverkansorganet mellan Region Skåne och Kommunförbundet Skåne", 1);
        code(robot, vm, "ett länsgemensamt ledningsforum för psykisk hälsa", 1);
        code(robot, vm, "Och det som gör Skåne speciellt är de delregionala nätverken", 9);
        code(robot, vm, "de delregionala nätverken", 1);
        code(robot, vm, "Med 33 kommuner går det inte att samordna allt från ett bord.", 9);
        code(robot, vm, "Hur fördelas de länsgemensamma stimulansmedlen", 2);
    }

    private static Code code(ProjectViewModel vm, String name) {
        return vm.codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
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
            vm.coding().applyPinned(key);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm.openDocumentProperty().get().codings().size() == before + 1);
    }

    /** Selects a passage in the text view, as a mouse drag would (the view model follows the view). */
    private void select(FxRobot robot, ProjectViewModel vm, String passage) {
        String text = vm.openDocumentProperty().get().text();
        int at = text.indexOf(passage);
        if (at < 0) {
            return;
        }
        robot.interact(() -> {
            var area = window.documentView().area();
            area.selectRange(at, at + passage.length());
            area.requestFollowCaret();
        });
    }

    private MenuItem menuItem(String menu, String item) {
        MenuBar bar = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
        for (Menu m : bar.getMenus()) {
            if (m.getText().equals(menu)) {
                for (MenuItem i : m.getItems()) {
                    if (item.equals(i.getText())) {
                        return i;
                    }
                }
            }
        }
        throw new IllegalStateException("no menu item " + menu + " → " + item);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The one dialog (any window but the main one) that is showing. */
    private Window waitForDialog() throws Exception {
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()
                && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
    }

    private static void closeDialog(FxRobot robot, Window dialog, ButtonBar.ButtonData which) throws Exception {
        robot.interact(() -> {
            DialogPane pane = (DialogPane) dialog.getScene().getRoot();
            for (ButtonType t : pane.getButtonTypes()) {
                if (t.getButtonData() == which) {
                    ((Button) pane.lookupButton(t)).fire();
                    return;
                }
            }
            throw new IllegalStateException("no button " + which);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialog.isShowing());
    }

    private void resize(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
    }

    private static void settle() throws Exception {
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, int width, int height, String name) throws Exception {
        resize(robot, width, height);
        write(snapshot(robot, stage.getScene()), name);
    }

    private void shootWindow(FxRobot robot, Window dialog, String name) throws Exception {
        write(snapshot(robot, dialog.getScene()), name);
    }

    /** The main window with the other window drawn where it stands, framed like a window. */
    private void composite(FxRobot robot, String name, Window dialog) throws Exception {
        write(compose(robot, dialog), name);
    }

    private BufferedImage compose(FxRobot robot, Window other) throws Exception {
        BufferedImage main = snapshot(robot, stage.getScene());
        BufferedImage top = snapshot(robot, other.getScene());
        int x = (int) Math.round(other.getX() + other.getScene().getX() - stage.getX() - stage.getScene().getX());
        int y = (int) Math.round(other.getY() + other.getScene().getY() - stage.getY() - stage.getScene().getY());
        x = Math.max(0, Math.min(x, main.getWidth() - top.getWidth()));
        y = Math.max(0, Math.min(y, main.getHeight() - top.getHeight()));
        BufferedImage out = new BufferedImage(main.getWidth(), main.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.drawImage(main, 0, 0, null);
        boolean popup = other instanceof javafx.stage.PopupWindow;
        if (!popup) {
            for (int i = 6; i >= 1; i--) { // a soft shadow
                g.setColor(new Color(0, 0, 0, 10 + 6 * (6 - i)));
                g.fillRoundRect(x - i + 3, y - i + 4, top.getWidth() + 2 * i, top.getHeight() + 2 * i, 10, 10);
            }
        }
        g.drawImage(top, x, y, null);
        if (!popup) {
            g.setColor(new Color(0x8a8a8a));
            g.setStroke(new BasicStroke(1));
            g.drawRect(x - 1, y - 1, top.getWidth() + 1, top.getHeight() + 1);
        }
        g.dispose();
        return out;
    }

    private static BufferedImage snapshot(FxRobot robot, Scene scene) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        return SwingFXUtils.fromFXImage(image[0], null);
    }

    private static void write(BufferedImage png, String name) throws Exception {
        Path dir = Path.of(System.getProperty("docs.images", "docs/images"));
        Files.createDirectories(dir);
        BufferedImage rgb = new BufferedImage(png.getWidth(), png.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(png, 0, 0, null);
        g.dispose();
        ImageIO.write(rgb, "png", dir.resolve(name).toFile());
    }
}
