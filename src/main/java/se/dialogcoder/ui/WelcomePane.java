package se.dialogcoder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the centre shows before a document is chosen: open the demo, create or open a project, the recent
 * projects, and how to start coding.
 */
final class WelcomePane extends VBox {
    WelcomePane(MainWindow window, ProjectViewModel vm, ResourceBundle m) {
        getStyleClass().add("welcome");
        setId("welcome");
        setSpacing(10);
        Label title = new Label(m.getString("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label lead = new Label(m.getString("welcome.lead"));
        lead.setWrapText(true);
        lead.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, never cut short
        Button demo = new Button(m.getString("menu.file.demo"));
        demo.setOnAction(e -> vm.openDemo(() -> { }));
        Button create = new Button(m.getString("menu.file.new"));
        create.setOnAction(e -> window.newProject());
        Button open = new Button(m.getString("menu.file.open"));
        open.setOnAction(e -> window.openProjectChooser());
        Button importFiles = new Button(m.getString("menu.file.import"));
        importFiles.setOnAction(e -> window.importChooser(false));
        importFiles.disableProperty().bind(vm.projectProperty().isNull());
        // the buttons wrap onto a second row in a narrow window rather than cut their names
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, demo, create, open, importFiles);
        for (Button b : java.util.List.of(demo, create, open, importFiles)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox recent = new VBox(2);
        for (String p : window.settings().recentProjects) {
            if (se.dialogcoder.app.ServerAddress.isServer(p)) {
                Hyperlink link = new Hyperlink(p);
                link.setOnAction(e -> window.openProject(se.dialogcoder.app.Location.parse(p)));
                recent.getChildren().add(link);
                continue;
            }
            Path path = Path.of(p);
            if (Files.isRegularFile(path)) {
                Hyperlink link = new Hyperlink(path.getFileName().toString().replaceFirst("\\.dcproj$", "")
                        + "  —  " + path.getParent());
                link.setOnAction(e -> window.openProject(path));
                recent.getChildren().add(link);
            }
        }
        Label recentTitle = new Label(m.getString("menu.file.recent"));
        recentTitle.getStyleClass().add("pane-heading");
        Label how = new Label(m.getString("welcome.how"));
        how.setWrapText(true);
        how.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title, lead, buttons, how);
        if (!recent.getChildren().isEmpty()) {
            getChildren().addAll(recentTitle, recent);
        }
    }
}
