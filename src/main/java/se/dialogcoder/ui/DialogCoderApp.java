package se.dialogcoder.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import se.dialogcoder.app.Services;

/** Starts the JavaFX toolkit and opens the main window (without an {@code Application} subclass). */
public final class DialogCoderApp {
    private DialogCoderApp() {
    }

    public static void launch(Services services) {
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            MainWindow window = new MainWindow(services, new Stage());
            window.show();
            window.openStartProject();
        });
    }
}
