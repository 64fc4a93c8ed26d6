package se.dialogcoder.ui.exchange;

import se.dialogcoder.app.exchange.FrequencyExportService;
import se.dialogcoder.model.FrequencyWrite;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import se.dialogcoder.analysis.CountyMatrix.Measure;
import se.dialogcoder.app.exchange.ReportService;
import se.dialogcoder.app.exchange.TableExportService;
import se.dialogcoder.exchange.TableWriter.CsvStyle;
import se.dialogcoder.ui.Dialogs;
import se.dialogcoder.ui.Messages;

/**
 * The export dialogs of the window (menu Arkiv): the frequency store with its round, the tables for Excel and the
 * report. The work runs through {@link ExportViewModel}; a confirmation says what was written.
 */
public final class ExportActions {
    private final Stage owner;
    private final ExportViewModel model;
    private final ResourceBundle m;
    private final Runnable working;

    /** @param working shows that an export runs (called after it has started) */
    public ExportActions(Stage owner, ExportViewModel model, ResourceBundle messages, Runnable working) {
        this.owner = owner;
        this.model = model;
        this.m = messages;
        this.working = working;
    }

    // ---- frequency store --------------------------------------------------------------------------------------------

    /** Asks for the store (default: the last one, or Documents) and the round, then exports. */
    public void frequencies() {
        Dialog<ButtonType> d = Dialogs.dialog(owner, m, m.getString("export.store.title"),
                m.getString("export.store.header"));
        ButtonType export = new ButtonType(m.getString("export.run"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(export, Dialogs.cancel(m));
        TextField store = new TextField(model.defaultStore().toString());
        store.setId("storePath");
        store.setPrefColumnCount(42);
        Button existing = new Button(m.getString("export.store.existing"));
        existing.setOnAction(e -> chooseStore(store, false));
        Button fresh = new Button(m.getString("export.store.new"));
        fresh.setOnAction(e -> chooseStore(store, true));
        HBox storeRow = new HBox(6, store, existing, fresh);
        HBox.setHgrow(store, Priority.ALWAYS);
        TextField round = new TextField(model.defaultRound());
        round.setId("round");
        round.setPrefColumnCount(10);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.getString("export.store.file")), storeRow);
        grid.addRow(1, new Label(m.getString("export.store.round")), round);
        grid.add(new Label(coders()), 1, 2);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(export).disableProperty().bind(store.textProperty().isEmpty()
                .or(round.textProperty().isEmpty()));
        d.setOnShown(e -> round.requestFocus());
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != export || store.getText().isBlank() || round.getText().isBlank()) {
            return;
        }
        Path file = Path.of(store.getText().strip());
        if (model.exportFrequencies(file, round.getText(), this::confirm)) {
            working.run();
        }
    }

    private String coders() {
        String coder = model.coder();
        return coder == null ? m.getString("export.coders.all") : Messages.format(m, "export.coders.one", coder);
    }

    private void chooseStore(TextField field, boolean create) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.getString("export.store.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.getString("export.chooser.sqlite"),
                "*.sqlite", "*.db", "*.sqlite3"));
        Path current = Path.of(field.getText().isBlank() ? model.defaultStore().toString() : field.getText().strip());
        Path dir = current.toAbsolutePath().getParent();
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
        fc.setInitialFileName(current.getFileName() == null ? FrequencyExportService.DEFAULT_FILE_NAME
                : current.getFileName().toString());
        File f = create ? fc.showSaveDialog(owner) : fc.showOpenDialog(owner);
        if (f != null) {
            Path p = f.toPath();
            if (create && !p.getFileName().toString().contains(".")) {
                p = p.resolveSibling(p.getFileName() + ".sqlite");
            }
            field.setText(p.toString());
        }
    }

    private void confirm(FrequencyWrite r) {
        StringBuilder text = new StringBuilder(Messages.format(m, "export.store.done", r.store().toString(),
                Long.toString(r.runId()), r.round(), r.rows(), r.counties(), r.themes()));
        text.append('\n').append(coders());
        if (r.created()) {
            text.append('\n').append(m.getString("export.store.created"));
        }
        if (r.replaced()) {
            text.append('\n').append(m.getString("export.store.replaced"));
        }
        if (r.migratedFrom() > 0) {
            text.append('\n').append(Messages.format(m, "export.store.migrated", r.migratedFrom()));
        }
        done(text.toString());
    }

    // ---- tables and report ------------------------------------------------------------------------------------------

    /** Asks for the file (its type decides XLSX or CSV, comma or semicolon) and, for a matrix in CSV, the measure. */
    public void table(TableExportService.What what) {
        FileChooser fc = chooser(m.getString("menu.file.export." + what.id()));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(m.getString("export.chooser.xlsx"), "*.xlsx");
        FileChooser.ExtensionFilter semicolon = new FileChooser.ExtensionFilter(
                m.getString("export.chooser.csvSemicolon"), "*.csv");
        FileChooser.ExtensionFilter comma = new FileChooser.ExtensionFilter(m.getString("export.chooser.csvComma"),
                "*.csv");
        fc.getExtensionFilters().addAll(xlsx, semicolon, comma);
        fc.setSelectedExtensionFilter(xlsx);
        fc.setInitialFileName(m.getString("export.file." + what.id()) + ".xlsx");
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        FileChooser.ExtensionFilter chosen = fc.getSelectedExtensionFilter();
        String name = f.getName().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv") || (!name.endsWith(".xlsx") && chosen != xlsx);
        Path out = withExtension(f.toPath(), csv ? ".csv" : ".xlsx");
        CsvStyle style = chosen == comma ? CsvStyle.COMMA : CsvStyle.SEMICOLON;
        Measure measure = null;
        if (csv && what == TableExportService.What.MATRIX) {
            Optional<Measure> asked = askMeasure();
            if (asked.isEmpty()) {
                return;
            }
            measure = asked.get();
        }
        if (model.exportTable(what, csv ? TableExportService.Format.CSV : TableExportService.Format.XLSX, style,
                measure, out, r -> done(Messages.format(m, "export.table.done", r.file().toString(),
                        String.join(", ", r.tables()), r.rows()) + "\n" + coders()))) {
            working.run();
        }
    }

    private Optional<Measure> askMeasure() {
        List<String> names = List.of(m.getString("export.measure.segments"), m.getString("export.measure.coverage"),
                m.getString("export.measure.presence"));
        ChoiceDialog<String> d = Dialogs.choice(owner, m, m.getString("export.measure.title"),
                m.getString("export.measure.header"), names.get(0), names);
        return d.showAndWait().map(s -> Measure.values()[names.indexOf(s)]);
    }

    public void report(ReportService.Format format) {
        boolean docx = format == ReportService.Format.DOCX;
        FileChooser fc = chooser(m.getString(docx ? "menu.file.export.reportDocx" : "menu.file.export.reportHtml"));
        fc.getExtensionFilters().add(docx
                ? new FileChooser.ExtensionFilter(m.getString("export.chooser.docx"), "*.docx")
                : new FileChooser.ExtensionFilter(m.getString("export.chooser.html"), "*.html", "*.htm"));
        fc.setInitialFileName(m.getString("export.file.report") + (docx ? ".docx" : ".html"));
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        Path out = withExtension(f.toPath(), docx ? ".docx" : ".html");
        if (model.exportReport(format, out, r -> done(Messages.format(m, "export.report.done", r.file().toString(),
                r.themes(), r.passages()) + "\n" + coders()))) {
            working.run();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        Path dir = model.defaultFolder();
        if (Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
        return fc;
    }

    private static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) || (extension.equals(".html")
                && name.toLowerCase(Locale.ROOT).endsWith(".htm")) ? p : p.resolveSibling(name + extension);
    }

    private void done(String text) {
        Alert a = Dialogs.alert(owner, m, Alert.AlertType.INFORMATION, m.getString("export.done.title"), null);
        a.setTitle(m.getString("export.done.title"));
        Label content = new Label(text);
        content.setId("exportDone");
        content.setWrapText(true);
        content.setMaxWidth(640);
        a.getDialogPane().setContent(content);
        a.show();
    }
}
