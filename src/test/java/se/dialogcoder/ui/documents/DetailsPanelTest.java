package se.dialogcoder.ui.documents;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
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
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.ui.MainWindow;
import se.dialogcoder.ui.ProjectViewModel;

/** The details and memo panel under the text, used like a person would (headless). */
@ExtendWith(ApplicationExtension.class)
class DetailsPanelTest {
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

    private ProjectViewModel vm() {
        return window.viewModel();
    }

    /** The open document's codings made in the test (the demo comes with its reference coding). */
    private java.util.List<se.dialogcoder.model.Coding> made() {
        long reference = vm().coders().stream()
                .filter(c -> c.name().equals(se.dialogcoder.app.DemoProject.REFERENCE_CODER)).findFirst()
                .orElseThrow().id();
        return vm().openDocumentProperty().get().codings().stream().filter(c -> c.coderId() != reference).toList();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lets queued database work finish (the worker runs it in order), then the FX events it posted. */
    private void settle() throws Exception {
        boolean[] done = {false};
        vm().query(s -> true, x -> done[0] = true, e -> done[0] = true);
        waitFor(() -> done[0]);
    }

    private InlineCssTextArea openSkane(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        robot.clickOn("12  Skåne län (1)").type(KeyCode.RIGHT);
        se.dialogcoder.ui.NavigatorClick.document(robot, "2025_skane_lansdialog");
        waitFor(() -> robot.lookup("#documentText").tryQuery().isPresent());
        InlineCssTextArea text = robot.lookup("#documentText").queryAs(InlineCssTextArea.class);
        waitFor(() -> text.getLength() > 0);
        waitFor(() -> heading(robot).equals("Dokument: 2025_skane_lansdialog"));
        return text;
    }

    private static String heading(FxRobot robot) {
        return robot.lookup("#detailsHeading").queryLabeled().getText();
    }

    /** Drags the mouse across a passage, as a person selects text. */
    private static void select(FxRobot robot, InlineCssTextArea text, String passage) {
        se.dialogcoder.ui.TextSelect.select(robot, text, passage);
    }

    private MenuItem menuItem(FxRobot robot, String menu, String item) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu m = bar.getMenus().stream().filter(x -> x.getText().equals(menu)).findFirst().orElseThrow();
        return m.getItems().stream().filter(x -> item.equals(x.getText())).findFirst().orElseThrow();
    }

    private Project readOnlyProject() throws Exception {
        return ProjectStores.openReadOnly(vm().projectFile().orElseThrow());
    }

    private County countyInFile(long documentId) throws Exception {
        try (Project p = readOnlyProject()) {
            return p.read(tx -> tx.documents().byId(documentId)).orElseThrow().county();
        }
    }

    @Test
    void removingTheShownCodingShowsTheDocumentAndTheMemoBeingTypedIsKept(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        select(robot, text, "delregionala nätverken");
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> heading(robot).startsWith("Kodning: "));
        long coding = vm().selectedCodingProperty().get().id();

        // typed, and "Ta bort kodningen" chosen before the memo's own save (it waits until typing stops)
        TextArea memo = robot.lookup("#memo").queryAs(TextArea.class);
        robot.clickOn(memo);
        MenuItem remove = menuItem(robot, "Redigera", "Ta bort kodningen (Delete)");
        robot.interact(() -> {
            memo.setText("Ett viktigt citat.");
            remove.fire();
        });
        waitFor(() -> made().isEmpty());
        waitFor(() -> heading(robot).equals("Dokument: 2025_skane_lansdialog"));
        assertThat(memo.getText()).as("the panel shows the document's memo, not the removed coding's").isEmpty();

        // undo brings the coding back with the memo that was being typed
        robot.interact(() -> menuItem(robot, "Redigera", "Ångra").fire());
        waitFor(() -> made().size() == 1);
        String kept;
        try (Project p = readOnlyProject()) {
            kept = p.read(tx -> tx.codings().memo(coding));
        }
        assertThat(kept).isEqualTo("Ett viktigt citat.");

        // what is typed now belongs to the document
        robot.clickOn(memo).write("Om Skåne.");
        robot.clickOn("#codeFilter");
        long doc = vm().selectedDocumentProperty().get().id();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (Project p = readOnlyProject()) {
                return "Om Skåne.".equals(p.read(tx -> tx.documents().memo(doc)));
            }
        });
    }

    @Test
    void deleteKeyAndUndoOfACodingTakeItOutOfThePanel(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        select(robot, text, "delregionala nätverken");
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> heading(robot).startsWith("Kodning: "));
        robot.type(KeyCode.DELETE);
        waitFor(() -> made().isEmpty());
        waitFor(() -> heading(robot).equals("Dokument: 2025_skane_lansdialog"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // the coding is back, not selected
        waitFor(() -> made().size() == 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL); // the coding is undone
        waitFor(() -> made().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> made().size() == 1);
        var c = made().get(0);
        robot.interact(() -> vm().selectedCodingProperty().set(c));
        waitFor(() -> heading(robot).startsWith("Kodning: "));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> made().isEmpty());
        waitFor(() -> heading(robot).equals("Dokument: 2025_skane_lansdialog"));
        assertThat(vm().selectedCodingProperty().get()).isNull();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<County> countyChoice(FxRobot robot) {
        return robot.lookup("#countyChoice").queryAs(ComboBox.class);
    }

    @Test
    void theCountyIsSavedOnceWhenTheChoiceIsCommittedAndCtrlZPutsItBack(FxRobot robot) throws Exception {
        openSkane(robot);
        Document skane = vm().selectedDocumentProperty().get();
        ComboBox<County> county = countyChoice(robot);
        assertThat(county.getValue()).isEqualTo(County.SKANE);
        robot.interact(county::requestFocus);
        robot.type(KeyCode.DOWN, 3); // walking through the counties with the list closed
        assertThat(county.getValue()).isEqualTo(County.VARMLAND);
        settle();
        assertThat(vm().canUndoProperty().get()).as("walking is not choosing: no step recorded").isFalse();
        assertThat(countyInFile(skane.id())).as("nothing written while walking").isEqualTo(County.SKANE);
        assertThat(vm().selectedDocumentProperty().get().county()).isEqualTo(County.SKANE);

        robot.type(KeyCode.ENTER);
        waitFor(() -> vm().selectedDocumentProperty().get().county() == County.VARMLAND);
        assertThat(countyInFile(skane.id())).isEqualTo(County.VARMLAND);
        assertThat(robot.lookup("17  Värmlands län (2)").tryQuery()).as("the navigator follows").isPresent();
        waitFor(() -> countyChoice(robot).isFocused());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> vm().selectedDocumentProperty().get().county() == County.SKANE);
        assertThat(countyInFile(skane.id())).isEqualTo(County.SKANE);
        assertThat(vm().canUndoProperty().get()).as("the county choice was one step").isFalse();
        assertThat(countyChoice(robot).getValue()).isEqualTo(County.SKANE);
        assertThat(robot.lookup("12  Skåne län (1)").tryQuery()).isPresent();

        // through the open list: walking in it saves nothing, closing it on a county saves that county once
        robot.interact(() -> countyChoice(robot).show());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN, 2);
        settle();
        assertThat(countyInFile(skane.id())).isEqualTo(County.SKANE);
        robot.type(KeyCode.ENTER);
        waitFor(() -> vm().selectedDocumentProperty().get().county() != County.SKANE);
        County chosen = vm().selectedDocumentProperty().get().county();
        robot.interact(() -> menuItem(robot, "Redigera", "Ångra").fire());
        waitFor(() -> vm().selectedDocumentProperty().get().county() == County.SKANE);
        settle();
        assertThat(vm().canUndoProperty().get()).as("one step for " + chosen).isFalse();
        robot.interact(() -> menuItem(robot, "Redigera", "Gör om").fire());
        waitFor(() -> vm().selectedDocumentProperty().get().county() == chosen);
        assertThat(countyInFile(skane.id())).isEqualTo(chosen);
    }

    private static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void aNewRoundIsOneStepWhetherSavedWithEnterOrByLeavingTheField(FxRobot robot) throws Exception {
        openSkane(robot);
        Document before = vm().selectedDocumentProperty().get();
        assertThat(before.round()).isEqualTo("2025");
        replaceText(robot, "#roundField", "2026");
        robot.type(KeyCode.ENTER);
        waitFor(() -> "2026".equals(vm().selectedDocumentProperty().get().round()));
        replaceText(robot, "#dateField", "2026-02-03");
        robot.clickOn("#memo"); // leaving the field saves it
        waitFor(() -> "2026-02-03".equals(vm().selectedDocumentProperty().get().dialogueDate()));
        settle();
        robot.clickOn("#documentText");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> java.util.Objects.equals(vm().selectedDocumentProperty().get().dialogueDate(),
                before.dialogueDate()));
        assertThat(vm().selectedDocumentProperty().get().round()).isEqualTo("2026");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> "2025".equals(vm().selectedDocumentProperty().get().round()));
        settle();
        assertThat(vm().canUndoProperty().get()).as("two saves, two steps").isFalse();
        assertThat(robot.lookup("#roundField").queryTextInputControl().getText()).isEqualTo("2025");
    }

    @Test
    void aNewAttributeShowsAtOnceAndUndoTakesItAway(FxRobot robot) throws Exception {
        openSkane(robot);
        robot.clickOn("#attributeName").write("Moderator");
        robot.clickOn("#attributeValue").write("Folkhälsomyndigheten");
        robot.clickOn("#attributeSet");
        waitFor(() -> attributeLabels(robot).contains("Moderator: Folkhälsomyndigheten"));
        Map<String, String> inFile;
        try (Project p = readOnlyProject()) {
            long id = vm().selectedDocumentProperty().get().id();
            inFile = p.read(tx -> tx.documents().attributes(id));
        }
        assertThat(inFile).containsEntry("Moderator", "Folkhälsomyndigheten");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> attributeLabels(robot).isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> attributeLabels(robot).contains("Moderator: Folkhälsomyndigheten"));
    }

    private static java.util.List<String> attributeLabels(FxRobot robot) {
        javafx.scene.layout.Pane pane = robot.lookup("#attributes").queryAs(javafx.scene.layout.Pane.class);
        return pane.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void cancellingTheRoundQuestionCreatesNoProject(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        Path cancelled = home.resolve("avbruten.dcproj");
        Platform.runLater(() -> window.newProject(cancelled));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        settle();
        assertThat(cancelled).as("cancel creates nothing").doesNotExist();
        assertThat(stage.getTitle()).startsWith("Länsdialoger 2025 (demo)");

        Path created = home.resolve("ny.dcproj");
        Platform.runLater(() -> window.newProject(created));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Node field = robot.lookup(".dialog-pane .text-field").query();
        robot.clickOn(field).eraseText(4).write("2026").type(KeyCode.ENTER);
        waitFor(() -> stage.getTitle().startsWith("ny "));
        try (Project p = ProjectStores.openReadOnly(created)) {
            assertThat(p.info().round()).isEqualTo("2026");
        }
    }

    @Test
    void pinningFromTheMenuShowsTheKeysInTheCodebookAtOnce(FxRobot robot) throws Exception {
        openSkane(robot);
        var themes = vm().coding().pinnedCodes();
        robot.interact(() -> vm().selectedCodeProperty().set(themes.get(4)));
        Menu pin = (Menu) menuItem(robot, "Kodbok", "Fäst på tangent");
        robot.interact(() -> pin.getItems().get(2).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().coding().pinnedCodes().get(2)).isEqualTo(themes.get(4));
        assertThat(vm().coding().pinnedCodes().get(4)).isEqualTo(themes.get(2));
        assertThat(keyOf(robot, themes.get(4).name())).isEqualTo("3");
        assertThat(keyOf(robot, themes.get(2).name())).isEqualTo("5");
        assertThat(keyOf(robot, themes.get(3).name())).isEqualTo("4");
    }

    /** The key shown beside a code in the codebook tree. */
    private static String keyOf(FxRobot robot, String codeName) {
        Label name = robot.lookup(".tree-cell .label").match(n -> codeName.equals(((Label) n).getText()))
                .queryAs(Label.class);
        return ((Label) name.getParent().getChildrenUnmodifiable().get(0)).getText();
    }
}
