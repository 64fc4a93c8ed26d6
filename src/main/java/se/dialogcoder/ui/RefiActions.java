package se.dialogcoder.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.exchange.OffsetChoice;
import se.dialogcoder.exchange.OffsetUnit;
import se.dialogcoder.exchange.OffsetsException;

/**
 * The REFI-QDA dialogs of the main window: export a project (.qdpx) or codebook (.qdc), add a codebook, import a
 * .qdpx into a new project; then what was not taken over, in a list that wraps. The work is {@link Transfers}'.
 */
final class RefiActions {
    private final Stage stage;
    private final ProjectViewModel vm;
    private final ResourceBundle messages;

    RefiActions(Stage stage, ProjectViewModel vm, ResourceBundle messages) {
        this.stage = stage;
        this.vm = vm;
        this.messages = messages;
    }

    void exportRefi(String format) {
        if (!"qdpx".equals(format)) {
            exportRefi(format, OffsetUnit.CODE_POINTS);
            return;
        }
        Alert ask = Dialogs.alert(stage, messages, Alert.AlertType.CONFIRMATION,
                messages.getString("refi.exportOffsets.header"), messages.getString("refi.exportOffsets.text"));
        ButtonType standard = new ButtonType(messages.getString("refi.exportOffsets.standard"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType nvivo = new ButtonType(messages.getString("refi.exportOffsets.nvivo"), ButtonBar.ButtonData.OTHER);
        ask.getButtonTypes().setAll(standard, nvivo, Dialogs.cancel(messages));
        ask.getDialogPane().setId("exportOffsets");
        ask.getDialogPane().setPrefWidth(MainWindow.REPORT_WIDTH);
        ask.setOnHidden(e -> {
            if (ask.getResult() == standard || ask.getResult() == nvivo) {
                exportRefi(format, ask.getResult() == nvivo ? OffsetUnit.UTF16 : OffsetUnit.CODE_POINTS);
            }
        });
        ask.show();
    }

    /** Asks where, then exports; a .qdpx with its positions in {@code unit}. */
    private void exportRefi(String format, OffsetUnit unit) {
        FileChooser fc = new FileChooser();
        String ext = "*." + format;
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA (" + ext + ")", ext));
        var info = vm.projectProperty().get();
        fc.setInitialFileName((info == null ? "projekt" : info.name()) + "." + format);
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            exportRefi(format, f.toPath(), unit);
        }
    }

    /**
     * Exports to {@code out}; then says it is written, or lists the code names several codes share and offers to
     * export again with qualified names ("Civilsamhälle (Suicidprevention)").
     */
    void exportRefi(String format, Path out, OffsetUnit unit) {
        vm.transfers().exportRefi(format, out, false, unit, r -> {
            if (r.warnings().isEmpty()) {
                Dialogs.alert(stage, messages, Alert.AlertType.INFORMATION, messages.getString("refi.exported"),
                        Messages.format(messages, "refi.exportedText", out.getFileName())).show();
                return;
            }
            Alert a = Dialogs.alert(stage, messages, Alert.AlertType.WARNING, messages.getString("refi.namesRepeated"),
                    null);
            ButtonType qualify = new ButtonType(messages.getString("refi.exportQualified"), ButtonBar.ButtonData.YES);
            ButtonType keep = new ButtonType(messages.getString("refi.keepNames"), ButtonBar.ButtonData.OK_DONE);
            a.getButtonTypes().setAll(qualify, keep);
            a.getDialogPane().setContent(warnings(Messages.format(messages, "refi.namesRepeatedText",
                    out.getFileName()), r.warnings()));
            a.setOnHidden(e -> {
                if (a.getResult() == qualify) {
                    vm.transfers().exportRefi(format, out, true, unit, q -> {
                        Alert done = Dialogs.alert(stage, messages, Alert.AlertType.INFORMATION,
                                messages.getString("refi.exported"), null);
                        done.getDialogPane().setContent(warnings(Messages.format(messages, "refi.namesQualified",
                                out.getFileName()), q.warnings()));
                        done.show();
                    });
                }
            });
            a.show();
        });
    }

    private VBox warnings(String text, List<se.dialogcoder.model.UserMessage> warnings) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(MainWindow.REPORT_WIDTH);
        List<String> lines = warnings.stream().map(w -> Messages.render(messages, w)).toList();
        return new VBox(8, label, ReportList.of("refiNames", lines, messages, MainWindow.REPORT_WIDTH));
    }

    void importQdc() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA (*.qdc, *.qdpx)", "*.qdc", "*.qdpx"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.transfers().importQdc(f.toPath(), r -> refiReport(Messages.format(messages, "refi.codebookImported",
                    r.count().added(), r.count().alreadyPresent()), r.report()));
        }
    }

    void importQdpx() {
        FileChooser open = new FileChooser();
        open.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA (*.qdpx)", "*.qdpx"));
        File qdpx = open.showOpenDialog(stage);
        if (qdpx == null) {
            return;
        }
        FileChooser save = new FileChooser();
        save.setTitle(messages.getString("refi.newProject"));
        save.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("chooser.project"),
                "*" + ProjectStores.FILE_EXTENSION));
        save.setInitialFileName(qdpx.getName().replaceFirst("\\.qdpx$", "") + ProjectStores.FILE_EXTENSION);
        File target = save.showSaveDialog(stage);
        if (target != null) {
            importQdpx(qdpx.toPath(), target.toPath());
        }
    }

    /** Imports a .qdpx into a new project file; then its report (what was not imported, what was changed). */
    void importQdpx(Path qdpx, Path target) {
        importQdpx(qdpx, target, OffsetChoice.AUTO);
    }

    private void importQdpx(Path qdpx, Path target, OffsetChoice offsets) {
        vm.transfers().importQdpx(qdpx, target, offsets, r -> refiReport(Messages.format(messages,
                "refi.projectImported", r.documents(), r.codes(), r.codings(), r.coders()), r.report()),
                e -> chooseCounting(qdpx, target, e));
    }

    /**
     * The positions of some source fit no counting, so nothing was imported: says so, and lets the user import
     * with a counting chosen (code points, or NVivo's UTF-16 units), or cancel.
     */
    private void chooseCounting(Path qdpx, Path target, OffsetsException e) {
        Alert a = Dialogs.alert(stage, messages, Alert.AlertType.WARNING, messages.getString("refi.offsets.title"),
                Messages.describe(messages, e));
        ButtonType codePoints = new ButtonType(messages.getString("refi.offsets.useCodePoints"),
                ButtonBar.ButtonData.OTHER);
        ButtonType utf16 = new ButtonType(messages.getString("refi.offsets.useUtf16"), ButtonBar.ButtonData.OTHER);
        a.getButtonTypes().setAll(codePoints, utf16, Dialogs.cancel(messages));
        a.getDialogPane().setId("refiOffsets");
        a.getDialogPane().setPrefWidth(MainWindow.REPORT_WIDTH);
        a.setOnHidden(h -> {
            if (a.getResult() == codePoints || a.getResult() == utf16) {
                importQdpx(qdpx, target, new OffsetChoice(a.getResult() == utf16 ? OffsetUnit.UTF16
                        : OffsetUnit.CODE_POINTS, null, null));
            }
        });
        a.show();
    }

    /** A REFI-QDA import: the counts, and what was not imported or was changed, in a list that wraps. */
    private void refiReport(String counts, se.dialogcoder.exchange.ImportReport report) {
        List<String> lines = ImportReportText.lines(report, messages);
        Alert a = Dialogs.alert(stage, messages, report.complete() ? Alert.AlertType.INFORMATION
                : Alert.AlertType.WARNING, messages.getString("refi.imported"), counts);
        a.setTitle(messages.getString("refi.imported"));
        if (!lines.isEmpty()) {
            Label text = new Label(counts);
            text.setWrapText(true);
            a.getDialogPane().setContent(new VBox(8, text, ReportList.of("refiReport", lines, messages,
                    MainWindow.REPORT_WIDTH)));
        }
        a.show();
    }
}
