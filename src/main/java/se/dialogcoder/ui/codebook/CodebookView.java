package se.dialogcoder.ui.codebook;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.Subscriptions;
import se.dialogcoder.ui.coding.DocumentView;
import se.dialogcoder.ui.sets.SetDialogs;

/**
 * The codebook: a tree of codes with colour swatch, number of codings and the pinned key; a filter box.
 * Double-click or drop a text selection on a code to code it; drag a code onto another to move it under it.
 */
public final class CodebookView extends VBox {
    private static final String CODE_DRAG = "dialogcoder:code:";
    private final TreeView<Code> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = new TextField();
    private final ProjectViewModel vm;
    private final CodebookActions actions;
    private final Subscriptions subscriptions = new Subscriptions();

    public CodebookView(ProjectViewModel vm, ResourceBundle messages, CodebookActions actions) {
        this.vm = vm;
        this.actions = actions;
        getStyleClass().add("codebook");
        Label heading = new Label(messages.getString("codebook.title"));
        heading.getStyleClass().add("pane-heading");
        filter.setPromptText(messages.getString("codebook.filter"));
        filter.setId("codeFilter");
        tree.setId("codebook");
        tree.setShowRoot(false);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(heading, filter, tree);
        tree.setCellFactory(tv -> new CodeCell());
        subscriptions.onList(vm.codes(), (javafx.collections.ListChangeListener<Code>) c -> rebuild());
        filter.textProperty().addListener((obs, o, n) -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> {
            Code c = item == null ? null : item.getValue();
            if (c != null && !c.equals(vm.selectedCodeProperty().get())) {
                vm.selectedCodeProperty().set(c);
            }
        });
        tree.setOnKeyPressed(e -> {
            Code c = selected();
            if (c == null) {
                return;
            }
            if (e.getCode() == KeyCode.F2) {
                actions.rename(c);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                actions.delete(c);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.coding().applyCode(c.id());
                e.consume();
            }
        });
        tree.setContextMenu(menu(messages));
        tree.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(CODE_DRAG)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        });
        tree.setOnDragDropped(e -> {
            Code dragged = draggedCode(e.getDragboard());
            if (dragged != null) {
                vm.codebook().moveCode(dragged, null);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        rebuild(); // a rebuilt window lists what is open
    }

    /** Stops following the view model (the view is being replaced). */
    public void dispose() {
        subscriptions.dispose();
    }

    public TreeView<Code> tree() {
        return tree;
    }

    Code selected() {
        TreeItem<Code> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private ContextMenu menu(ResourceBundle m) {
        MenuItem add = new MenuItem(m.getString("codebook.new"));
        add.setOnAction(e -> actions.add(null));
        MenuItem addSub = new MenuItem(m.getString("codebook.newSub"));
        addSub.setOnAction(e -> actions.add(selected()));
        MenuItem rename = new MenuItem(m.getString("codebook.rename"));
        rename.setOnAction(e -> actions.rename(selected()));
        MenuItem recolour = new MenuItem(m.getString("codebook.recolour"));
        recolour.setOnAction(e -> actions.recolour(selected()));
        MenuItem describe = new MenuItem(m.getString("codebook.describe"));
        describe.setOnAction(e -> actions.describe(selected()));
        MenuItem merge = new MenuItem(m.getString("codebook.merge"));
        merge.setOnAction(e -> actions.merge(selected()));
        MenuItem topLevel = new MenuItem(m.getString("codebook.toTop"));
        topLevel.setOnAction(e -> {
            if (selected() != null) {
                vm.codebook().moveCode(selected(), null);
            }
        });
        MenuItem delete = new MenuItem(m.getString("codebook.delete"));
        delete.setOnAction(e -> actions.delete(selected()));
        Menu pin = new Menu(m.getString("codebook.pin"));
        for (int i = 1; i <= 9; i++) {
            int key = i;
            MenuItem k = new MenuItem(Integer.toString(i));
            k.setOnAction(e -> {
                if (selected() != null) {
                    vm.coding().pin(selected(), key);
                    tree.refresh();
                }
            });
            pin.getItems().add(k);
        }
        SetDialogs sets = new SetDialogs(() -> tree.getScene() == null ? null : tree.getScene().getWindow(), vm, m);
        Menu addToSet = new Menu(m.getString("sets.codes.addTo"));
        addToSet.setId("addToCodeSet");
        Menu removeFromSet = new Menu(m.getString("sets.codes.removeFrom"));
        java.util.function.Supplier<List<Long>> chosen = () -> selected() == null ? List.of() : List.of(selected().id());
        ContextMenu menu = new ContextMenu(add, addSub, new SeparatorMenuItem(), rename, recolour, describe, topLevel,
                pin, addToSet, removeFromSet, new SeparatorMenuItem(), merge, delete);
        menu.setOnShowing(e -> {
            boolean none = selected() == null;
            sets.fillAdd(addToSet, se.dialogcoder.model.ItemSet.Kind.CODES, chosen);
            addToSet.setDisable(none);
            sets.fillRemove(removeFromSet, se.dialogcoder.model.ItemSet.Kind.CODES, chosen);
            for (MenuItem item : List.of(addSub, rename, recolour, describe, topLevel, pin, merge, delete)) {
                item.setDisable(none);
            }
        });
        return menu;
    }

    private void rebuild() {
        String f = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        Code selected = vm.selectedCodeProperty().get();
        Map<Long, TreeItem<Code>> items = new HashMap<>();
        Map<Long, Boolean> expanded = new HashMap<>();
        collectExpanded(tree.getRoot(), expanded);
        TreeItem<Code> root = new TreeItem<>();
        for (Code c : vm.codes()) {
            TreeItem<Code> item = new TreeItem<>(c);
            item.setExpanded(!f.isEmpty() || expanded.getOrDefault(c.id(), false));
            items.put(c.id(), item);
        }
        for (Code c : vm.codes()) {
            TreeItem<Code> parent = c.parentId() == null ? root : items.getOrDefault(c.parentId(), root);
            parent.getChildren().add(items.get(c.id()));
        }
        if (!f.isEmpty()) {
            prune(root, f);
        }
        tree.setRoot(root);
        if (selected != null && items.containsKey(selected.id())) {
            TreeItem<Code> item = items.get(selected.id());
            for (TreeItem<Code> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
        }
    }

    private static void collectExpanded(TreeItem<Code> item, Map<Long, Boolean> out) {
        if (item.getValue() != null) {
            out.put(item.getValue().id(), item.isExpanded());
        }
        for (TreeItem<Code> child : item.getChildren()) {
            collectExpanded(child, out);
        }
    }

    /** Keeps codes whose name matches, and their ancestors. */
    private static boolean prune(TreeItem<Code> item, String f) {
        item.getChildren().removeIf(child -> !prune(child, f));
        Code c = item.getValue();
        boolean self = c != null && (c.name().toLowerCase(Locale.ROOT).contains(f)
                || (c.nameEn() != null && c.nameEn().toLowerCase(Locale.ROOT).contains(f)));
        return self || !item.getChildren().isEmpty();
    }

    private Code draggedCode(Dragboard db) {
        if (!db.hasString() || !db.getString().startsWith(CODE_DRAG)) {
            return null;
        }
        long id = Long.parseLong(db.getString().substring(CODE_DRAG.length()));
        return vm.codes().stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    /**
     * A code's count as the tree shows it: its own codings, and where codes below it have codings too, the number
     * with them in brackets ("3 (67)", "0 (67)"); nothing when neither has any.
     */
    static String countText(int own, int withSubCodes) {
        if (withSubCodes > own) {
            return own + " (" + withSubCodes + ")";
        }
        return own > 0 ? Integer.toString(own) : "";
    }

    private final class CodeCell extends TreeCell<Code> {
        CodeCell() {
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    vm.coding().applyCode(getItem().id());
                    e.consume();
                }
            });
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    Dragboard db = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(CODE_DRAG + getItem().id());
                    db.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                Dragboard db = e.getDragboard();
                if (getItem() != null && db.hasString()) {
                    if (DocumentView.SELECTION_DRAG.equals(db.getString())) {
                        e.acceptTransferModes(TransferMode.LINK);
                    } else if (db.getString().startsWith(CODE_DRAG)) {
                        e.acceptTransferModes(TransferMode.MOVE);
                    }
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                Dragboard db = e.getDragboard();
                if (getItem() == null || !db.hasString()) {
                    return;
                }
                if (DocumentView.SELECTION_DRAG.equals(db.getString())) {
                    vm.coding().applyCode(getItem().id());
                    e.setDropCompleted(true);
                } else {
                    Code dragged = draggedCode(db);
                    if (dragged != null && dragged.id() != getItem().id()) {
                        vm.codebook().moveCode(dragged, getItem().id());
                        e.setDropCompleted(true);
                    }
                }
                e.consume();
            });
        }

        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label name = new Label();
        private final Label count = new Label();
        private final Label pin = new Label();
        private final HBox box = new HBox(6, pin, swatch, name, count);
        /** Counts change with every coding: only the number is updated, the cell is not rebuilt. */
        private final javafx.beans.value.ChangeListener<Map<Long, Integer>> countsChanged = (obs, o, n) -> showCount();

        {
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            count.getStyleClass().add("code-count");
            pin.setMinWidth(16);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            vm.codingCountsProperty().addListener(new javafx.beans.value.WeakChangeListener<>(countsChanged));
        }

        private void showCount() {
            Code code = getItem();
            Map<Long, Integer> counts = vm.codingCountsProperty().get();
            int n = code == null ? 0 : counts.getOrDefault(code.id(), 0);
            int all = code == null || getTreeItem() == null ? n : withSubCodes(getTreeItem(), counts);
            count.setText(countText(n, all));
        }

        /** The codings of a code and every code below it (NVivo's aggregate): the sum of their own counts. */
        private static int withSubCodes(javafx.scene.control.TreeItem<Code> item, Map<Long, Integer> counts) {
            int sum = item.getValue() == null ? 0 : counts.getOrDefault(item.getValue().id(), 0);
            for (javafx.scene.control.TreeItem<Code> child : item.getChildren()) {
                sum += withSubCodes(child, counts);
            }
            return sum;
        }

        @Override
        protected void updateItem(Code code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || code == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            swatch.setFill(javafx.scene.paint.Color.web(code.color()));
            name.setText(code.name());
            showCount();
            int key = vm.coding().pinnedCodes().indexOf(code) + 1;
            pin.setText(key > 0 ? Integer.toString(key) : " ");
            pin.getStyleClass().setAll("label", key > 0 ? "pin-key" : "pin-none");
            setText(null);
            setGraphic(box);
            setTooltip(code.description() == null ? null : new javafx.scene.control.Tooltip(code.description()));
        }
    }
}
