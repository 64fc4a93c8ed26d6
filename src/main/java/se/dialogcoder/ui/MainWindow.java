package se.dialogcoder.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import se.dialogcoder.app.ImportService;
import se.dialogcoder.app.Services;
import se.dialogcoder.store.ProjectFile;

/** The main window: navigator on the left, document text in the centre, status bar below. */
public final class MainWindow {
    private final Services services;
    private final Stage stage;
    private final ResourceBundle messages;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dialogcoder-worker");
        t.setDaemon(true);
        return t;
    });
    private final ProjectViewModel vm;
    private final Label status = new Label();

    public MainWindow(Services services, Stage stage) {
        this.services = services;
        this.stage = stage;
        this.messages = Messages.bundle(services.settings().language);
        this.vm = ProjectViewModel.forFx(services, background,
                (docs, codings) -> Messages.format(messages, "status.documents", docs, codings));
    }

    public ProjectViewModel viewModel() {
        return vm;
    }

    /** Builds the scene and shows the window (size fits a 1366×768 laptop). */
    public void show() {
        NavigatorView navigator = new NavigatorView(vm, messages);
        DocumentView documentView = new DocumentView(messages);
        vm.openDocumentProperty().addListener((obs, old, doc) -> documentView.show(doc));
        SplitPane split = new SplitPane(navigator, documentView);
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(navigator, false);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setId("status");
        BorderPane root = new BorderPane(split, menus(), null, status, null);
        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.getString("app.title"));
        vm.projectProperty().addListener((obs, old, info) -> stage.setTitle(
                info == null ? messages.getString("app.title") : info.name() + " – " + messages.getString("app.title")));
        vm.statusProperty().addListener((obs, old, s) -> status.setText(s == null ? "" : s));
        vm.errorProperty().addListener((obs, old, e) -> {
            if (e != null) {
                Alert a = new Alert(Alert.AlertType.ERROR, e);
                a.setHeaderText(messages.getString("dialog.error.title"));
                a.initOwner(stage);
                a.show();
            }
        });
        stage.setOnHidden(e -> {
            vm.close();
            background.shutdownNow();
        });
        stage.show();
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem(messages.getString("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("chooser.project"),
                    "*" + ProjectFile.EXTENSION));
            java.io.File f = fc.showOpenDialog(stage);
            if (f != null) {
                openProject(f.toPath());
            }
        });
        MenuItem demo = new MenuItem(messages.getString("menu.file.demo"));
        demo.setOnAction(e -> vm.openDemo(() -> { }));
        MenuItem importFiles = new MenuItem(messages.getString("menu.file.import"));
        importFiles.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importFiles.setOnAction(e -> importFiles());
        MenuItem quit = new MenuItem(messages.getString("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu(messages.getString("menu.file"), null, open, demo, importFiles, quit);
        MenuItem about = new MenuItem(messages.getString("menu.help.about"));
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, messages.getString("dialog.about.text"));
            a.initOwner(stage);
            a.show();
        });
        Menu help = new Menu(messages.getString("menu.help"), null, about);
        return new MenuBar(file, help);
    }

    /** Opens a project; {@code whenDone} runs on the FX thread once its documents are shown. */
    public void openProject(Path path) {
        status.setText(Messages.format(messages, "status.loading", path.getFileName()));
        vm.open(path, () -> { });
    }

    /** Opens the last project, or the demo project on first run. */
    public void openStartProject() {
        List<String> recent = services.settings().recentProjects;
        if (!recent.isEmpty() && java.nio.file.Files.isRegularFile(Path.of(recent.get(0)))) {
            openProject(Path.of(recent.get(0)));
        } else {
            vm.openDemo(() -> { });
        }
    }

    private void importFiles() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("chooser.documents"),
                "*.txt", "*.md", "*.docx", "*.pdf", "*.vtt", "*.srt"));
        List<java.io.File> files = fc.showOpenMultipleDialog(stage);
        if (files == null || files.isEmpty()) {
            return;
        }
        vm.importFiles(files.stream().map(java.io.File::toPath).toList(), report -> showImportReport(report));
    }

    private void showImportReport(ImportService.Report report) {
        StringBuilder details = new StringBuilder();
        for (ImportService.FileResult r : report.results()) {
            if (r.message() != null) {
                details.append("• ").append(r.message()).append('\n');
            }
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, details.toString());
        a.setHeaderText(Messages.format(messages, "dialog.import.summary",
                report.count(ImportService.Outcome.IMPORTED), report.count(ImportService.Outcome.DUPLICATE),
                report.count(ImportService.Outcome.FAILED)));
        a.setTitle(messages.getString("dialog.import.title"));
        a.initOwner(stage);
        a.show();
    }

    static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
    }

    static void runLater(Runnable r) {
        Platform.runLater(r);
    }
}
