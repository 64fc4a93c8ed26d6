package se.dialogcoder.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * "Kopiera tabell": a table as tab-separated text on the clipboard (pastes into Excel and LibreOffice as cells).
 * A column may carry a formatter under {@link #FORMAT} in its properties; otherwise its cell value's text is used.
 */
final class TableCopy {
    /** Key of a column property holding a {@code Function<Object, String>} that formats its cells for copying. */
    static final String FORMAT = "dialogcoder.copyFormat";

    private TableCopy() {
    }

    /** The table as lines of tab-separated cells, header first, rows in the order shown. */
    static <S> String tsv(TableView<S> table) {
        List<TableColumn<S, ?>> columns = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            columns.add(c);
        }
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (TableColumn<S, ?> c : columns) {
            header.add(header(c));
        }
        line(sb, header);
        for (int r = 0; r < table.getItems().size(); r++) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<S, ?> c : columns) {
                Object value = c.getCellData(r);
                @SuppressWarnings("unchecked")
                Function<Object, String> f = (Function<Object, String>) c.getProperties().get(FORMAT);
                cells.add(f != null ? f.apply(value) : value == null ? "" : value.toString());
            }
            line(sb, cells);
        }
        return sb.toString();
    }

    private static String header(TableColumn<?, ?> c) {
        if (c.getText() != null && !c.getText().isEmpty()) {
            return c.getText();
        }
        return c.getGraphic() instanceof Label l ? l.getText() : "";
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(cells.get(i) == null ? "" : cells.get(i).replaceAll("[\\t\\r\\n]+", " "));
        }
        sb.append('\n');
    }

    static void copy(TableView<?> table) {
        ClipboardContent content = new ClipboardContent();
        content.putString(tsv(table));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
