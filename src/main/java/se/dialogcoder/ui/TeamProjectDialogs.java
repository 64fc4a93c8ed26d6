package se.dialogcoder.ui;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.ServerLogin;

/**
 * Arkiv → Öppna teamprojekt…: the address of a team project (as agency IT gives it), and the password when the
 * server asks for one that {@code PGPASSWORD} and {@code ~/.pgpass} do not give. The password is never stored.
 */
final class TeamProjectDialogs {
    /** What the address field shows the first time. */
    static final String EXAMPLE = "postgresql://server.myndighet.se:5432/lansdialoger?user=";

    private TeamProjectDialogs() {
    }

    /** Asks for the address, starting from the last team project opened; empty when cancelled. */
    static Optional<Location> askAddress(Window owner, ResourceBundle m, List<String> recent) {
        String last = recent.stream().filter(ServerAddress::isServer).findFirst().orElse(EXAMPLE);
        TextInputDialog d = Dialogs.textInput(owner, m, m.getString("team.open.title"),
                m.getString("team.open.header"), last);
        d.getEditor().setId("teamAddress");
        d.getEditor().setPrefColumnCount(48);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).map(Location::parse);
    }

    /** Shows the password dialog on the FX thread and waits for it (called on the worker); null when cancelled. */
    static char[] askPassword(Window owner, ResourceBundle m, ServerAddress address) {
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(showPassword(owner, m, address));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private static char[] showPassword(Window owner, ResourceBundle m, ServerAddress address) {
        Dialog<ButtonType> d = Dialogs.dialog(owner, m, m.getString("team.password.title"),
                Messages.format(m, "team.password.header", ServerLogin.role(address), address.toString()));
        PasswordField field = new PasswordField();
        field.setId("teamPassword");
        field.setPrefColumnCount(24);
        d.getDialogPane().setContent(field);
        d.getDialogPane().getButtonTypes().setAll(Dialogs.ok(m), Dialogs.cancel(m));
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> r = d.showAndWait();
        String typed = field.getText();
        field.clear();
        return r.isPresent() && Dialogs.isOk(r.get()) ? typed.toCharArray() : null;
    }
}
