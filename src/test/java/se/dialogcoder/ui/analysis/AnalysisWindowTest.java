package se.dialogcoder.ui.analysis;

import se.dialogcoder.ui.CodedDemo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.ui.MainWindow;

/** The analysis window used like a person would (headless): search, auto-code, the matrix, undo. */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowTest {
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

    @AfterEach
    void closeAnalysis(FxRobot robot) {
        robot.interact(() -> {
            if (window.analysisWindow() != null) {
                window.analysisWindow().close();
            }
        });
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AnalysisWindow openSearch(FxRobot robot, String query) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        robot.clickOn("#navigator");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitFor(() -> window.analysisWindow() != null && window.analysisWindow().isShowing());
        AnalysisWindow analysis = window.analysisWindow();
        robot.clickOn("#searchQuery").write(query).type(KeyCode.ENTER);
        TreeTableView<?> results = robot.lookup("#searchResults").queryAs(TreeTableView.class);
        waitFor(() -> results.getRoot() != null && !results.getRoot().getChildren().isEmpty());
        return analysis;
    }

    /** The theme's cell in the totals row of the matrix as shown. */
    private static String totalsCell(FxRobot robot, MatrixTab tab, int column) {
        TableView<MatrixModel.Row> table = tab.table();
        int last = table.getItems().size() - 1;
        assertThat(table.getItems().get(last).isTotal()).isTrue();
        Object value = table.getColumns().get(column + 1).getCellData(last);
        return robot.lookup("#matrixTable .heat-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof MatrixModel.Row r && r.isTotal()
                        && c.getTableColumn() == table.getColumns().get(column + 1))
                .map(n -> ((Labeled) n).getText()).findFirst().orElse("no cell for " + value);
    }

    @Test
    void searchAutoCodeParagraphsSeeTheMatrixUndoAndTheCountsReturn(FxRobot robot) throws Exception {
        AnalysisWindow analysis = openSearch(robot, "handlingsplan*");
        assertThat(robot.lookup("#searchSummary").queryLabeled().getText()).contains("träffar i 21 dokument");
        assertThat(robot.lookup(".kwic-match").queryAll()).anySatisfy(n ->
                assertThat(((Labeled) n).getText()).startsWithIgnoringCase("handlingsplan"));

        // choose the code by typing, as with Ctrl+K
        robot.clickOn("#pickCode");
        robot.clickOn("#quickCodeSearch").write("Handlingsplaner");
        robot.type(KeyCode.ENTER);
        waitFor(() -> analysis.search().codeProperty().get().name().equals("Handlingsplaner"));
        Code plans = analysis.search().codeProperty().get();
        assertThat(plans.name()).isEqualTo("Handlingsplaner");
        assertThat(analysis.search().scopeProperty().get()).as("paragraphs by default").isEqualTo(AutoCodeScope.PARAGRAPH);

        robot.clickOn("#previewButton");
        ListView<?> preview = robot.lookup("#previewList").queryAs(ListView.class);
        waitFor(() -> !preview.getItems().isEmpty());
        int n = preview.getItems().size();
        assertThat(robot.lookup("#previewSummary").queryLabeled().getText()).startsWith(n + " avsnitt i 21 dokument")
                .contains("Handlingsplaner").contains("Utvärderare A");
        int reference = CodedDemo.referenceCodings(window.viewModel()); // the demo comes coded
        assertThat(robot.lookup("#status").queryLabeled().getText()).as("nothing coded by a preview")
                .contains(CodedDemo.codings("sv", reference));

        robot.clickOn("#applyButton");
        waitFor(() -> robot.lookup("#status").queryLabeled().getText()
                .contains(CodedDemo.codings("sv", reference + n)));
        assertThat(robot.lookup("#previewSummary").queryLabeled().getText()).startsWith(n + " avsnitt kodades");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> analysis.page() == AnalysisWindow.Page.MATRIX);
        waitFor(() -> analysis.matrix().matrixProperty().get() != null
                && analysis.matrix().matrixProperty().get().total(se.dialogcoder.analysis.CountyMatrix.Measure.SEGMENTS)
                == reference + n);
        List<Code> themes = analysis.matrix().matrixProperty().get().columns();
        int plansColumn = themes.indexOf(plans);
        int plansBefore = (int) analysis.matrix().matrixProperty().get()
                .columnTotal(se.dialogcoder.analysis.CountyMatrix.Measure.SEGMENTS, plansColumn) - n;
        assertThat(plansBefore).as("the reference coding's action plans").isPositive();
        String plansAfter = Integer.toString(plansBefore + n);
        waitFor(() -> totalsCell(robot, analysis.matrixTab(), plansColumn).equals(plansAfter));
        assertThat(robot.lookup(".heat-cell").queryAll().stream().map(Node::getStyle)).as("shaded cells")
                .anySatisfy(style -> assertThat(style).contains("-fx-background-color: #").doesNotContain("#FFFFFF")
                        .doesNotContain(Heat.hex(Heat.TOTAL)));

        // "Kopiera tabell": tab-separated, header first, the totals last
        String[] tsv = TableCopy.tsv(analysis.matrixTab().table()).split("\n");
        assertThat(tsv).hasSize(23);
        assertThat(tsv[0]).startsWith("Län\t").contains("\tHandlingsplaner\t").endsWith("\tTotalt");
        assertThat(tsv[22].split("\t")[0]).isEqualTo("Totalt");
        assertThat(tsv[22].split("\t")[plansColumn + 1]).isEqualTo(plansAfter);

        // a click on a column header sorts the counties by it; the totals stay last
        robot.clickOn("#heatTotal").clickOn("#heatTotal");
        WaitForAsyncUtils.waitForFxEvents();
        List<MatrixModel.Row> rows = analysis.matrixTab().table().getItems();
        assertThat(rows.get(rows.size() - 1).isTotal()).isTrue();
        assertThat(rows.subList(0, rows.size() - 1)).extracting(MatrixModel.Row::total)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows.get(0).total()).isPositive();

        // Ctrl+Z in the analysis window undoes the whole auto-coding; the counts return
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> totalsCell(robot, analysis.matrixTab(), plansColumn).equals(Integer.toString(plansBefore)));
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains(CodedDemo.codings("sv", reference));
        // and redo brings the same codings back
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> totalsCell(robot, analysis.matrixTab(), plansColumn).equals(plansAfter));
        // Ctrl+Z in the main window works the same
        robot.interact(stage::toFront);
        robot.clickOn("#navigator");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#status").queryLabeled().getText()
                .contains(CodedDemo.codings("sv", reference)));
        waitFor(() -> totalsCell(robot, analysis.matrixTab(), plansColumn).equals(Integer.toString(plansBefore)));
    }

    /** The hits the result tree holds, in order. */
    private static List<SearchService.Hit> hitLines(TreeTableView<SearchTab.Line> results) {
        return results.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(i -> i.getValue().hit()).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLongResultShowsItsFirstPageWithTheTotalAndTheNextWhenScrolledToTheEnd(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        robot.clickOn("#navigator");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitFor(() -> window.analysisWindow() != null && window.analysisWindow().isShowing());
        AnalysisWindow analysis = window.analysisWindow();
        robot.interact(() -> analysis.search().setPageSize(40));
        robot.clickOn("#searchQuery").write("suicid*").type(KeyCode.ENTER);
        TreeTableView<SearchTab.Line> results = robot.lookup("#searchResults").queryAs(TreeTableView.class);
        waitFor(() -> results.getRoot() != null && !results.getRoot().getChildren().isEmpty());

        // the first page, and the total once the background count is in
        waitFor(() -> robot.lookup("#searchSummary").queryLabeled().getText().equals("309 träffar i 21 dokument, 21 län"));
        assertThat(hitLines(results)).hasSize(40).isEqualTo(analysis.search().resultProperty().get().hits());
        javafx.scene.control.TreeItem<SearchTab.Line> firstGroup = results.getRoot().getChildren().get(0);
        javafx.scene.control.TreeItem<SearchTab.Line> last = results.getRoot().getChildren()
                .get(results.getRoot().getChildren().size() - 1);
        assertThat(last.getValue().more()).startsWith("Fler träffar");
        assertThat(results.getRoot().getChildren()).as("the counted totals head every county")
                .allSatisfy(g -> assertThat(String.valueOf(g.getValue().heading())).doesNotContain("minst"));

        // scrolling down (a page at a time from the keyboard) reads the next page when the end comes into view
        robot.clickOn(robot.lookup("#searchResults .tree-table-row-cell").nth(1).queryAs(Node.class));
        for (int i = 0; i < 60 && hitLines(results).size() == 40; i++) {
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor(() -> hitLines(results).size() == 80);
        assertThat(results.getRoot().getChildren().get(0)).as("the page is added to the tree, not built anew")
                .isSameAs(firstGroup);
        assertThat(hitLines(results)).isEqualTo(analysis.search().resultProperty().get().hits());
        assertThat(hitLines(results).get(40)).isNotEqualTo(hitLines(results).get(39));

        // Enter on the last line reads the next page too
        robot.interact(() -> {
            javafx.scene.control.TreeItem<SearchTab.Line> more = results.getRoot().getChildren()
                    .get(results.getRoot().getChildren().size() - 1);
            results.getSelectionModel().select(more);
            results.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(() -> hitLines(results).size() >= 120);
        assertThat(hitLines(results).subList(0, 120)).isEqualTo(analysis.search().resultProperty().get().hits()
                .subList(0, 120));
    }

    /** The hit words the result list shows (its highlighted column), lower case. */
    private static java.util.Set<String> shownMatches(FxRobot robot) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Node n : robot.lookup(".kwic-match").queryAll()) {
            String t = ((Labeled) n).getText();
            if (t != null && !t.isBlank()) {
                out.add(t.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    @Test
    void allInflectionsAndCompoundPartsShowMoreHitsOnTheWordsAsWritten(FxRobot robot) throws Exception {
        AnalysisWindow analysis = openSearch(robot, "handlingsplan");
        SearchModel search = analysis.search();
        waitFor(() -> search.resultProperty().get().total().isPresent());
        int exact = search.resultProperty().get().total().getAsInt();
        assertThat(shownMatches(robot)).containsExactly("handlingsplan");

        robot.clickOn("#searchStem");
        waitFor(() -> search.resultProperty().get() != null && search.resultProperty().get().total().isPresent()
                && search.resultProperty().get().total().getAsInt() > exact);
        assertThat(shownMatches(robot)).contains("handlingsplan", "handlingsplanen")
                .allSatisfy(w -> assertThat(w).startsWith("handlingsplan"));
        assertThat(search.resultProperty().get().hits()).allSatisfy(h ->
                assertThat(h.snippet().match().toLowerCase(java.util.Locale.ROOT)).startsWith("handlingsplan"));

        robot.clickOn("#searchStem");
        robot.doubleClickOn("#searchQuery").eraseText(20).write("plan").type(KeyCode.ENTER);
        waitFor(() -> search.resultProperty().get() != null && search.resultProperty().get().query().equals("plan")
                && search.resultProperty().get().total().isPresent());
        int plain = search.resultProperty().get().total().getAsInt();
        robot.clickOn("#searchCompounds");
        waitFor(() -> search.resultProperty().get().total().isPresent()
                && search.resultProperty().get().total().getAsInt() > plain);
        java.util.Set<String> words = new java.util.TreeSet<>();
        search.resultProperty().get().hits().forEach(h -> words.add(h.snippet().match().toLowerCase(
                java.util.Locale.ROOT)));
        assertThat(words).contains("plan", "handlingsplan").noneMatch(w -> w.startsWith("planer"));
        assertThat(search.forms()).isEqualTo(new se.dialogcoder.model.WordForms(false, true));
    }

    @Test
    void doubleClickingAHitOpensItsDocumentWithTheHitSelected(FxRobot robot) throws Exception {
        AnalysisWindow analysis = openSearch(robot, "efterlevandestöd");
        SearchService.Hit first = analysis.search().resultProperty().get().hits().get(0);
        Node row = robot.lookup("#searchResults .tree-table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TreeTableRow<?> r && r.getItem() instanceof SearchTab.Line l
                        && l.hit() == first).findFirst().orElseThrow();
        robot.doubleClickOn(row);
        InlineCssTextArea text = robot.lookup("#documentText").queryAs(InlineCssTextArea.class);
        waitFor(() -> window.viewModel().selectedDocumentProperty().get() != null
                && window.viewModel().selectedDocumentProperty().get().id() == first.documentId()
                && text.getSelectedText().equalsIgnoreCase("efterlevandestöd"));
        assertThat(robot.lookup("#documentTitle").queryLabeled().getText()).isEqualTo(first.document());
        assertThat(window.viewModel().selectionProperty().get()).containsExactly(first.start(), first.end());
    }

    @Test
    void theCountyMapColoursTheThemeAndSavesAsPng(FxRobot robot) throws Exception {
        AnalysisWindow analysis = openSearch(robot, "MHFA");
        robot.interact(() -> {
            Code suicid = window.viewModel().codes().stream().filter(c -> c.name().equals("Suicidprevention"))
                    .findFirst().orElseThrow();
            analysis.search().codeProperty().set(suicid);
            analysis.search().preview();
        });
        waitFor(() -> analysis.search().previewProperty().get() != null);
        robot.interact(analysis.search()::apply);
        waitFor(() -> analysis.search().appliedProperty().get() > 0);
        robot.interact(() -> analysis.show(AnalysisWindow.Page.CHARTS));
        ChartsTabCheck.chooseTheme(robot, "Suicidprevention");
        CountyTileMap map = analysis.chartsTab().map();
        waitFor(() -> map.tile(County.NORRBOTTEN).getStyle().contains("background-color"));
        County with = analysis.search().resultProperty().get().hits().stream().map(SearchService.Hit::county)
                .findFirst().orElseThrow();
        waitFor(() -> !map.tile(with).getStyle().contains("#FFFFFF"));
        assertThat(map.tile(with).getChildrenUnmodifiable()).anySatisfy(n ->
                assertThat(((Labeled) n).getText()).isEqualTo(with.shortName()));
        assertThat(robot.lookup("#mapLegend").tryQuery()).isPresent();
        // north above south, as on a map
        assertThat(map.tile(County.NORRBOTTEN).getLayoutY()).isLessThan(map.tile(County.SKANE).getLayoutY());

        Path png = home.resolve("karta.png");
        robot.interact(() -> {
            try {
                PngExport.write(PngExport.snapshot(analysis.chartsTab().picture(), 2), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(image.getHeight()).isGreaterThan(600);
    }

    @Test
    void theAnalysisMenuOpensTheWindowAndALanguageSwitchReopensItInTheNewLanguage(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger 2025 (demo)"));
        robot.clickOn("Analys").clickOn("Län × tema…");
        waitFor(() -> window.analysisWindow() != null && window.analysisWindow().isShowing());
        assertThat(window.analysisWindow().page()).isEqualTo(AnalysisWindow.Page.MATRIX);
        assertThat(window.analysisWindow().stage().getTitle()).isEqualTo("Analys – DialogCoder");
        AnalysisWindow before = window.analysisWindow();
        robot.interact(() -> window.rebuildInLanguage("en"));
        waitFor(() -> window.analysisWindow() != before && window.analysisWindow().isShowing());
        assertThat(before.isShowing()).isFalse();
        assertThat(window.analysisWindow().stage().getTitle()).isEqualTo("Analysis – DialogCoder");
        assertThat(window.analysisWindow().page()).isEqualTo(AnalysisWindow.Page.MATRIX);
        waitFor(() -> window.analysisWindow().matrix().matrixProperty().get() != null);
        assertThat(robot.lookup("Total").tryQuery()).isPresent();
    }

    /** Picks a theme in the charts tab's chooser. */
    private static final class ChartsTabCheck {
        static void chooseTheme(FxRobot robot, String name) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<AnalysisControls.Choice<Code>> box =
                    robot.lookup("#chartTheme").queryAs(javafx.scene.control.ComboBox.class);
            robot.interact(() -> box.getItems().stream().filter(c -> c.value().name().equals(name)).findFirst()
                    .ifPresent(box::setValue));
        }
    }
}
