package se.dialogcoder.ui;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lines of a report (import, merge, REFI-QDA import) in a dialog: each line wraps at the list's width, so a
 * long message is read in full without scrolling sideways; lines can be selected and copied (Ctrl+C, the context
 * menu), and "Kopiera allt" copies the whole report, e.g. to send it to someone.
 */
public final class ReportList {
    private ReportList() {
    }

    /**
     * The list with its copy button.
     *
     * @param id the list's id (the copy button is {@code id + "Copy"})
     * @param width the width the list asks for (the dialog may be made wider or narrower)
     */
    public static VBox of(String id, List<String> lines, ResourceBundle m, double width) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(lines);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap at the list's width instead of widening it
                getStyleClass().add("report-line");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.setPrefWidth(width);
        int chars = lines.stream().mapToInt(String::length).sum();
        // about one line per 95 characters at this width, 22 px a line; the dialog can be resized
        double lineCount = Math.max(lines.size(), chars / 95.0 + lines.size() / 2.0);
        list.setPrefHeight(Math.min(420, 24 + 22 * lineCount));
        list.setMinHeight(80);
        MenuItem copySelected = new MenuItem(m.getString("report.copySelected"));
        copySelected.setOnAction(e -> copy(list.getSelectionModel().getSelectedItems()));
        MenuItem copyAll = new MenuItem(m.getString("report.copyAll"));
        copyAll.setOnAction(e -> copy(list.getItems()));
        list.setContextMenu(new ContextMenu(copySelected, copyAll));
        list.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copy(list.getSelectionModel().getSelectedItems().isEmpty() ? list.getItems()
                        : list.getSelectionModel().getSelectedItems());
                e.consume();
            }
        });
        Button all = new Button(m.getString("report.copyAll"));
        all.setId(id + "Copy");
        all.setOnAction(e -> copy(list.getItems()));
        HBox buttons = new HBox(all);
        VBox box = new VBox(6, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /** The lines on the clipboard, one per line. */
    static void copy(List<String> lines) {
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join(System.lineSeparator(), lines));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
