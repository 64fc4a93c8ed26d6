package se.dialogcoder.ui;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/**
 * The window in the language chosen under Visa → Språk, all of it: the messages of the import, of opening a project
 * and of a REFI-QDA import, and every dialog's buttons; the import report, the personal-data review and the
 * shortcuts laid out so that they can be read on a laptop screen.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageTest {
    @TempDir
    Path home;
    private Stage stage;
    private MainWindow window;
    private Services services;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"A\", \"hintDismissed\": true}");
        services = new Services(new AppPaths(home));
        window = MainWindow.of(services, stage);
        window.show();
        window.openStartProject();
    }

    // ---- the import ---------------------------------------------------------------------------------------------

    /** Files of every kind of failure, one skipped in the review and one already in the project. */
    private List<Path> troubleFiles() throws Exception {
        Path in = Files.createDirectories(home.resolve("in"));
        Path pii = Files.writeString(in.resolve("2025_kalmar_extra.txt"), "Region Kalmar län\n\nSamordnare: Ring "
                + "070-123 45 67.\n\nModerator: Tack.\n");
        Path duplicate = Files.copy(Path.of("samples/2025_skane_lansdialog.txt"),
                in.resolve("2025_skane_lansdialog_en_kopia_med_ett_mycket_langt_filnamn_som_inte_far_plats.txt"));
        Path empty = Files.writeString(in.resolve("tom.txt"), "");
        Path picture = Files.write(in.resolve("bild.png"), new byte[] {1, 2, 3});
        Path broken = Files.writeString(in.resolve("trasig.docx"), "inte ett Word-dokument");
        return List.of(pii, duplicate, empty, picture, broken);
    }

    @Test
    void theImportReportIsInSwedishAndASkippedFileIsSkippedNotCancelled(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        List<Path> files = troubleFiles();
        robot.interact(() -> window.importPaths(files));
        DialogPane review = dialog(robot, "#piiFindings");
        assertThat(buttons(review)).containsExactlyInAnyOrder("Importera", "Hoppa över filen");
        fire(robot, review, ButtonBar.ButtonData.CANCEL_CLOSE); // "Hoppa över filen"
        DialogPane report = dialog(robot, "#importReport");
        List<String> lines = reportLines(robot, "#importReport");
        assertThat(report.getHeaderText()).isEqualTo("0 importerade, 1 fanns redan, 3 misslyckades, 1 hoppades över.");
        assertThat(lines).containsExactly(
                "↷ 2025_kalmar_extra.txt: hoppades över vid granskningen av personuppgifterna; inget av filen sparades.",
                "= 2025_skane_lansdialog_en_kopia_med_ett_mycket_langt_filnamn_som_inte_far_plats.txt: samma text "
                        + "finns redan i projektet som ”2025_skane_lansdialog”; importeras inte igen.",
                "✗ tom.txt: filen är tom",
                "✗ bild.png: filtypen .png stöds inte (stöds: .txt .md .docx .pdf .vtt .srt)",
                "✗ trasig.docx: inget giltigt Word-dokument (skadat eller inte .docx)");
        assertThat(String.join("\n", lines)).doesNotContain("avbruten", "the file", "not ", "unsupported");
        assertThat(buttons(report)).containsExactly("OK");
        assertReadable(robot, "#importReport", true);
        robot.clickOn("#importReportCopy");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).as("Kopiera allt").isEqualTo(String.join(System.lineSeparator(), lines));
        fire(robot, report, ButtonBar.ButtonData.OK_DONE);
    }

    @Test
    void inEnglishTheSameReportIsInEnglish(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        robot.interact(() -> window.rebuildInLanguage("en"));
        List<Path> files = troubleFiles();
        robot.interact(() -> window.importPaths(files));
        DialogPane review = dialog(robot, "#piiFindings");
        assertThat(buttons(review)).containsExactlyInAnyOrder("Import", "Skip the file");
        fire(robot, review, ButtonBar.ButtonData.CANCEL_CLOSE);
        DialogPane report = dialog(robot, "#importReport");
        assertThat(report.getHeaderText()).isEqualTo("0 imported, 1 already present, 3 failed, 1 skipped.");
        assertThat(reportLines(robot, "#importReport")).containsExactly(
                "↷ 2025_kalmar_extra.txt: skipped in the review of its personal data; nothing of it was stored.",
                "= 2025_skane_lansdialog_en_kopia_med_ett_mycket_langt_filnamn_som_inte_far_plats.txt: the same "
                        + "text is already in the project as \"2025_skane_lansdialog\"; not imported again.",
                "✗ tom.txt: the file is empty",
                "✗ bild.png: unsupported file type .png (supported: .txt .md .docx .pdf .vtt .srt)",
                "✗ trasig.docx: not a valid Word document (corrupt or not .docx)");
        fire(robot, report, ButtonBar.ButtonData.OK_DONE);
    }

    /** The review of personal data fits a 1366×768 laptop: no wider than the screen, resizable, columns inside. */
    @Test
    void thePersonalDataReviewFitsTheScreen(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        StringBuilder text = new StringBuilder("Region Kalmar län\n\n");
        for (int i = 0; i < 12; i++) {
            text.append("Samordnare: Ring den långa vägen via växeln på nummer 070-123 45 ").append(10 + i)
                    .append(" eller skriv till en.person").append(i).append("@regionkalmar.se om ärendet i arbets")
                    .append("gruppen för suicidprevention och efterlevandestöd.\n\n");
        }
        Path file = Files.writeString(home.resolve("2025_kalmar_uppfoljning_av_lansdialogen_med_kommunerna_och_"
                + "regionen_och_de_ideella_organisationerna_version_slutlig_efter_granskning.txt"), text);
        robot.interact(() -> window.importPaths(List.of(file)));
        DialogPane review = dialog(robot, "#piiFindings");
        Window w = review.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(w.getWidth()).as("width").isLessThanOrEqualTo(Math.min(screen.getWidth(), 1366));
        assertThat(w.getHeight()).as("height").isLessThanOrEqualTo(Math.min(screen.getHeight(), 768));
        assertThat(((javafx.stage.Stage) w).isResizable()).isTrue();
        TableView<?> table = (TableView<?>) review.lookup("#piiFindings");
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("the columns share the table's width").isLessThanOrEqualTo(table.getWidth());
        assertThat(horizontalBarShown(table)).as("no sideways scrolling").isFalse();
        List<javafx.scene.control.TableCell<?, ?>> contexts = table.lookupAll(".table-cell").stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == table.getColumns().get(2) && c.getItem() != null).toList();
        assertThat(contexts).as("context cells").isNotEmpty().allSatisfy(c -> {
            javafx.scene.text.Text shown = c.getGraphic() instanceof javafx.scene.text.Text t ? t
                    : (javafx.scene.text.Text) c.lookup(".text");
            assertThat(shown.getText()).as("the context is shown in full (it wraps)").isEqualTo(c.getItem());
        });
        Label lead = review.lookupAll(".label").stream().filter(n -> n instanceof Label l
                && l.getText().startsWith(file.getFileName().toString())).map(n -> (Label) n).findFirst().orElseThrow();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) lead.lookup(".text");
        assertThat(shown.getText()).as("the explanation is shown in full, not cut off").isEqualTo(lead.getText());
        assertThat(lead.getHeight()).as("the explanation wraps onto more lines").isGreaterThan(lead.getFont()
                .getSize() * 2);
        fire(robot, review, ButtonBar.ButtonData.CANCEL_CLOSE);
        DialogPane report = dialog(robot, "#importReport");
        fire(robot, report, ButtonBar.ButtonData.OK_DONE);
    }

    // ---- opening a project --------------------------------------------------------------------------------------

    @Test
    void projectOpenErrorsAreInSwedish(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        Path text = Files.writeString(home.resolve("anteckningar.dcproj"), "inte ett projekt");
        robot.interact(() -> window.openProject(text));
        DialogPane error = anyDialog(robot);
        assertThat(error.getHeaderText()).isEqualTo("Något gick fel");
        assertThat(error.getContentText())
                .isEqualTo("anteckningar.dcproj: det här är inget DialogCoder-projekt (ingen SQLite-databas).");
        assertThat(buttons(error)).containsExactly("OK");
        fire(robot, error, ButtonBar.ButtonData.OK_DONE);

        Path newer = home.resolve("framtid.dcproj");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + 0x44436F64);
            s.execute("PRAGMA user_version = 99");
            s.execute("CREATE TABLE x (y)");
        }
        robot.interact(() -> window.openProject(newer));
        error = anyDialog(robot);
        assertThat(error.getContentText()).startsWith("framtid.dcproj: projektet sparades av en nyare DialogCoder "
                + "(filformat version 99;").endsWith("Filen ändrades inte.");
        fire(robot, error, ButtonBar.ButtonData.OK_DONE);
    }

    @Test
    void aLockedProjectIsExplainedInSwedishWithSwedishButtons(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        Path copy = home.resolve("låst.dcproj");
        ProjectStores.create(copy, "Låst", "2025").close();
        try (Project elsewhere = ProjectStores.open(copy)) {
            robot.interact(() -> window.openProject(copy));
            DialogPane ask = anyDialog(robot);
            assertThat(ask.getHeaderText()).isEqualTo("Projektet kan inte öppnas för ändring");
            assertThat(ask.getContentText()).startsWith("låst.dcproj är öppet i ett annat DialogCoder-fönster (process ")
                    .contains(" sedan ").endsWith("Öppna det skrivskyddat, eller stäng det där först.");
            assertThat(buttons(ask)).containsExactly("Öppna skrivskyddat", "Avbryt");
            fire(robot, ask, ButtonBar.ButtonData.CANCEL_CLOSE);
        }
    }

    // ---- REFI-QDA ---------------------------------------------------------------------------------------------

    @Test
    void refiQdaImportErrorsAndWarningsAreInSwedish(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        Path notZip = Files.writeString(home.resolve("nvivo.qdpx"), "inget arkiv");
        robot.interact(() -> window.refi().importQdpx(notZip, home.resolve("nytt.dcproj")));
        DialogPane error = anyDialog(robot);
        assertThat(error.getContentText())
                .isEqualTo("nvivo.qdpx: inget zip-arkiv, alltså inget REFI-QDA-projekt (.qdpx).");
        fire(robot, error, ButtonBar.ButtonData.OK_DONE);

        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"Från NVivo\" origin=\"NVivo 14\"><CodeBook><Codes><Code "
                + "guid=\"c0de0000-0000-4000-8000-000000000001\" name=\"Kunskap\" isCodable=\"true\"/></Codes>"
                + "</CodeBook><Sources><TextSource guid=\"50c00000-0000-4000-8000-000000000001\" name=\"Intervju\">"
                + "<PlainTextContent>Intervju om suicidprevention i Västerbottens län.</PlainTextContent>"
                + "</TextSource></Sources><Sets><Set guid=\"5e700000-0000-4000-8000-000000000001\" "
                + "name=\"Norrland\"/></Sets><Graphs><Graph guid=\"9a700000-0000-4000-8000-000000000001\" "
                + "name=\"Karta\"/></Graphs></Project>";
        Path qdpx = new se.dialogcoder.exchange.ZipBuilder().add("project.qde", qde).write(home.resolve("ok.qdpx"));
        robot.interact(() -> window.refi().importQdpx(qdpx, home.resolve("från-nvivo.dcproj")));
        DialogPane report = dialog(robot, "#refiReport");
        assertThat(reportLines(robot, "#refiReport")).containsExactly(
                "✗ Grafen ”Karta”: grafer stöds inte",
                "• Källan ”Intervju”: Västerbottens län hittades i namnet eller texten (kontrollera det)",
                "• Setet ”Norrland”: importerades som dokumentsetet ”Norrland (2)” (0 dokument)");
        assertReadable(robot, "#refiReport", false);
        fire(robot, report, ButtonBar.ButtonData.OK_DONE);
    }

    // ---- the shortcuts ------------------------------------------------------------------------------------------

    @Test
    void theShortcutsLineUpInTwoColumnsInBothLanguages(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        for (String language : List.of("sv", "en")) {
            robot.interact(() -> window.rebuildInLanguage(language));
            robot.interact(() -> window.stage().getScene().getRoot().lookupAll(".menu-bar").stream()
                    .map(n -> (javafx.scene.control.MenuBar) n).flatMap(b -> b.getMenus().stream())
                    .flatMap(menu -> menu.getItems().stream())
                    .filter(i -> i.getAccelerator() != null && i.getAccelerator().getName().equals("F1"))
                    .findFirst().orElseThrow().fire());
            DialogPane dialog = dialog(robot, "#shortcuts");
            GridPane grid = (GridPane) dialog.lookup("#shortcuts");
            List<Label> keys = new ArrayList<>();
            List<Label> actions = new ArrayList<>();
            for (Node n : grid.getChildren()) {
                (GridPane.getColumnIndex(n) == 0 ? keys : actions).add((Label) n);
            }
            assertThat(keys).hasSize(actions.size()).hasSizeGreaterThan(20);
            assertThat(keys).allSatisfy(k -> assertThat(k.getText()).doesNotContain("\t"));
            assertThat(actions.stream().map(a -> a.getBoundsInParent().getMinX()).distinct())
                    .as("every action starts at the same x (%s)", language).hasSize(1);
            double widestKey = keys.stream().mapToDouble(k -> k.getBoundsInParent().getMaxX()).max().orElseThrow();
            assertThat(actions.get(0).getBoundsInParent().getMinX()).as("actions right of the widest key")
                    .isGreaterThan(widestKey);
            assertThat(keys.stream().filter(k -> k.getText().equals("Ctrl+K")).count()).isEqualTo(1);
            fire(robot, dialog, ButtonBar.ButtonData.OK_DONE);
        }
    }

    // ---- the buttons of every dialog ----------------------------------------------------------------------------

    @Test
    void dialogButtonsFollowTheChosenLanguageNotTheComputer(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        for (String[] language : new String[][] {{"sv", "Avbryt", "Bekräfta"}, {"en", "Cancel", "Confirm"}}) {
            robot.interact(() -> window.rebuildInLanguage(language[0]));
            robot.interact(() -> Platform.runLater(() -> window.codebookActions().delete(window.viewModel().codes().get(0))));
            DialogPane confirm = anyDialog(robot);
            assertThat(buttons(confirm)).containsExactlyInAnyOrder("OK", language[1]);
            assertThat(((Stage) confirm.getScene().getWindow()).getTitle()).isEqualTo(language[2]);
            fire(robot, confirm, ButtonBar.ButtonData.CANCEL_CLOSE);
            robot.interact(() -> Platform.runLater(window::askCoder));
            DialogPane coder = anyDialog(robot);
            assertThat(buttons(coder)).containsExactlyInAnyOrder("OK", language[1]);
            fire(robot, coder, ButtonBar.ButtonData.CANCEL_CLOSE);
        }
        assertThat(window.viewModel().codes()).as("cancelled: nothing deleted").hasSizeGreaterThan(10);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialog holding the node with this id, once it shows. */
    private DialogPane dialog(FxRobot robot, String id) throws Exception {
        waitFor(() -> robot.lookup(id).tryQuery().isPresent());
        Node n = robot.lookup(id).query();
        waitFor(() -> n.getScene().getWindow().isShowing());
        return (DialogPane) n.getScene().getRoot();
    }

    /** The one dialog showing. */
    private DialogPane anyDialog(FxRobot robot) throws Exception {
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()
                && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        return (DialogPane) Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow()
                .getScene().getRoot();
    }

    private static List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream().map(ButtonType::getText).toList();
    }

    private static void fire(FxRobot robot, DialogPane pane, ButtonBar.ButtonData which) throws Exception {
        Window w = pane.getScene().getWindow();
        robot.interact(() -> {
            for (ButtonType t : pane.getButtonTypes()) {
                if (t.getButtonData() == which) {
                    ((Button) pane.lookupButton(t)).fire();
                    return;
                }
            }
            throw new IllegalStateException("no button " + which);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !w.isShowing());
    }

    @SuppressWarnings("unchecked")
    private static List<String> reportLines(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(ListView.class).getItems());
    }

    /** Long lines wrap at the list's width (every line fully readable), nothing to scroll sideways. */
    private static void assertReadable(FxRobot robot, String id, boolean hasLongLine) {
        ListView<?> list = robot.lookup(id).queryAs(ListView.class);
        assertThat(horizontalBarShown(list)).as("no sideways scrolling").isFalse();
        List<ListCell<?>> cells = list.lookupAll(".list-cell").stream().<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> c.getText() != null).toList();
        assertThat(cells).isNotEmpty().allSatisfy(c -> {
            assertThat(c.isWrapText()).isTrue();
            assertThat(c.getWidth()).isLessThanOrEqualTo(list.getWidth());
        });
        if (hasLongLine) {
            assertThat(cells.stream().mapToDouble(ListCell::getHeight).max().orElseThrow())
                    .as("a long line takes two lines").isGreaterThan(cells.get(0).getFont().getSize() * 2.5);
        }
    }

    private static boolean horizontalBarShown(Node control) {
        return control.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
    }
}
