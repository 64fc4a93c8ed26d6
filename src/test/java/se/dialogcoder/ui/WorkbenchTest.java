package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
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
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.documents.NavItem;

/** The workbench used like a person would: mouse and keyboard on the real window (headless). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {
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
        services = new Services(new AppPaths(home));
        window = MainWindow.of(services, stage);
        window.show();
        window.openStartProject();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private InlineCssTextArea openSkane(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        assertThat(robot.lookup("Välkommen till DialogCoder").tryQuery()).as("the welcome view").isPresent();
        @SuppressWarnings("unchecked")
        TreeView<NavItem> navigator = robot.lookup("#navigator").queryAs(TreeView.class);
        assertThat(navigator.getRoot().getChildren()).hasSize(22); // 21 län + Okänt län
        assertThat(robot.lookup("01  Stockholms län (1)").tryQuery()).isPresent();
        assertThat(robot.lookup("Okänt län (0)").tryQuery()).isPresent();
        robot.clickOn("12  Skåne län (1)").type(KeyCode.RIGHT);
        robot.clickOn("2025_skane_lansdialog");
        InlineCssTextArea text = robot.lookup("#documentText").queryAs(InlineCssTextArea.class);
        waitFor(() -> text.getLength() > 0);
        assertThat(text.getText()).contains("Fiktivt exempel").contains("Skåne");
        return text;
    }

    /** Drags the mouse across a passage, as a person selects text. */
    private void select(FxRobot robot, InlineCssTextArea text, String passage) {
        int start = text.getText().indexOf(passage);
        assertThat(start).isNotNegative();
        robot.interact(() -> text.showParagraphAtTop(text.offsetToPosition(start,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds[] b = new Bounds[2];
        robot.interact(() -> {
            b[0] = text.getCharacterBoundsOnScreen(start, start + 1).orElseThrow();
            b[1] = text.getCharacterBoundsOnScreen(start + passage.length() - 1, start + passage.length())
                    .orElseThrow();
        });
        Bounds first = b[0];
        Bounds last = b[1];
        robot.drag(new Point2D(first.getMinX() + 1, first.getCenterY()))
                .dropTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean painted(InlineCssTextArea text, int pos) {
        return text.getStyleOfChar(pos).contains("-rtfx-background-color");
    }

    @Test
    void selectPressOneUndoRedo(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        // speaker names are emphasised
        int turn = text.getText().indexOf("\nRepresentant") + 1;
        assertThat(text.getStyleOfChar(turn)).contains("bold");

        String passage = "delregionala nätverken";
        select(robot, text, passage);
        assertThat(text.getSelectedText()).isEqualTo(passage);
        int at = text.getText().indexOf(passage) + 3;
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> painted(text, at));
        Code first = window.viewModel().coding().pinnedCodes().get(0);
        assertThat(text.getStyleOfChar(at)).contains(Colors.translucent(first.color(), 0.38));
        assertThat(robot.lookup(".stripe").queryAll()).as("the stripe margin shows the code").isNotEmpty();
        assertThat(robot.lookup(".stripe").queryAll()).anySatisfy(n -> assertThat(((javafx.scene.layout.Region) n).getStyle()).contains(first.color()));
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("1 kodningar");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> !painted(text, at));
        assertThat(robot.lookup(".stripe").queryAll()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> painted(text, at));
        assertThat(robot.lookup(".stripe").queryAll()).isNotEmpty();

        // resting on a stripe names its code; clicking it selects the coding and its passage
        robot.clickOn(text, javafx.scene.input.MouseButton.PRIMARY); // somewhere else first
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node stripe = robot.lookup(".stripe").query();
        robot.moveTo(stripe);
        waitFor(() -> robot.lookup(".tooltip").tryQuery().isPresent());
        assertThat(robot.from(robot.lookup(".tooltip").queryAll())
                .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled).queryLabeled().getText())
                .isEqualTo(first.name());
        robot.clickOn(stripe);
        waitFor(() -> window.viewModel().selectedCodingProperty().get() != null);
        assertThat(window.viewModel().selectedCodingProperty().get().codeId()).isEqualTo(first.id());
        assertThat(text.getSelectedText()).isEqualTo(passage);
    }

    @Test
    void doubleClickACodeOrCtrlKOrInVivoCodesTheSelection(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        ProjectViewModel vm = window.viewModel();
        String passage = "delregionala nätverken";
        select(robot, text, passage);
        robot.doubleClickOn("Handlingsplaner");
        waitFor(() -> vm.openDocumentProperty().get().codings().size() == 1);
        Code plans = vm.codes().stream().filter(c -> c.name().equals("Handlingsplaner")).findFirst().orElseThrow();
        assertThat(vm.openDocumentProperty().get().codings().get(0).codeId()).isEqualTo(plans.id());
        int at = text.getText().indexOf(passage) + 3;
        waitFor(() -> painted(text, at));

        // the selection stays: Ctrl+K, a few letters of a sub-code, Enter codes the same passage again
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#quickCodeSearch").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.clickOn("#quickCodeSearch").write("efterlev");
        waitFor(() -> robot.lookup("#quickCodeList").queryListView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> vm.openDocumentProperty().get().codings().size() == 2);
        Code survivors = vm.codes().stream().filter(c -> c.name().equals("Efterlevandestöd")).findFirst()
                .orElseThrow();
        assertThat(vm.openDocumentProperty().get().codings()).anySatisfy(c -> {
            assertThat(c.codeId()).isEqualTo(survivors.id());
            assertThat(c.end() - c.start()).isEqualTo(passage.length());
        });
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("2 kodningar");

        // in vivo: a new code named after the selected words
        String words = "länsgemensamma stimulansmedlen";
        select(robot, text, words);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> vm.codes().stream().anyMatch(c -> c.name().equals(words)));
        waitFor(() -> vm.openDocumentProperty().get().codings().size() == 3);
        assertThat(robot.lookup(words).tryQuery()).as("the new code in the codebook").isPresent();
    }

    @Test
    void mergeTwoCodesAndTheCountsFollow(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        select(robot, text, "delregionala nätverken");
        robot.type(KeyCode.DIGIT1); // Styrning och samordning
        waitFor(() -> window.viewModel().codingCountsProperty().get().size() == 1);
        select(robot, text, "länsgemensamma stimulansmedlen");
        robot.type(KeyCode.DIGIT2); // Fördelning av stimulansmedel
        waitFor(() -> window.viewModel().codingCountsProperty().get().size() == 2);
        Code styrning = window.viewModel().coding().pinnedCodes().get(0);
        Code medel = window.viewModel().coding().pinnedCodes().get(1);

        robot.clickOn(medel.name());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("Styrning och");
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.viewModel().codes().stream().noneMatch(c -> c.id() == medel.id()));
        assertThat(window.viewModel().codingCountsProperty().get()).containsEntry(styrning.id(), 2);
        assertThat(robot.lookup(medel.name()).tryQuery()).isEmpty();
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("2 kodningar");
    }

    @Test
    void aMemoIsSavedWithoutASaveButtonAndIsThereAfterReopening(FxRobot robot) throws Exception {
        openSkane(robot);
        waitFor(() -> robot.lookup("#detailsHeading").queryLabeled().getText().contains("2025_skane_lansdialog"));
        robot.clickOn("#memo");
        robot.write("Skåne har delregionala planer.");
        robot.clickOn("#codeFilter"); // leaving the memo saves it
        Path project = window.viewModel().projectFile().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (var p = ProjectStores.openReadOnly(project)) {
                long id = window.viewModel().selectedDocumentProperty().get().id();
                return "Skåne har delregionala planer.".equals(p.read(tx -> tx.documents().memo(id)));
            }
        });
        robot.interact(() -> window.openProject(project));
        waitFor(() -> window.viewModel().selectedDocumentProperty().get() == null);
        robot.clickOn("12  Skåne län (1)").type(KeyCode.RIGHT);
        robot.clickOn("2025_skane_lansdialog");
        waitFor(() -> robot.lookup("#memo").queryTextInputControl().getText()
                .equals("Skåne har delregionala planer."));
    }

    @Test
    void switchingLanguageKeepsTheWork(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        select(robot, text, "delregionala nätverken");
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> window.viewModel().codingCountsProperty().get().size() == 1);
        robot.clickOn("Visa").clickOn("Språk").clickOn("English");
        waitFor(() -> robot.lookup("File").tryQuery().isPresent());
        assertThat(robot.lookup("Codebook").tryQuery()).isPresent();
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("1 codings");
        assertThat(services.workspace().settings().language).isEqualTo("en");
        InlineCssTextArea again = robot.lookup("#documentText").queryAs(InlineCssTextArea.class);
        int at = again.getText().indexOf("delregionala nätverken") + 2;
        waitFor(() -> at > 1 && painted(again, at));
        // the rebuilt window lists the same documents and codes at once, with the open document selected
        @SuppressWarnings("unchecked")
        TreeView<NavItem> navigator = robot.lookup("#navigator").queryAs(TreeView.class);
        TreeView<?> codebook = robot.lookup("#codebook").queryAs(TreeView.class);
        assertThat(navigator.getRoot().getChildren()).hasSize(22);
        assertThat(((NavItem.DocumentRow) navigator.getSelectionModel().getSelectedItem().getValue()).document())
                .isEqualTo(window.viewModel().selectedDocumentProperty().get());
        assertThat(codebook.getRoot().getChildren()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(robot.lookup("#detailsHeading").queryLabeled().getText()).startsWith("Coding: ");
        // and coding goes on working in the new window
        select(robot, again, "länsgemensamma stimulansmedlen");
        robot.type(KeyCode.DIGIT2);
        waitFor(() -> window.viewModel().codingCountsProperty().get().size() == 2);
        int second = again.getText().indexOf("länsgemensamma stimulansmedlen") + 2;
        waitFor(() -> painted(again, second));
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("2 codings");
    }
}
