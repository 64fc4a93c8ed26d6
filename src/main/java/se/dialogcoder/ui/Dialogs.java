package se.dialogcoder.ui;

import java.util.Collection;
import java.util.ResourceBundle;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Every dialog of the window is made here, so that the whole dialog is in the language chosen under
 * Visa → Språk: JavaFX's own buttons (OK, Cancel, Yes, No, Close) and its default titles and headers follow the
 * computer's locale, so they are replaced by buttons with the bundle's texts ({@code button.*}) and the titles are
 * set from the bundle. A button keeps its {@link ButtonData}, so {@link TextInputDialog} and {@link ChoiceDialog}
 * still tell OK from Cancel; compare answers with {@link #isOk}, never with {@code ButtonType.OK}.
 */
public final class Dialogs {
    private Dialogs() {
    }

    public static ButtonType ok(ResourceBundle m) {
        return new ButtonType(m.getString("button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(ResourceBundle m) {
        return new ButtonType(m.getString("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    static ButtonType yes(ResourceBundle m) {
        return new ButtonType(m.getString("button.yes"), ButtonData.YES);
    }

    static ButtonType no(ResourceBundle m) {
        return new ButtonType(m.getString("button.no"), ButtonData.NO);
    }

    static ButtonType close(ResourceBundle m) {
        return new ButtonType(m.getString("button.close"), ButtonData.CANCEL_CLOSE);
    }

    /** Whether the answer is the OK button (of this helper or JavaFX's). */
    public static boolean isOk(ButtonType answer) {
        return answer != null && answer.getButtonData() == ButtonData.OK_DONE;
    }

    /**
     * An alert: information, warning and error with OK; confirmation with OK and Cancel. The title is the kind of
     * alert in the bundle's language; {@code header} and {@code text} may be null.
     */
    public static Alert alert(Window owner, ResourceBundle m, Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type);
        a.setTitle(m.getString("dialog.title." + type.name().toLowerCase(java.util.Locale.ROOT)));
        a.setHeaderText(header);
        a.setContentText(text);
        a.getButtonTypes().setAll(type == Alert.AlertType.CONFIRMATION ? new ButtonType[] {ok(m), cancel(m)}
                : new ButtonType[] {ok(m)});
        prepare(a, owner);
        return a;
    }

    /** A question with one line to answer, OK and Cancel. */
    public static TextInputDialog textInput(Window owner, ResourceBundle m, String title, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.setTitle(title == null ? m.getString("app.title") : title);
        d.setHeaderText(header);
        localise(d, m);
        prepare(d, owner);
        return d;
    }

    /** A choice among a few items, OK and Cancel. */
    public static <T> ChoiceDialog<T> choice(Window owner, ResourceBundle m, String title, String header, T initial,
                                      Collection<T> choices) {
        ChoiceDialog<T> d = new ChoiceDialog<>(initial, choices);
        d.setTitle(title == null ? m.getString("app.title") : title);
        d.setHeaderText(header);
        localise(d, m);
        prepare(d, owner);
        return d;
    }

    /** An empty dialog with a title and a header; the caller adds content and buttons ({@link #ok}, …). */
    public static <R> Dialog<R> dialog(Window owner, ResourceBundle m, String title, String header) {
        Dialog<R> d = new Dialog<>();
        d.setTitle(title == null ? m.getString("app.title") : title);
        d.setHeaderText(header);
        prepare(d, owner);
        return d;
    }

    /** Replaces JavaFX's standard buttons of a dialog by the bundle's, in the same places. */
    static void localise(Dialog<?> d, ResourceBundle m) {
        var types = d.getDialogPane().getButtonTypes();
        for (int i = 0; i < types.size(); i++) {
            ButtonType t = types.get(i);
            ButtonType mine = t == ButtonType.OK ? ok(m) : t == ButtonType.CANCEL ? cancel(m)
                    : t == ButtonType.YES ? yes(m) : t == ButtonType.NO ? no(m) : t == ButtonType.CLOSE ? close(m)
                    : null;
            if (mine != null) {
                types.set(i, mine);
            }
        }
    }

    /**
     * The largest size a dialog may take on the screen of {@code owner}: its visual bounds (without task bar) less
     * a margin, so the dialog and its buttons stay on a 1366×768 laptop screen.
     */
    public static Rectangle2D room(Window owner) {
        Screen screen = Screen.getPrimary();
        if (owner != null) {
            var found = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                    Math.max(1, owner.getHeight()));
            if (!found.isEmpty()) {
                screen = found.get(0);
            }
        }
        Rectangle2D b = screen.getVisualBounds();
        return new Rectangle2D(b.getMinX(), b.getMinY(), Math.max(320, b.getWidth() - 40),
                Math.max(240, b.getHeight() - 40));
    }

    /** Owner, the window's style sheet, resizable, and never larger than the screen. */
    private static void prepare(Dialog<?> d, Window owner) {
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setResizable(true);
        DialogPane pane = d.getDialogPane();
        pane.getStylesheets().add(Dialogs.class.getResource("app.css").toExternalForm());
        Rectangle2D room = room(owner);
        pane.setMaxWidth(room.getWidth());
        pane.setMaxHeight(room.getHeight());
    }
}
