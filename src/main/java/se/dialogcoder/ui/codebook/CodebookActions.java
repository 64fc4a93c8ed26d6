package se.dialogcoder.ui.codebook;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.Colors;
import se.dialogcoder.ui.Dialogs;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.coding.QuickCodeDialog;

/**
 * Codebook edits that need a dialog: add, rename, recolour, describe, merge and delete (with a confirmation that
 * says how many codings are affected). The edits themselves are the {@link ProjectViewModel}'s, each undoable.
 */
public final class CodebookActions {
    private final Stage stage;
    private final ProjectViewModel vm;
    private final ResourceBundle messages;

    public CodebookActions(Stage stage, ProjectViewModel vm, ResourceBundle messages) {
        this.stage = stage;
        this.vm = vm;
        this.messages = messages;
    }

    public void add(Code parent) {
        TextInputDialog d = Dialogs.textInput(stage, messages, messages.getString("codebook.title"),
                messages.getString(parent == null ? "codebook.new" : "codebook.newSub"), null);
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name ->
                vm.codebook().addCode(parent == null ? null : parent.id(), name, parent == null ? null : parent.color(), c -> { }));
    }

    public void rename(Code code) {
        if (code == null) {
            return;
        }
        TextInputDialog d = Dialogs.textInput(stage, messages, messages.getString("codebook.title"),
                messages.getString("codebook.rename"), code.name());
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && !s.equals(code.name())).ifPresent(name ->
                vm.codebook().updateCode(code, new Code(code.id(), code.uid(), code.parentId(), name, code.nameEn(),
                        code.description(), code.descriptionEn(), code.color(), code.sortOrder())));
    }

    public void recolour(Code code) {
        if (code == null) {
            return;
        }
        javafx.scene.control.ColorPicker picker = new javafx.scene.control.ColorPicker(
                javafx.scene.paint.Color.web(code.color()));
        Alert a = Dialogs.alert(stage, messages, Alert.AlertType.CONFIRMATION, messages.getString("codebook.recolour"),
                null);
        a.getDialogPane().setContent(picker);
        a.showAndWait().filter(Dialogs::isOk).ifPresent(b ->
                vm.codebook().updateCode(code, new Code(code.id(), code.uid(), code.parentId(), code.name(), code.nameEn(),
                        code.description(), code.descriptionEn(), Colors.toHex(picker.getValue()), code.sortOrder())));
    }

    public void describe(Code code) {
        if (code == null) {
            return;
        }
        TextInputDialog d = Dialogs.textInput(stage, messages, messages.getString("codebook.title"),
                messages.getString("codebook.describe"), code.description());
        d.getEditor().setPrefColumnCount(40);
        d.showAndWait().ifPresent(text ->
                vm.codebook().updateCode(code, new Code(code.id(), code.uid(), code.parentId(), code.name(), code.nameEn(),
                        text.isBlank() ? null : text.strip(), code.descriptionEn(), code.color(), code.sortOrder())));
    }

    public void merge(Code code) {
        if (code == null) {
            return;
        }
        List<Code> others = vm.codes().stream().filter(c -> c.id() != code.id()).toList();
        QuickCodeDialog.ask(stage, messages, Messages.format(messages, "codebook.mergeInto", code.name()), others)
                .ifPresent(target -> vm.codebook().mergeCodes(code, target));
    }

    public void delete(Code code) {
        if (code == null) {
            return;
        }
        vm.codebook().codingsAffectedByDelete(code, n -> {
            Alert a = Dialogs.alert(stage, messages, Alert.AlertType.CONFIRMATION, messages.getString("codebook.delete"),
                    Messages.format(messages, "codebook.deleteConfirm", code.name(), n));
            a.showAndWait().filter(Dialogs::isOk).ifPresent(b -> vm.codebook().deleteCode(code));
        });
    }
}
