package se.dialogcoder.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import se.dialogcoder.app.Services;

/** Starts the JavaFX toolkit and opens the main window (without an {@code Application} subclass). */
public final class DialogCoderApp {
    private DialogCoderApp() {
    }

    /**
     * Opens the window.
     *
     * @throws IllegalStateException with a plain message when there is no display to open it on
     */
    public static void launch(Services services, java.nio.file.Path project) {
        // JavaFX on the class path (how the jar runs) is fine for us; keep its warning out of the user's terminal.
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")
                .setLevel(java.util.logging.Level.SEVERE);
        Platform.setImplicitExit(true);
        try {
            startup(services, project);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("There is no display to open the window on (" + e.getMessage()
                    + "). Run a subcommand instead, e.g. dialogcoder --help.", e);
        }
    }

    private static void startup(Services services, java.nio.file.Path project) {
        Platform.startup(() -> {
            MainWindow window = MainWindow.of(services, new Stage());
            window.show();
            if (project != null) {
                window.openProject(project);
            } else {
                window.openStartProject();
            }
        });
    }
}
