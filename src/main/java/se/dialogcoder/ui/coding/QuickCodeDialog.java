package se.dialogcoder.ui.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.Dialogs;

/** Ctrl+K: type a few letters of a code (Swedish or English name, or its parent's), Enter picks it. */
public final class QuickCodeDialog {
    private QuickCodeDialog() {
    }

    public static Optional<Code> ask(Window owner, ResourceBundle m, String title, List<Code> codes) {
        Map<Long, Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        FilteredList<Code> shown = new FilteredList<>(FXCollections.observableArrayList(codes));
        TextField search = new TextField();
        search.setId("quickCodeSearch");
        search.setPromptText(m.getString("quick.prompt"));
        ListView<Code> list = new ListView<>(shown);
        list.setId("quickCodeList");
        list.setPrefSize(420, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Code c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : path(c, byId));
                setGraphic(empty || c == null ? null : new Rectangle(10, 10, javafx.scene.paint.Color.web(c.color())));
            }
        });
        search.textProperty().addListener((obs, o, text) -> {
            String f = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(c -> f.isEmpty() || path(c, byId).toLowerCase(Locale.ROOT).contains(f)
                    || (c.nameEn() != null && c.nameEn().toLowerCase(Locale.ROOT).contains(f)));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        Dialog<Code> dialog = Dialogs.dialog(owner, m, title, title);
        dialog.getDialogPane().setContent(new VBox(6, search, list));
        ButtonType ok = Dialogs.ok(m);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel(m));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectNext();
                e.consume();
            }
        });
        // Enter confirms the highlighted code, from the search field as from the list
        Runnable confirm = () -> ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok)).fire();
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                confirm.run();
            }
        });
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                confirm.run();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok)).fire();
            }
        });
        dialog.setResultConverter(b -> b == ok ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }

    public static String path(Code c, Map<Long, Code> byId) {
        return se.dialogcoder.model.CodePath.of(c, byId);
    }
}
