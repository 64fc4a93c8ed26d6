package se.dialogcoder.ui.sets;

import java.util.List;
import java.util.function.Consumer;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.ui.ProjectViewModel;

/** Document sets and code sets: create, fill, empty, rename and delete, each change one undoable step. */
public final class SetsViewModel {
    private final ProjectViewModel vm;

    public SetsViewModel(ProjectViewModel vm) {
        this.vm = vm;
    }

    /** Creates a set holding the given documents or codes (one undoable step). */
    public void createSet(ItemSet.Kind kind, String name, List<Long> members, Consumer<ItemSet> whenDone) {
        vm.tasks().change(s -> s.sets().create(kind, name, null, members), whenDone);
    }

    public void addToSet(ItemSet set, List<Long> members) {
        vm.tasks().change(s -> s.sets().add(set, members), n -> { });
    }

    public void removeFromSet(ItemSet set, List<Long> members) {
        vm.tasks().change(s -> s.sets().remove(set, members), n -> { });
    }

    public void renameSet(ItemSet set, String name) {
        vm.tasks().change(s -> s.sets().update(set, name, set.description()), b -> { });
    }

    public void deleteSet(ItemSet set) {
        vm.tasks().change(s -> {
            s.sets().delete(set);
            return null;
        }, x -> { });
    }
}
