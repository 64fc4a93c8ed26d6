package se.dialogcoder.ui.sets;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ItemSet.Kind;
import se.dialogcoder.ui.Dialogs;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The menus and dialogs of document sets and code sets: "add to set" (an existing set or a new one), "remove from
 * set", rename and delete. The changes are the {@link ProjectViewModel}'s, each undoable.
 */
public final class SetDialogs {
    private final Supplier<Window> owner;
    private final ProjectViewModel vm;
    private final ResourceBundle m;

    public SetDialogs(Supplier<Window> owner, ProjectViewModel vm, ResourceBundle m) {
        this.owner = owner;
        this.vm = vm;
        this.m = m;
    }

    private static String key(Kind kind, String suffix) {
        return (kind == Kind.DOCUMENTS ? "sets.documents." : "sets.codes.") + suffix;
    }

    /** Asks for a name and creates a set of the kind holding {@code members}. */
    void create(Kind kind, List<Long> members) {
        TextInputDialog d = Dialogs.textInput(owner.get(), m, m.getString(key(kind, "title")),
                m.getString(key(kind, "new")), null);
        d.getEditor().setId("setName");
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name ->
                vm.setActions().createSet(kind, name, members, s -> { }));
    }

    public void rename(ItemSet set) {
        TextInputDialog d = Dialogs.textInput(owner.get(), m, m.getString(key(set.kind(), "title")),
                m.getString("sets.rename"), set.name());
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && !s.equals(set.name()))
                .ifPresent(name -> vm.setActions().renameSet(set, name));
    }

    public void delete(ItemSet set) {
        Alert a = Dialogs.alert(owner.get(), m, Alert.AlertType.CONFIRMATION, m.getString("sets.delete"),
                Messages.format(m, key(set.kind(), "deleteConfirm"), set.name(), set.members().size()));
        a.showAndWait().filter(Dialogs::isOk).ifPresent(b -> vm.setActions().deleteSet(set));
    }

    /**
     * Fills a menu "add to set": one entry per set of the kind, then "new set…", for the members the supplier gives
     * when an entry is chosen.
     */
    public void fillAdd(Menu menu, Kind kind, Supplier<List<Long>> members) {
        List<MenuItem> items = new ArrayList<>();
        for (ItemSet s : vm.sets()) {
            if (s.kind() == kind) {
                MenuItem i = new MenuItem(s.name());
                i.setOnAction(e -> vm.setActions().addToSet(s, members.get()));
                items.add(i);
            }
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        MenuItem fresh = new MenuItem(m.getString(key(kind, "new")));
        fresh.setId(kind == Kind.DOCUMENTS ? "newDocumentSet" : "newCodeSet");
        fresh.setOnAction(e -> create(kind, members.get()));
        items.add(fresh);
        menu.getItems().setAll(items);
    }

    /** Fills a menu "remove from set": the sets of the kind that hold any of the members; disabled when none. */
    public void fillRemove(Menu menu, Kind kind, Supplier<List<Long>> members) {
        List<Long> chosen = members.get();
        List<MenuItem> items = new ArrayList<>();
        for (ItemSet s : vm.sets()) {
            if (s.kind() == kind && chosen.stream().anyMatch(s.members()::contains)) {
                MenuItem i = new MenuItem(s.name());
                i.setOnAction(e -> vm.setActions().removeFromSet(s, chosen));
                items.add(i);
            }
        }
        menu.getItems().setAll(items);
        menu.setDisable(items.isEmpty());
    }
}
