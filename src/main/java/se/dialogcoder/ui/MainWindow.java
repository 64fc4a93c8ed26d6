package se.dialogcoder.ui;

import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.Exchanges;
import se.dialogcoder.app.Analyses;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import se.dialogcoder.app.documents.ImportService;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.Settings;
import se.dialogcoder.model.Code;
import se.dialogcoder.app.Project;
import se.dialogcoder.ui.analysis.AnalysisWindow;
import se.dialogcoder.ui.codebook.CodebookActions;
import se.dialogcoder.ui.codebook.CodebookView;
import se.dialogcoder.ui.coding.DocumentView;
import se.dialogcoder.ui.coding.QuickCodeDialog;
import se.dialogcoder.ui.documents.DetailsView;
import se.dialogcoder.ui.documents.NavigatorView;
import se.dialogcoder.ui.exchange.ExportActions;
import se.dialogcoder.ui.exchange.ExportViewModel;
import se.dialogcoder.ui.exchange.ImportReportText;
import se.dialogcoder.ui.exchange.RefiActions;
import se.dialogcoder.ui.privacy.PiiReviewDialog;
import se.dialogcoder.ui.teamwork.CompareCodersViewModel;
import se.dialogcoder.ui.teamwork.CompareCodersWindow;
import se.dialogcoder.ui.teamwork.MergeReportText;

/**
 * The main window: documents by county on the left, the document text with its coding stripes in the centre
 * over the details/memo panel, the codebook on the right, a status bar below. Keyboard first: see
 * Help → Shortcuts.
 */
public final class MainWindow {
    private final Workspace workspace;
    private final Analyses analyses;
    private final CodebookService codebooks;
    private final Stage stage;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dialogcoder-worker");
        t.setDaemon(true);
        return t;
    });
    private final ProjectViewModel vm;
    private final ExportViewModel exportModel;
    private ResourceBundle messages;
    private DocumentView documentView;
    private CodebookView codebookView;
    private DetailsView detailsView;
    private NavigatorView navigator;
    private SplitPane main;
    private SplitPane centre;
    private final Label status = new Label();
    private final Label blindMark = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final AtomicBoolean cancelImport = new AtomicBoolean();
    private AnalysisWindow analysis;
    private CompareCodersWindow compare;

    /** The window, given its parts by the composition root (see {@link #of}). */
    public MainWindow(Workspace workspace, Analyses analyses, Exchanges exchanges, Stage stage) {
        this.workspace = workspace;
        this.analyses = analyses;
        this.codebooks = exchanges.codebooks();
        this.stage = stage;
        this.messages = Messages.bundle(workspace.settings().language);
        this.vm = ProjectViewModel.forFx(workspace, exchanges, background,
                (docs, codings) -> Messages.format(messages, "status.documents", docs, codings));
        this.exportModel = new ExportViewModel(vm, workspace, exchanges);
        vm.setPasswordPrompt(address -> TeamProjectDialogs.askPassword(stage, messages, address));
    }

    /** The window with the parts the composition root built. */
    public static MainWindow of(Services services, Stage stage) {
        return new MainWindow(services.workspace(), services.analyses(), services.exchanges(), stage);
    }

    /** The user's settings (window size, language, recent projects …). */
    Settings settings() {
        return workspace.settings();
    }

    public ProjectViewModel viewModel() {
        return vm;
    }

    public DocumentView documentView() {
        return documentView;
    }

    /** The part of the screen a window may use (the primary screen's, without its panels); tests give their own. */
    private javafx.geometry.Rectangle2D screen;

    /** Shows the window on a screen of these bounds instead of the primary screen's (before {@link #show}). */
    public void setScreenBounds(javafx.geometry.Rectangle2D bounds) {
        screen = bounds;
    }

    private javafx.geometry.Rectangle2D screen() {
        return screen != null ? screen : javafx.stage.Screen.getPrimary().getVisualBounds();
    }

    /** The window's size: as remembered, but never larger than the screen (a size saved on a bigger screen shrinks). */
    private double[] fittedSize(Settings s) {
        javafx.geometry.Rectangle2D room = screen();
        // the frame and title bar take some room outside the scene
        double w = Math.min(Math.max(800, s.windowWidth), room.getWidth() - 16);
        double h = Math.min(Math.max(560, s.windowHeight), room.getHeight() - 48);
        return new double[] {Math.max(320, w), Math.max(240, h)};
    }

    /** Builds the scene and shows the window at its remembered size, inside the screen (centred on it). */
    public void show() {
        Settings s = workspace.settings();
        double[] size = fittedSize(s);
        Scene scene = new Scene(build(), size[0], size[1]);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMaximized(s.windowMaximized);
        stage.setTitle(messages.getString("app.title"));
        vm.projectProperty().addListener((obs, old, info) -> updateTitle());
        vm.statusProperty().addListener((obs, old, x) -> updateStatus());
        vm.coderProperty().addListener((obs, old, x) -> updateStatus());
        vm.setErrorText(e -> Messages.describe(messages, e));
        vm.errorProperty().addListener((obs, old, e) -> {
            if (e != null) {
                showError(e);
            }
        });
        vm.noticeProperty().addListener((obs, old, notice) -> {
            if (notice != null) {
                info(messages.getString("notice.title"), Messages.render(messages, notice));
            }
        });
        vm.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                progress.setVisible(false);
                cancel.setVisible(false);
            }
        });
        vm.blindProperty().addListener((obs, was, on) -> {
            if (on && compare != null) {
                compare.stage().close(); // blind coding hides other coders' work
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        vm.setAskReadOnly((message, openReadOnly) -> {
            ButtonType readOnly = new ButtonType(messages.getString("readonly.open"), ButtonBar.ButtonData.OK_DONE);
            Alert a = Dialogs.alert(stage, messages, Alert.AlertType.WARNING, messages.getString("readonly.question"),
                    message);
            a.getButtonTypes().setAll(readOnly, Dialogs.cancel(messages));
            a.showAndWait().filter(b -> b == readOnly).ifPresent(b -> openReadOnly.run());
        });
        vm.readOnlyProperty().addListener((obs, o, n) -> updateStatus());
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
            }
        });
        stage.setOnCloseRequest(e -> rememberLayout());
        stage.setOnHidden(e -> {
            if (analysis != null) {
                analysis.close();
            }
            detailsView.flush();
            background.execute(vm::close);
            background.shutdown();
            try {
                // the worker is a daemon thread: let the last memo save and the close finish before the JVM ends
                background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        stage.show();
        placeInside(screen());
        if (vm.coderProperty().get() == null || vm.coderProperty().get().isBlank()) {
            Platform.runLater(this::askCoder);
        }
    }

    private BorderPane build() {
        navigator = new NavigatorView(vm, messages);
        documentView = new DocumentView(vm, messages);
        codebookView = new CodebookView(vm, messages, codebookActions());
        detailsView = new DetailsView(vm, messages);
        documentView.setWelcome(new WelcomePane(this, vm, messages));
        VBox text = new VBox(hint(), documentView);
        VBox.setVgrow(documentView, Priority.ALWAYS);
        centre = new SplitPane(text, detailsView);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(workspace.settings().detailsDivider);
        SplitPane.setResizableWithParent(detailsView, false);
        main = new SplitPane(navigator, centre, codebookView);
        double[] d = workspace.settings().dividers;
        main.setDividerPositions(d != null && d.length == 2 ? d : new double[] {0.22, 0.74});
        SplitPane.setResizableWithParent(navigator, false);
        SplitPane.setResizableWithParent(codebookView, false);
        progress.setVisible(false);
        progress.setPrefWidth(160);
        cancel.setText(messages.getString("status.cancel"));
        cancel.setVisible(false);
        cancel.setOnAction(e -> cancelImport.set(true));
        status.setId("status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        blindMark.setId("blindMark");
        blindMark.getStyleClass().add("status-blind");
        blindMark.setText(messages.getString("status.blind"));
        blindMark.visibleProperty().bind(vm.blindProperty());
        blindMark.managedProperty().bind(vm.blindProperty());
        HBox bar = new HBox(8, status, blindMark, spacer, progress, cancel);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        updateStatus();
        return new BorderPane(main, new Menus(this, vm, messages).bar(), null, bar, null);
    }

    private Node hint() {
        if (workspace.settings().hintDismissed) {
            return new Region();
        }
        Label text = new Label(messages.getString("hint.text"));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut short
        Button close = new Button("✕");
        close.getStyleClass().add("hint-close");
        HBox box = new HBox(8, text, close);
        box.getStyleClass().add("hint");
        box.setId("hint");
        HBox.setHgrow(text, Priority.ALWAYS);
        close.setOnAction(e -> {
            box.setVisible(false);
            box.setManaged(false);
            workspace.settings().hintDismissed = true;
            saveSettings();
        });
        return box;
    }

    /** Keys 1–9 code with pinned codes, Delete removes the selected coding — unless the user is typing. */
    private void keys(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            String t = e.getText();
            int n = t != null && t.matches("[1-9]") ? Integer.parseInt(t)
                    : k.getName().charAt(k.getName().length() - 1) - '0';
            vm.coding().applyPinned(n);
            e.consume();
        } else if ((k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) && codebookView != null
                && !codebookView.tree().isFocused()) {
            detailsView.flush();
            vm.coding().removeSelectedCoding();
            e.consume();
        }
    }

    /** Opens the analysis window (made on first use) at a tab. */
    public void showAnalysis(AnalysisWindow.Page page) {
        if (analysis == null) {
            analysis = new AnalysisWindow(vm, analyses, messages, stage);
        }
        analysis.show(page);
    }

    /** The analysis window, or null before it was first opened. */
    public AnalysisWindow analysisWindow() {
        return analysis;
    }

    public void rebuildInLanguage(String language) {
        AnalysisWindow.Page reopen = analysis != null && analysis.isShowing() ? analysis.page() : null;
        if (analysis != null) {
            analysis.close();
            analysis = null;
        }
        detailsView.flush();
        if (compare != null) {
            compare.stage().close();
            compare = null;
        }
        rememberLayout();
        workspace.settings().language = language;
        saveSettings();
        messages = Messages.bundle(language);
        navigator.dispose();
        documentView.dispose();
        codebookView.dispose();
        detailsView.dispose();
        stage.getScene().setRoot(build());
        vm.restatus();
        updateTitle();
        if (reopen != null) {
            showAnalysis(reopen);
        }
    }

    ResourceBundle messages() {
        return messages;
    }

    Stage stage() {
        return stage;
    }

    private void updateTitle() {
        var info = vm.projectProperty().get();
        stage.setTitle(info == null ? messages.getString("app.title")
                : info.name() + " – " + messages.getString("app.title"));
    }

    private void updateStatus() {
        var info = vm.projectProperty().get();
        String coder = vm.coderProperty().get();
        status.setText((vm.readOnlyProperty().get() ? messages.getString("status.readOnly") + "  ·  " : "")
                + (info == null ? "" : info.name() + "  ·  ")
                + Messages.format(messages, "status.coder", coder == null ? "–" : coder) + "  ·  "
                + (vm.statusProperty().get() == null ? "" : vm.statusProperty().get()));
    }

    /** Moves the window so that all of it, title bar and menu bar too, is on the screen. */
    private void placeInside(javafx.geometry.Rectangle2D room) {
        if (stage.isMaximized()) {
            return;
        }
        double w = Math.min(stage.getWidth(), room.getWidth());
        double h = Math.min(stage.getHeight(), room.getHeight());
        if (stage.getWidth() > room.getWidth() || stage.getHeight() > room.getHeight()) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        stage.setX(room.getMinX() + (room.getWidth() - w) / 2);
        stage.setY(room.getMinY() + (room.getHeight() - h) / 2);
    }

    private void rememberLayout() {
        Settings s = workspace.settings();
        s.windowMaximized = stage.isMaximized();
        if (!stage.isMaximized() && stage.getScene() != null) {
            s.windowWidth = stage.getScene().getWidth();
            s.windowHeight = stage.getScene().getHeight();
        }
        if (main != null) {
            s.dividers = main.getDividerPositions();
            s.detailsDivider = centre.getDividerPositions()[0];
        }
        saveSettings();
    }

    private void saveSettings() {
        try {
            workspace.saveSettings();
        } catch (java.io.IOException ignored) {
            // preferences are a convenience; the project is never affected
        }
    }

    // ---- actions used by the menus -------------------------------------------------------------------------------

    /** Saves a memo being typed now, before an action that may take away what it belongs to (undo, remove). */
    void flushMemo() {
        detailsView.flush();
    }

    /** Pins a code to a key (see {@link ProjectViewModel#pin}) and shows the keys in the codebook at once. */
    void pin(Code code, int key) {
        vm.coding().pin(code, key);
        codebookView.tree().refresh();
    }

    void askCoder() {
        TextInputDialog d = Dialogs.textInput(stage, messages, messages.getString("coder.title"),
                messages.getString("coder.question"), vm.coderProperty().get());
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(vm.coderProperty()::set);
    }

    public void newProject() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("chooser.project"),
                "*" + ProjectStores.FILE_EXTENSION));
        fc.setInitialFileName("länsdialoger" + ProjectStores.FILE_EXTENSION);
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        Path path = f.toPath().getFileName().toString().endsWith(ProjectStores.FILE_EXTENSION) ? f.toPath()
                : f.toPath().resolveSibling(f.getName() + ProjectStores.FILE_EXTENSION);
        newProject(path);
    }

    /**
     * Asks for the round of a new project at {@code path}, then creates it with the default codebook and opens it.
     * Cancelling the question creates nothing.
     */
    public void newProject(Path path) {
        TextInputDialog round = Dialogs.textInput(stage, messages, messages.getString("menu.file.new"),
                messages.getString("newProject.round"), Integer.toString(java.time.Year.now().getValue()));
        Optional<String> answer = round.showAndWait();
        if (answer.isEmpty()) {
            return;
        }
        String r = answer.get();
        String name = path.getFileName().toString().replaceFirst("\\.dcproj$", "");
        vm.background().attempt(() -> {
            try (Project p = ProjectStores.create(path, name, r == null || r.isBlank() ? null : r.strip())) {
                codebooks.install(p, codebooks.json().defaultCodebook());
            }
            return path;
        }, this::openProject, ex -> showError(Messages.describe(messages, ex)));
    }

    void openProjectChooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("chooser.project"),
                "*" + ProjectStores.FILE_EXTENSION));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            openProject(f.toPath());
        }
    }

    /** Opens a project in the window. */
    public void openProject(Path path) {
        openProject(Location.of(path));
    }

    /** Opens a project file or a team project in the window. */
    public void openProject(Location location) {
        detailsView.flush();
        status.setText(Messages.format(messages, "status.loading", location.shortName()));
        vm.open(location, () -> { });
    }

    /** Arkiv → Öppna teamprojekt…: asks for the address (a bad one is shown as the error). */
    void openTeamProject() {
        try {
            TeamProjectDialogs.askAddress(stage, messages, workspace.settings().recentProjects)
                    .ifPresent(this::openProject);
        } catch (IllegalArgumentException e) {
            showError(Messages.describe(messages, e));
        }
    }

    /** Opens the last project, or the demo project on first run. */
    public void openStartProject() {
        List<String> recent = workspace.settings().recentProjects;
        if (!recent.isEmpty() && ServerAddress.isServer(recent.get(0))) {
            openProject(Location.parse(recent.get(0))); // the team project the user worked on last
        } else if (!recent.isEmpty() && Files.isRegularFile(Path.of(recent.get(0)))) {
            openProject(Path.of(recent.get(0)));
        } else {
            vm.openDemo(() -> { });
        }
    }

    void importChooser(boolean folder) {
        if (folder) {
            File dir = new DirectoryChooser().showDialog(stage);
            if (dir != null) {
                importPaths(List.of(dir.toPath()));
            }
            return;
        }
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("chooser.documents"),
                "*.txt", "*.md", "*.docx", "*.pdf", "*.vtt", "*.srt"));
        List<File> files = fc.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    /** Imports with a progress bar and a cancel button; afterwards the per-file messages in a list. */
    public void importPaths(List<Path> paths) {
        cancelImport.set(false);
        progress.setProgress(0);
        progress.setVisible(true);
        cancel.setVisible(true);
        vm.transfers().importFiles(paths, PiiReviewDialog.reviewer(stage, messages), new ImportService.Progress() {
            @Override
            public void update(int done, int total, Path current) {
                Platform.runLater(() -> {
                    progress.setProgress(total == 0 ? 1 : (double) done / total);
                    if (current != null) {
                        status.setText(Messages.format(messages, "status.importing", done + 1, total,
                                current.getFileName()));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return cancelImport.get();
            }
        }, report -> {
            progress.setVisible(false);
            cancel.setVisible(false);
            updateStatus();
            showImportReport(report);
        });
    }

    private void showImportReport(ImportService.Report report) {
        Alert a = Dialogs.alert(stage, messages, report.anyFailed() ? Alert.AlertType.WARNING
                : Alert.AlertType.INFORMATION, ImportReportText.summary(report, messages), null);
        a.setTitle(messages.getString("dialog.import.title"));
        a.getDialogPane().setContent(ReportList.of("importReport", ImportReportText.lines(report, messages), messages,
                REPORT_WIDTH));
        a.show();
    }

    /** The width report lists ask for; a dialog is never wider than the screen (see {@link Dialogs}). */
    public static final double REPORT_WIDTH = 760;

    /** REFI-QDA export and import, in the current language. */
    public RefiActions refi() {
        return new RefiActions(stage, vm, messages);
    }

    private void info(String header, String text) {
        Dialogs.alert(stage, messages, Alert.AlertType.INFORMATION, header, text).show();
    }

    /** Merges coders' project files into the open project, off the FX thread; then the merge report. */
    void mergeChooser() {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.getString("chooser.merge"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("chooser.project"),
                "*" + ProjectStores.FILE_EXTENSION));
        List<File> files = fc.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            mergeProjects(files.stream().map(File::toPath).toList());
        }
    }

    public void mergeProjects(List<Path> files) {
        detailsView.flush();
        status.setText(Messages.format(messages, "status.merging", files.size()));
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setVisible(true);
        vm.transfers().mergeProjects(files, report -> {
            updateStatus();
            showMergeReport(report);
        });
    }

    private void showMergeReport(se.dialogcoder.app.exchange.MergeReport report) {
        Label backup = new Label(messages.getString("dialog.merge.backup"));
        backup.setWrapText(true);
        Alert a = Dialogs.alert(stage, messages, report.conflicts() > 0 ? Alert.AlertType.WARNING
                : Alert.AlertType.INFORMATION, MergeReportText.summary(report, messages), null);
        a.setTitle(messages.getString("dialog.merge.title"));
        a.getDialogPane().setContent(new VBox(8, ReportList.of("mergeReport", MergeReportText.lines(report, messages),
                messages, REPORT_WIDTH), backup));
        a.show();
    }

    /** The export dialogs, in the current language. */
    ExportActions exports() {
        return new ExportActions(stage, exportModel, messages, this::exporting);
    }

    /** While an export runs: a moving progress bar and a status line, until the work is done or has failed. */
    private void exporting() {
        if (!vm.busyProperty().get()) {
            return;
        }
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setVisible(true);
        status.setText(messages.getString("export.busy"));
        vm.busyProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    progress.setVisible(false);
                    updateStatus();
                    vm.busyProperty().removeListener(this);
                }
            }
        });
    }

    /** The disagreement browser (one window, kept while the main window lives). */
    void openCompare() {
        if (compare == null) {
            var info = vm.projectProperty().get();
            compare = new CompareCodersWindow(stage, new CompareCodersViewModel(vm, analyses.disagreements(), messages), messages,
                    info == null ? null : info.name());
        }
        compare.show();
    }

    CompareCodersWindow compareWindow() {
        return compare;
    }

    void showProjectMemo() {
        detailsView.showProject();
    }

    void quickCode(boolean recode) {
        String title = messages.getString(recode ? "quick.recodeTitle" : "quick.title");
        Optional<Code> chosen = QuickCodeDialog.ask(stage, messages, title, List.copyOf(vm.codes()));
        chosen.ifPresent(c -> {
            if (recode) {
                vm.coding().recodeSelected(c.id());
            } else {
                vm.coding().applyCode(c.id());
            }
        });
    }

    void showError(String message) {
        Dialogs.alert(stage, messages, Alert.AlertType.ERROR, messages.getString("dialog.error.title"), message).show();
    }

    /** The codebook's dialogs (add, rename, recolour, describe, merge, delete), in the current language. */
    CodebookActions codebookActions() {
        return new CodebookActions(stage, vm, messages);
    }

    static void runLater(Runnable r) {
        Platform.runLater(r);
    }
}
