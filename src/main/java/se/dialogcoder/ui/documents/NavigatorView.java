package se.dialogcoder.ui.documents;

import se.dialogcoder.ui.CountyGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.Subscriptions;
import se.dialogcoder.ui.sets.SetDialogs;

/** Documents grouped by county: 21 län (with counts) and "Okänt län"; a filter box; coding counts per document. */
public final class NavigatorView extends VBox {
    private final TreeView<NavItem> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = new TextField();
    private final ProjectViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ResourceBundle messages;
    private final SetDialogs sets;

    public NavigatorView(ProjectViewModel vm, ResourceBundle messages) {
        this.vm = vm;
        this.messages = messages;
        this.sets = new SetDialogs(() -> getScene() == null ? null : getScene().getWindow(), vm, messages);
        getStyleClass().add("navigator");
        filter.setPromptText(messages.getString("nav.filter"));
        filter.setId("documentFilter");
        tree.setId("navigator");
        tree.getStyleClass().add("nav-tree");
        tree.setShowRoot(false);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(filter, tree);
        tree.setCellFactory(tv -> new TreeCell<>() {
            /** Counts change with every coding: only this cell's text is updated, the tree is not rebuilt. */
            private final javafx.beans.value.ChangeListener<Map<Long, Integer>> countsChanged = (obs, o, n) -> {
                if (!isEmpty() && getItem() instanceof NavItem.DocumentRow) {
                    showText(getItem());
                }
            };

            {
                vm.documentCountsProperty().addListener(new javafx.beans.value.WeakChangeListener<>(countsChanged));
            }

            @Override
            protected void updateItem(NavItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("county-empty", "county-row");
                if (empty || item == null) {
                    setText(null);
                } else {
                    showText(item);
                }
            }

            private void showText(NavItem item) {
                if (item instanceof NavItem.CountyRow row) {
                    String name = row.county() == null ? messages.getString("nav.unknownCounty")
                            : row.county().code() + "  " + row.county().officialName();
                    setText(name + " (" + row.documents() + ")");
                    getStyleClass().add(row.documents() == 0 ? "county-empty" : "county-row");
                } else if (item instanceof NavItem.DocumentRow doc) {
                    int codings = vm.documentCountsProperty().get().getOrDefault(doc.document().id(), 0);
                    setText(doc.document().name() + (codings > 0 ? "  · " + codings : ""));
                } else if (item instanceof NavItem.SetsHeader header) {
                    setText(messages.getString(header.kind() == ItemSet.Kind.DOCUMENTS ? "sets.documents.heading"
                            : "sets.codes.heading") + " (" + header.sets() + ")");
                    getStyleClass().add("county-row");
                } else if (item instanceof NavItem.SetRow row) {
                    setText(row.set().name() + " (" + row.set().members().size() + ")");
                } else if (item instanceof NavItem.CodeRow code) {
                    setText(code.code().name());
                }
            }
        });
        subscriptions.onList(vm.groups(), (javafx.collections.ListChangeListener<CountyGroup>) c -> rebuild());
        subscriptions.onList(vm.sets(), (javafx.collections.ListChangeListener<ItemSet>) c -> rebuild());
        tree.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        tree.setContextMenu(menu());
        filter.textProperty().addListener((obs, o, n) -> rebuild());
        subscriptions.on(vm.selectedDocumentProperty(), (obs, old, doc) -> follow(doc));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof NavItem.DocumentRow row
                    && !row.document().equals(vm.selectedDocumentProperty().get())) {
                vm.selectedDocumentProperty().set(row.document());
            }
        });
        rebuild(); // a rebuilt window lists what is open
    }

    /** The documents selected in the tree (several with Ctrl or Shift), each once. */
    List<Long> selectedDocuments() {
        List<Long> out = new ArrayList<>();
        for (TreeItem<NavItem> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() instanceof NavItem.DocumentRow row && !out.contains(row.document().id())) {
                out.add(row.document().id());
            }
        }
        return out;
    }

    /** The set of the selected set row, or null. */
    private ItemSet selectedSet() {
        TreeItem<NavItem> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof NavItem.SetRow row ? row.set() : null;
    }

    /** Add to / remove from a document set (the selected documents); rename and delete a selected set. */
    private ContextMenu menu() {
        Menu add = new Menu(messages.getString("sets.documents.addTo"));
        add.setId("addToDocumentSet");
        Menu remove = new Menu(messages.getString("sets.documents.removeFrom"));
        MenuItem rename = new MenuItem(messages.getString("sets.rename"));
        rename.setOnAction(e -> {
            if (selectedSet() != null) {
                sets.rename(selectedSet());
            }
        });
        MenuItem delete = new MenuItem(messages.getString("sets.delete"));
        delete.setOnAction(e -> {
            if (selectedSet() != null) {
                sets.delete(selectedSet());
            }
        });
        ContextMenu menu = new ContextMenu(add, remove, new SeparatorMenuItem(), rename, delete);
        menu.setOnShowing(e -> {
            boolean docs = !selectedDocuments().isEmpty();
            sets.fillAdd(add, ItemSet.Kind.DOCUMENTS, this::selectedDocuments);
            add.setDisable(!docs);
            sets.fillRemove(remove, ItemSet.Kind.DOCUMENTS, this::selectedDocuments);
            boolean set = selectedSet() != null;
            rename.setDisable(!set);
            delete.setDisable(!set);
        });
        return menu;
    }

    /** Stops following the view model (the view is being replaced). */
    public void dispose() {
        subscriptions.dispose();
    }

    TreeView<NavItem> tree() {
        return tree;
    }

    /** Selects a document chosen elsewhere (a jump from the disagreement browser), opening its county. */
    private void follow(Document doc) {
        if (doc == null) {
            return;
        }
        TreeItem<NavItem> current = tree.getSelectionModel().getSelectedItem();
        if (current != null && current.getValue() instanceof NavItem.DocumentRow row
                && row.document().id() == doc.id()) {
            return;
        }
        for (TreeItem<NavItem> county : tree.getRoot().getChildren()) {
            for (TreeItem<NavItem> item : county.getChildren()) {
                if (item.getValue() instanceof NavItem.DocumentRow row && row.document().id() == doc.id()) {
                    county.setExpanded(true);
                    tree.getSelectionModel().select(item);
                    int at = tree.getRow(item);
                    if (at >= 0) {
                        tree.scrollTo(Math.max(0, at - 3));
                    }
                    return;
                }
            }
        }
    }

    private void rebuild() {
        String f = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        Document selected = vm.selectedDocumentProperty().get();
        tree.getRoot().getChildren().clear();
        TreeItem<NavItem> toSelect = null;
        for (CountyGroup g : vm.groups()) {
            String countyName = g.county() == null ? "" : (g.county().officialName() + " " + g.county().shortName())
                    .toLowerCase(Locale.ROOT);
            boolean countyMatches = f.isEmpty() || countyName.contains(f);
            TreeItem<NavItem> county = new TreeItem<>(new NavItem.CountyRow(g.county(), g.documents().size()));
            for (Document d : g.documents()) {
                if (countyMatches || d.name().toLowerCase(Locale.ROOT).contains(f)) {
                    TreeItem<NavItem> item = new TreeItem<>(new NavItem.DocumentRow(d));
                    county.getChildren().add(item);
                    if (selected != null && d.id() == selected.id()) {
                        toSelect = item;
                        county.setExpanded(true);
                    }
                }
            }
            if (!f.isEmpty() && !county.getChildren().isEmpty()) {
                county.setExpanded(true);
            }
            if (countyMatches || !county.getChildren().isEmpty()) {
                tree.getRoot().getChildren().add(county);
            }
        }
        addSets(f);
        if (toSelect != null) {
            tree.getSelectionModel().select(toSelect);
        }
        tree.refresh();
    }

    /** Below the counties: "Dokumentset" and "Kodset" with their sets and members (when there are any). */
    private void addSets(String f) {
        Map<Long, Document> documents = new java.util.HashMap<>();
        vm.groups().forEach(g -> g.documents().forEach(d -> documents.put(d.id(), d)));
        Map<Long, se.dialogcoder.model.Code> codes = new java.util.HashMap<>();
        vm.codes().forEach(c -> codes.put(c.id(), c));
        for (ItemSet.Kind kind : ItemSet.Kind.values()) {
            List<ItemSet> of = vm.sets().stream().filter(s -> s.kind() == kind).toList();
            if (of.isEmpty()) {
                continue;
            }
            TreeItem<NavItem> header = new TreeItem<>(new NavItem.SetsHeader(kind, of.size()));
            header.setExpanded(true);
            for (ItemSet s : of) {
                TreeItem<NavItem> row = new TreeItem<>(new NavItem.SetRow(s));
                boolean setMatches = f.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(f);
                for (long id : s.members()) {
                    NavItem member = kind == ItemSet.Kind.DOCUMENTS
                            ? documents.containsKey(id) ? new NavItem.DocumentRow(documents.get(id)) : null
                            : codes.containsKey(id) ? new NavItem.CodeRow(codes.get(id)) : null;
                    String name = member instanceof NavItem.DocumentRow d ? d.document().name()
                            : member instanceof NavItem.CodeRow c ? c.code().name() : null;
                    if (name != null && (setMatches || name.toLowerCase(Locale.ROOT).contains(f))) {
                        row.getChildren().add(new TreeItem<>(member));
                    }
                }
                if (setMatches || !row.getChildren().isEmpty()) {
                    row.setExpanded(!f.isEmpty());
                    header.getChildren().add(row);
                }
            }
            if (!header.getChildren().isEmpty()) {
                tree.getRoot().getChildren().add(header);
            }
        }
    }
}
