package se.dialogcoder.ui;

import java.util.ResourceBundle;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import se.dialogcoder.model.Document;

/** Documents grouped by county: 21 län (with counts) and "Okänt län". */
final class NavigatorView extends TreeView<NavItem> {
    NavigatorView(ProjectViewModel vm, ResourceBundle messages) {
        setId("navigator");
        getStyleClass().add("nav-tree");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setCellFactory(tv -> new TreeCell<>() {
            @Override
            protected void updateItem(NavItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("county-empty");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof NavItem.CountyRow row) {
                    String name = row.county() == null ? messages.getString("nav.unknownCounty")
                            : row.county().code() + "  " + row.county().officialName();
                    setText(name + " (" + row.documents() + ")");
                    if (row.documents() == 0) {
                        getStyleClass().add("county-empty");
                    }
                } else if (item instanceof NavItem.DocumentRow doc) {
                    setText(doc.document().name());
                }
            }
        });
        vm.groups().addListener((javafx.collections.ListChangeListener<ProjectViewModel.CountyGroup>) c -> rebuild(vm));
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof NavItem.DocumentRow row) {
                vm.selectedDocumentProperty().set(row.document());
            }
        });
    }

    private void rebuild(ProjectViewModel vm) {
        getRoot().getChildren().clear();
        for (ProjectViewModel.CountyGroup g : vm.groups()) {
            TreeItem<NavItem> county = new TreeItem<>(new NavItem.CountyRow(g.county(), g.documents().size()));
            for (Document d : g.documents()) {
                county.getChildren().add(new TreeItem<>(new NavItem.DocumentRow(d)));
            }
            getRoot().getChildren().add(county);
        }
    }
}
