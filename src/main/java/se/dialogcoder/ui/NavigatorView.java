package se.dialogcoder.ui;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.dialogcoder.model.Document;

/** Documents grouped by county: 21 län (with counts) and "Okänt län"; a filter box; coding counts per document. */
final class NavigatorView extends VBox {
    private final TreeView<NavItem> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = new TextField();
    private final ProjectViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();

    NavigatorView(ProjectViewModel vm, ResourceBundle messages) {
        this.vm = vm;
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
                }
            }
        });
        subscriptions.onList(vm.groups(), (javafx.collections.ListChangeListener<ProjectViewModel.CountyGroup>) c -> rebuild());
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

    /** Stops following the view model (the view is being replaced). */
    void dispose() {
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
        for (ProjectViewModel.CountyGroup g : vm.groups()) {
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
        if (toSelect != null) {
            tree.getSelectionModel().select(toSelect);
        }
        tree.refresh();
    }
}
