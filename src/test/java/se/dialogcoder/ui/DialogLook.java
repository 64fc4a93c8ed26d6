package se.dialogcoder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
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
import se.dialogcoder.ui.privacy.PiiReviewTest;

/**
 * Not a test but a look: opens the dialogs that must fit a 1366×768 laptop (the personal-data review, the import
 * report, the shortcuts, a confirmation in English) in the real window and saves each as a PNG under
 * {@code look.dir} (default /tmp/dialogcoder-look), the dialog's scene and the whole screen, for a person to look
 * at. Run under Xvfb with the real toolkit:
 * {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -o test -Dtest=DialogLook -Dlook=true
 * -Dglass.platform=gtk -Dtestfx.headless=false}
 */
@EnabledIfSystemProperty(named = "look", matches = "true")
@ExtendWith(ApplicationExtension.class)
class DialogLook {
    @TempDir
    Path home;
    private Stage stage;
    private MainWindow window;
    private final Path out = Path.of(System.getProperty("look.dir", "/tmp/dialogcoder-look"));

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(home);
        String language = System.getProperty("look.language", "sv");
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"A\", \"hintDismissed\": true, "
                + "\"windowWidth\": 1366, \"windowHeight\": 740, \"language\": \"" + language + "\"}");
        window = MainWindow.of(new Services(new AppPaths(home)), stage);
        window.show();
        window.openStartProject();
    }

    @Test
    void importWithReviewAndReport(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        Path in = Files.createDirectories(home.resolve("omgång 2025 med ett långt mappnamn"));
        String pnr = PiiReviewTest.personnummer();
        Path pii = Files.writeString(in.resolve("2025_kalmar_uppfoljning_av_lansdialogen_med_kommunerna_och_regionen"
                + "_version_slutlig.txt"), "Uppföljning av länsdialogen 2025 – Region Kalmar län\n\n"
                + "Moderator: Vem kan vi kontakta om efterlevandestödet och den fortsatta samverkan med kommunerna?\n\n"
                + "Samordnare: Ring Anna Svensson på 070-123 45 67 eller mejla anna.svensson@regionkalmar.se, hon "
                + "har ansvaret för samordningen av stödet till efterlevande i hela länet sedan i våras.\n\n"
                + "Moderator: Och ärendet om den efterlevande med personnummer " + pnr + " som togs upp förra "
                + "gången i arbetsgruppen för suicidprevention?\n\n"
                + "Samordnare: Det har Anna Svensson tagit vidare till regionens chefsläkare.\n");
        Path skipped = Files.writeString(in.resolve("2025_kalmar_extra_med_personuppgifter.txt"),
                "Region Kalmar län\n\nSamordnare: Ring 070-765 43 21.\n\nModerator: Tack.\n");
        Path duplicate = Files.copy(Path.of("samples/2025_skane_lansdialog.txt"),
                in.resolve("2025_skane_lansdialog_kopia_fran_forra_omgangen_som_redan_finns.txt"));
        Path broken = Files.writeString(in.resolve("anteckningar_fran_natverksmotet_om_psykisk_halsa_trasig.docx"),
                "inte ett Word-dokument");
        Path old = Files.write(in.resolve("gammalt_protokoll_fran_ar_2019_sparat_i_word_97.doc"), new byte[] {1, 2});
        Path empty = Files.writeString(in.resolve("tom_anteckning.txt"), "");
        robot.interact(() -> window.importPaths(List.of(pii, skipped, duplicate, broken, old, empty)));
        Window review = waitForDialog();
        settle();
        shoot(robot, review, "pii-review");
        close(robot, review, ButtonBar.ButtonData.OK_DONE);
        Window second = waitForDialog();
        settle();
        close(robot, second, ButtonBar.ButtonData.CANCEL_CLOSE);
        waitFor(() -> robot.lookup("#importReport").tryQuery().isPresent());
        Window report = robot.lookup("#importReport").query().getScene().getWindow();
        settle();
        shoot(robot, report, "import-report");
        close(robot, report, ButtonBar.ButtonData.OK_DONE);
    }

    @Test
    void shortcuts(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        robot.interact(() -> robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(i -> i.getAccelerator() != null && i.getAccelerator().getName().equals("F1"))
                .findFirst().orElseThrow().fire());
        waitFor(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        Window dialog = robot.lookup("#shortcuts").query().getScene().getWindow();
        settle();
        shoot(robot, dialog, "shortcuts");
        close(robot, dialog, ButtonBar.ButtonData.OK_DONE);
    }

    @Test
    void confirmDeleteCode(FxRobot robot) throws Exception {
        waitFor(() -> stage.getTitle().startsWith("Länsdialoger"));
        robot.interact(() -> Platform.runLater(() -> window.codebookActions().delete(window.viewModel().codes().get(0))));
        Window dialog = waitForDialog();
        settle();
        shoot(robot, dialog, "confirm-delete");
        close(robot, dialog, ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window waitForDialog() throws Exception {
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()
                && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
    }

    private static void close(FxRobot robot, Window dialog, ButtonBar.ButtonData which) throws Exception {
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

    private static void settle() throws Exception {
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialog's scene, the whole screen (ImageMagick's import), and the dialog's bounds on the screen. */
    private void shoot(FxRobot robot, Window dialog, String name) throws Exception {
        Files.createDirectories(out);
        String language = System.getProperty("look.language", "sv");
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = dialog.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png",
                out.resolve(name + "-" + language + ".png").toFile());
        String screen = System.getenv("DISPLAY") == null ? null : out.resolve(name + "-" + language + "-screen.png")
                .toString();
        if (screen != null) {
            new ProcessBuilder("import", "-window", "root", screen).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
        }
        System.out.printf("LOOK %s: dialog at %.0f,%.0f size %.0f×%.0f; screen %s%n", name, dialog.getX(),
                dialog.getY(), dialog.getWidth(), dialog.getHeight(), Screen.getPrimary().getVisualBounds());
    }
}
