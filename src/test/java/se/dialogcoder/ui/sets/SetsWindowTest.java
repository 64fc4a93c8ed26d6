package se.dialogcoder.ui.sets;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.store.sqlite.StoreFixtures;
import se.dialogcoder.ui.MainWindow;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.analysis.AnalysisWindow;
import se.dialogcoder.ui.documents.NavItem;

/** A person makes a document set from the navigator and narrows the frequencies to it, then to a county group. */
@ExtendWith(ApplicationExtension.class)
class SetsWindowTest {
    @TempDir
    Path home;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        Path project = home.resolve("set.dcproj");
        try (Project p = ProjectStores.create(project, "Setprojekt", "2025")) {
            p.write(tx -> {
                long code = tx.codes().insert("plan", null, "Handlingsplaner", null, null, null, "#009E73", 0).id();
                long anna = tx.coders().getOrCreate("Anna").id();
                for (var d : new Object[][] {{"Skåne", County.SKANE}, {"Gotland", County.GOTLAND},
                    {"Norrbotten", County.NORRBOTTEN}}) {
                    Document doc = tx.documents().insert(StoreFixtures.document((String) d[0], (County) d[1],
                            d[0] + " har en handlingsplan."));
                    tx.codings().insert(doc.id(), code, anna, 0, 5);
                }
                return null;
            });
        }
        window = MainWindow.of(new Services(new AppPaths(home.resolve("app"))), stage);
        window.show();
        window.openProject(project);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With -Ddialogcoder.snapshots=DIR, keeps a PNG of what a window shows (to look at it). */
    private static void snapshot(FxRobot robot, javafx.scene.Scene scene, String name) throws Exception {
        String dir = System.getProperty("dialogcoder.snapshots");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                Path.of(dir, name + ".png").toFile());
    }

    private static int segments(AnalysisWindow analysis) {
        return analysis.frequencies().lines().stream().filter(l -> l.row().code().name().equals("Handlingsplaner"))
                .mapToInt(l -> l.row().segments()).findFirst().orElse(-1);
    }

    @Test
    void aDocumentSetMadeInTheNavigatorNarrowsTheFrequencies(FxRobot robot) throws Exception {
        ProjectViewModel vm = window.viewModel();
        waitFor(() -> stage.getTitle().startsWith("Setprojekt") && !vm.groups().isEmpty());
        Document skane = vm.groups().stream().flatMap(g -> g.documents().stream())
                .filter(d -> d.name().equals("Skåne")).findFirst().orElseThrow();
        robot.interact(() -> vm.selectedDocumentProperty().set(skane));
        TreeView<NavItem> tree = robot.lookup("#navigator").queryAs(TreeView.class);
        waitFor(() -> tree.getSelectionModel().getSelectedItem() != null);

        // the navigator's context menu on the selected document: Lägg till i dokumentset → Nytt dokumentset…
        javafx.geometry.Bounds b = tree.localToScreen(tree.getBoundsInLocal());
        robot.interact(() -> tree.getContextMenu().show(tree, b.getMinX() + 40, b.getMinY() + 40));
        robot.clickOn("Lägg till i dokumentset");
        robot.clickOn("Nytt dokumentset…");
        robot.clickOn("#setName").write("Kustlän").type(KeyCode.ENTER);
        try {
            waitFor(() -> vm.sets().size() == 1 && vm.sets().get(0).members().size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("sets " + vm.sets() + " error " + vm.errorProperty().get() + " windows "
                    + javafx.stage.Window.getWindows(), e);
        }
        ItemSet set = vm.sets().get(0);
        assertThat(set.name()).isEqualTo("Kustlän");
        assertThat(set.kind()).isEqualTo(ItemSet.Kind.DOCUMENTS);
        waitFor(() -> tree.getRoot().getChildren().stream().map(TreeItem::getValue)
                .anyMatch(v -> v instanceof NavItem.SetsHeader h && h.sets() == 1));

        robot.interact(() -> tree.getRoot().getChildren().forEach(i -> i.setExpanded(
                i.getValue() instanceof NavItem.SetsHeader)));
        robot.interact(() -> tree.getRoot().getChildren().stream().filter(i -> i.getValue() instanceof NavItem.SetsHeader)
                .forEach(h -> h.getChildren().forEach(c -> c.setExpanded(true))));
        snapshot(robot, stage.getScene(), "sets-navigator");
        robot.clickOn("#navigator");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitFor(() -> window.analysisWindow() != null && window.analysisWindow().isShowing());
        AnalysisWindow analysis = window.analysisWindow();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> analysis.page() == AnalysisWindow.Page.FREQUENCIES && segments(analysis) == 3);

        robot.clickOn("#frequencyScope");
        robot.clickOn("Dokumentset: Kustlän");
        waitFor(() -> segments(analysis) == 1);
        snapshot(robot, robot.lookup("#frequencyScope").query().getScene(), "sets-frequencies");
        robot.clickOn("#frequencyScope");
        robot.clickOn("Landsdelar: Götaland");
        waitFor(() -> segments(analysis) == 2);
        robot.clickOn("#frequencyScope");
        robot.clickOn("Sjukvårdsregioner: Norra");
        waitFor(() -> segments(analysis) == 1);

        // undo in the main window takes the set away; the chooser follows
        robot.interact(() -> analysis.close());
        robot.interact(vm.coding()::undo);
        waitFor(() -> vm.sets().isEmpty());
    }
}
