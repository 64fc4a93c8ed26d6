package se.dialogcoder.ui.teamwork;

import se.dialogcoder.ui.CodedDemo;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.teamwork.DisagreementService.Passage;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.ui.MainWindow;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * Teamwork in the real window (headless): two coders at one computer and the disagreement browser; merging a
 * coder's copy and its report.
 */
@ExtendWith(ApplicationExtension.class)
class TeamworkWindowTest {
    @TempDir
    Path home;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"Utvärderare A\"}");
        window = MainWindow.of(new Services(new AppPaths(home)), stage);
        window.show();
        window.openStartProject();
    }

    /** The browser and the report dialog are windows of their own: close them, so the next test starts clean. */
    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, InlineCssTextArea text, String passage) {
        se.dialogcoder.ui.TextSelect.select(robot, text, passage);
        assertThat(text.getSelectedText()).isEqualTo(passage);
    }

    @Test
    void twoCodersDifferTheBrowserShowsWhereAndJumpsToTheText(FxRobot robot) throws Exception {
        ProjectViewModel vm = window.viewModel();
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        robot.clickOn("12  Skåne län (1)").type(KeyCode.RIGHT);
        se.dialogcoder.ui.NavigatorClick.document(robot, "2025_skane_lansdialog");
        waitFor(() -> robot.lookup("#documentText").tryQuery().isPresent());
        InlineCssTextArea text = robot.lookup("#documentText").queryAs(InlineCssTextArea.class);
        waitFor(() -> text.getLength() > 0);

        // coder A codes a passage with key 1 (the demo comes with the reference coder's codings)
        int reference = CodedDemo.referenceCodings(vm);
        select(robot, text, "delregionala nätverken");
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> robot.lookup("#status").queryLabeled().getText()
                .contains(CodedDemo.codings("sv", reference + 1)));
        // coder B, at the same computer, codes an overlapping passage with the same code
        robot.interact(() -> vm.coderProperty().set("Utvärderare B"));
        select(robot, text, "Skåne speciellt är de delregionala");
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> robot.lookup("#status").queryLabeled().getText()
                .contains(CodedDemo.codings("sv", reference + 2)));
        String code = vm.coding().pinnedCodes().get(0).name();
        // look at another document meanwhile
        robot.interact(() -> vm.selectedDocumentProperty().set(TeamworkViewModelTest.document(vm, County.KALMAR)));
        waitFor(() -> !text.getText().contains("Skåne speciellt"));

        robot.clickOn("Kodning").clickOn("Jämför kodare…");
        waitFor(() -> robot.lookup("#comparePassages").tryQuery().isPresent());
        // B against A, not against the reference coder
        robot.clickOn("#compareSecond");
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && "Utvärderare A".equals(c.getText()));
        @SuppressWarnings("unchecked")
        TableView<Passage> passages = robot.lookup("#comparePassages").queryAs(TableView.class);
        waitFor(() -> passages.getItems().size() == 1);
        Passage p = passages.getItems().get(0);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.document()).isEqualTo("2025_skane_lansdialog");
        // the figures of the code at the top, both coders as column headings, the county and the passage shown
        assertThat(robot.lookup("#compareCodes").lookup(code).tryQuery()).isPresent();
        assertThat(robot.lookup("#comparePassages").lookup("Skåne län").tryQuery()).isPresent();
        assertThat(robot.lookup("#comparePassages").lookup("Utvärderare B").tryQuery()).isPresent();
        assertThat(robot.lookup("#comparePassages").lookup((Text t) -> t.getText().contains("Skåne speciellt är de"))
                .queryAll()).hasSize(2); // side by side: in coder A's column and in coder B's
        assertThat(robot.lookup("#comparePassages").lookup((Text t) -> t.getText().startsWith("Kodade"))
                .queryAll()).hasSize(2); // what each coded there, in words

        Node row = robot.lookup("#comparePassages .table-row-cell").queryAll().stream()
                .filter(r -> ((javafx.scene.control.TableRow<?>) r).getItem() == p).findFirst().orElseThrow();
        robot.doubleClickOn(row);
        waitFor(() -> "Skåne speciellt är de delregionala nätverken".equals(text.getSelectedText()));
        assertThat(vm.selectedDocumentProperty().get().name()).isEqualTo("2025_skane_lansdialog");
        assertThat(vm.selectionProperty().get()).containsExactly(p.start(), p.end());
    }

    @Test
    void mergingACodersCopyShowsTheReportAndTheCountsFollow(FxRobot robot) throws Exception {
        ProjectViewModel vm = window.viewModel();
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        Path demo = vm.projectFile().orElseThrow();
        Path copy = home.resolve("utvärderare-b.dcproj");
        try (Project p = ProjectStores.openReadOnly(demo)) {
            p.store().localFile().orElseThrow().copyTo(copy);
        }
        try (Project p = ProjectStores.open(copy)) {
            p.write(tx -> {
                long b = tx.coders().getOrCreate("Utvärderare B").id();
                var code = tx.codes().list().get(0);
                for (var d : tx.documents().list().subList(0, 3)) {
                    tx.codings().insert(d.id(), code.id(), b, 10, 60);
                }
                tx.codes().update(new se.dialogcoder.model.Code(code.id(), code.uid(), code.parentId(),
                        code.name() + " (B)", code.nameEn(), code.description(), code.descriptionEn(), code.color(),
                        code.sortOrder()));
                return null;
            });
        }
        // the file chooser is the system's; the menu item is there and enabled
        robot.clickOn("Arkiv");
        assertThat(robot.lookup("Slå ihop kodares projekt…").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> window.mergeProjects(java.util.List.of(copy)));
        waitFor(() -> robot.lookup("#mergeReport").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> report = robot.lookup("#mergeReport")
                .queryAs(javafx.scene.control.ListView.class);
        int reference = CodedDemo.referenceCodings(vm);
        String present = CodedDemo.number("sv", reference);
        assertThat(report.getItems()).contains("▸ utvärderare-b.dcproj",
                "   Kodningar: 3 tillagda, " + present + " fanns redan", "   Kodare: 1 tillagda (Utvärderare B)");
        assertThat(report.getItems()).anySatisfy(l -> assertThat(l).contains("har fått olika namn")
                .contains(" (B)"));
        assertThat(robot.lookup("3 kodningar tillagda, " + present + " fanns redan, 1 konflikt.").tryQuery())
                .isPresent();
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains(CodedDemo.codings("sv", reference + 3));
        if (Boolean.getBoolean("teamwork.snapshot")) {
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> image[0] = report.getScene().snapshot(null));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                    new java.io.File(System.getProperty("java.io.tmpdir"), "merge-report.png"));
        }
    }
}
