package se.dialogcoder.ui.codebook;

import java.util.function.Consumer;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.ProjectViewModel;

/** The codebook's commands: add, edit, move, merge and delete codes, each one undoable step. */
public final class CodebookViewModel {
    private final ProjectViewModel vm;

    public CodebookViewModel(ProjectViewModel vm) {
        this.vm = vm;
    }

    public void addCode(Long parentId, String name, String color, Consumer<Code> whenDone) {
        vm.tasks().change(s -> s.addCode(parentId, name, color), code -> {
            vm.selectedCodeProperty().set(code);
            whenDone.accept(code);
        });
    }

    public void updateCode(Code before, Code after) {
        vm.tasks().change(s -> {
            s.updateCode(before, after);
            return null;
        }, x -> { });
    }

    public void moveCode(Code code, Long newParentId) {
        vm.tasks().change(s -> {
            s.moveCode(code, newParentId);
            return null;
        }, x -> { });
    }

    public void mergeCodes(Code source, Code target) {
        vm.tasks().change(s -> {
            s.mergeCodes(source.id(), target.id());
            return null;
        }, x -> vm.selectedCodeProperty().set(target));
    }

    /** How many codings deleting this code (with its sub-codes) would remove; answered on the FX thread. */
    public void codingsAffectedByDelete(Code code, Consumer<Integer> answer) {
        vm.query(s -> s.codingsAffectedByDelete(code.id()), answer);
    }

    public void deleteCode(Code code) {
        vm.tasks().change(s -> {
            s.deleteCode(code.id());
            return null;
        }, x -> vm.selectedCodeProperty().set(null));
    }
}
