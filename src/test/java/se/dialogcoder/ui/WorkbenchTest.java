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
        se.dialogcoder.ui.NavigatorClick.document(robot, "2025_skane_lansdialog");
        waitFor(() -> robot.lookup("#documentText").tryQuery().isPresent());
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

    /** Words of a moderator's question in Skåne: the demo's reference coding leaves these uncoded. */
    private static final String PASSAGE = "kopplingen mellan de delregionala nätverken";
    private static final String OTHER = "länsgemensamma stimulansmedlen";

    /** The demo's reference codings (it comes coded), read from the file. */
    private int referenceCodings() throws Exception {
        try (var p = ProjectStores.openReadOnly(window.viewModel().projectFile().orElseThrow())) {
            long coder = p.read(tx -> tx.coders().byName(se.dialogcoder.app.DemoProject.REFERENCE_CODER))
                    .orElseThrow().id();
            return p.read(tx -> tx.codings().count(coder));
        }
    }

    /** The status line's coding count as the window writes it. */
    private static String codings(String language, int n) {
        return new java.text.MessageFormat(language.equals("sv") ? "{0} kodningar" : "{0} codings",
                java.util.Locale.forLanguageTag(language)).format(new Object[] {n});
    }

    /** The open document's codings made in the test. */
    private java.util.List<se.dialogcoder.model.Coding> made() {
        long reference = window.viewModel().coders().stream()
                .filter(c -> c.name().equals(se.dialogcoder.app.DemoProject.REFERENCE_CODER)).findFirst()
                .orElseThrow().id();
        return window.viewModel().openDocumentProperty().get().codings().stream()
                .filter(c -> c.coderId() != reference).toList();
    }

    private int count(Code code) {
        return window.viewModel().codingCountsProperty().get().getOrDefault(code.id(), 0);
    }

    private static boolean painted(InlineCssTextArea text, int pos) {
        return text.getStyleOfChar(pos).contains("-rtfx-background-color");
    }

    /** WCAG contrast of the shown tooltip's text fill against its background fill. */
    static double tooltipContrast(FxRobot robot) {
        javafx.scene.Node tip = robot.lookup(".tooltip").query();
        javafx.scene.text.Text text = robot.from(tip).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                .query();
        javafx.scene.Node up = text.getParent();
        while (!(up instanceof javafx.scene.layout.Region r && r.getBackground() != null
                && !r.getBackground().getFills().isEmpty())) {
            up = up.getParent() != null ? up.getParent() : up.getScene().getRoot();
        }
        javafx.scene.layout.Region box = (javafx.scene.layout.Region) up;
        javafx.scene.paint.Color fg = (javafx.scene.paint.Color) text.getFill();
        javafx.scene.paint.Color bg = (javafx.scene.paint.Color) box.getBackground().getFills()
                .get(box.getBackground().getFills().size() - 1).getFill();
        return contrast(fg, bg);
    }

    static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.04045 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    @Test
    void selectPressOneUndoRedo(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        // speaker names are emphasised
        int turn = text.getText().indexOf("\nRepresentant") + 1;
        assertThat(text.getStyleOfChar(turn)).contains("bold");

        String passage = PASSAGE;
        select(robot, text, passage);
        assertThat(text.getSelectedText()).isEqualTo(passage);
        int at = text.getText().indexOf(passage) + 3;
        assertThat(painted(text, at)).as("a question, left uncoded by the reference coder").isFalse();
        Code first = window.viewModel().coding().pinnedCodes().get(0);
        java.util.function.Supplier<Long> stripes = () -> robot.lookup(".stripe").queryAll().stream()
                .filter(n -> ((javafx.scene.layout.Region) n).getStyle().contains(first.color())).count();
        assertThat(robot.lookup(".stripe").queryAll()).as("the reference coding's stripes").isNotEmpty();
        assertThat(stripes.get()).as("none of the theme itself in Skåne").isZero();
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> painted(text, at));
        assertThat(text.getStyleOfChar(at)).contains(Colors.translucent(first.color(), 0.38));
        assertThat(stripes.get()).as("the stripe margin shows the code").isEqualTo(1);
        // the stripe stands beside exactly the coded lines, not the whole paragraph
        WaitForAsyncUtils.waitForFxEvents();
        int from = text.getText().indexOf(passage);
        Bounds[] lines = new Bounds[2];
        robot.interact(() -> {
            lines[0] = text.getCharacterBoundsOnScreen(from, from + passage.length()).orElseThrow();
            lines[1] = robot.lookup(".stripe").queryAll().stream()
                    .filter(n -> ((javafx.scene.layout.Region) n).getStyle().contains(first.color())).findFirst()
                    .map(n -> n.localToScreen(n.getBoundsInLocal())).orElseThrow();
        });
        assertThat(lines[1].getMinY()).as("stripe top").isCloseTo(lines[0].getMinY(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(lines[1].getMaxY()).as("stripe bottom").isCloseTo(lines[0].getMaxY(), org.assertj.core.data.Offset.offset(1.0));
        robot.interact(() -> assertThat(text.getParagraph(text.offsetToPosition(from,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()).length())
                .as("a longer paragraph than the passage").isGreaterThan(passage.length() * 2));
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .contains(codings("sv", referenceCodings() + 1));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> !painted(text, at));
        assertThat(stripes.get()).isZero();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> painted(text, at));
        assertThat(stripes.get()).isEqualTo(1);

        // resting on a stripe names its code; clicking it selects the coding and its passage
        robot.clickOn(text, javafx.scene.input.MouseButton.PRIMARY); // somewhere else first
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node stripe = robot.lookup(".stripe").queryAll().stream()
                .filter(n -> ((javafx.scene.layout.Region) n).getStyle().contains(first.color())).findFirst()
                .orElseThrow();
        robot.moveTo(stripe);
        waitFor(() -> robot.lookup(".tooltip").tryQuery().isPresent());
        assertThat(robot.from(robot.lookup(".tooltip").queryAll())
                .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled).queryLabeled().getText())
                .isEqualTo(first.name());
        assertThat(tooltipContrast(robot)).as("the tooltip's text against its background (WCAG)")
                .isGreaterThanOrEqualTo(4.5);
        robot.clickOn(stripe);
        waitFor(() -> window.viewModel().selectedCodingProperty().get() != null);
        assertThat(window.viewModel().selectedCodingProperty().get().codeId()).isEqualTo(first.id());
        assertThat(text.getSelectedText()).isEqualTo(passage);
    }

    @Test
    void aParentCodeCountsItsSubCodes(FxRobot robot) throws Exception {
        openSkane(robot);
        ProjectViewModel vm = window.viewModel();
        Code plans = vm.codes().stream().filter(c -> c.name().equals("Handlingsplaner")).findFirst().orElseThrow();
        int own = count(plans);
        int below = vm.codes().stream().filter(c -> plans.id() == (c.parentId() == null ? -1 : c.parentId()))
                .mapToInt(this::count).sum();
        assertThat(below).as("the demo codes below Handlingsplaner").isPositive();
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tree-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TreeCell<?>) n)
                .filter(c -> c.getItem() instanceof Code k && k.id() == plans.id()).findFirst().orElseThrow();
        String shown = robot.from(cell).lookup(".code-count").queryLabeled().getText();
        assertThat(shown).isEqualTo(own + " (" + (own + below) + ")");
    }

    @Test
    void doubleClickACodeOrCtrlKOrInVivoCodesTheSelection(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        ProjectViewModel vm = window.viewModel();
        String passage = PASSAGE;
        select(robot, text, passage);
        robot.doubleClickOn("Handlingsplaner");
        waitFor(() -> made().size() == 1);
        Code plans = vm.codes().stream().filter(c -> c.name().equals("Handlingsplaner")).findFirst().orElseThrow();
        assertThat(made().get(0).codeId()).isEqualTo(plans.id());
        int at = text.getText().indexOf(passage) + 3;
        waitFor(() -> painted(text, at));

        // the selection stays: Ctrl+K, a few letters of a sub-code, Enter codes the same passage again
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#quickCodeSearch").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.clickOn("#quickCodeSearch").write("efterlev");
        waitFor(() -> robot.lookup("#quickCodeList").queryListView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> made().size() == 2);
        Code survivors = vm.codes().stream().filter(c -> c.name().equals("Efterlevandestöd")).findFirst()
                .orElseThrow();
        assertThat(made()).anySatisfy(c -> {
            assertThat(c.codeId()).isEqualTo(survivors.id());
            assertThat(c.end() - c.start()).isEqualTo(passage.length());
        });
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .contains(codings("sv", referenceCodings() + 2));

        // in vivo: a new code named after the selected words
        String words = OTHER;
        select(robot, text, words);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> vm.codes().stream().anyMatch(c -> c.name().equals(words)));
        waitFor(() -> made().size() == 3);
        assertThat(robot.lookup(words).tryQuery()).as("the new code in the codebook").isPresent();
    }

    @Test
    void mergeTwoCodesAndTheCountsFollow(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        Code styrning = window.viewModel().coding().pinnedCodes().get(0);
        Code medel = window.viewModel().coding().pinnedCodes().get(1);
        int styrningBefore = count(styrning);
        int medelBefore = count(medel);
        select(robot, text, PASSAGE);
        robot.type(KeyCode.DIGIT1); // Styrning och samordning
        waitFor(() -> count(styrning) == styrningBefore + 1);
        select(robot, text, OTHER);
        robot.type(KeyCode.DIGIT2); // Fördelning av stimulansmedel
        waitFor(() -> count(medel) == medelBefore + 1);

        robot.clickOn(medel.name());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("Styrning och");
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.viewModel().codes().stream().noneMatch(c -> c.id() == medel.id()));
        assertThat(window.viewModel().codingCountsProperty().get())
                .containsEntry(styrning.id(), styrningBefore + medelBefore + 2);
        assertThat(robot.lookup(medel.name()).tryQuery()).isEmpty();
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .contains(codings("sv", referenceCodings() + 2));
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
        se.dialogcoder.ui.NavigatorClick.document(robot, "2025_skane_lansdialog");
        waitFor(() -> robot.lookup("#documentText").tryQuery().isPresent());
        waitFor(() -> robot.lookup("#memo").queryTextInputControl().getText()
                .equals("Skåne har delregionala planer."));
    }

    @Test
    void switchingLanguageKeepsTheWork(FxRobot robot) throws Exception {
        InlineCssTextArea text = openSkane(robot);
        Code one = window.viewModel().coding().pinnedCodes().get(0);
        Code two = window.viewModel().coding().pinnedCodes().get(1);
        int oneBefore = count(one);
        int twoBefore = count(two);
        select(robot, text, PASSAGE);
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> count(one) == oneBefore + 1);
        robot.clickOn("Visa").clickOn("Språk").clickOn("English");
        waitFor(() -> robot.lookup("File").tryQuery().isPresent());
        assertThat(robot.lookup("Codebook").tryQuery()).isPresent();
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains(codings("en", referenceCodings() + 1));
        assertThat(services.workspace().settings().language).isEqualTo("en");
        InlineCssTextArea again = robot.lookup("#documentText").queryAs(InlineCssTextArea.class);
        int at = again.getText().indexOf(PASSAGE) + 2;
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
        select(robot, again, OTHER);
        robot.type(KeyCode.DIGIT2);
        waitFor(() -> count(two) == twoBefore + 1);
        int second = again.getText().indexOf(OTHER) + 2;
        waitFor(() -> painted(again, second));
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains(codings("en", referenceCodings() + 2));
    }
}
