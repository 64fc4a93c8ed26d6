package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The "Analys" window: search and auto-code, coded segments, frequencies, county × theme, co-occurrence, charts and
 * county comparison, one tab each. It reads through the main window's view model, so counts follow every coding,
 * undo and redo; Ctrl+Z here undoes in the project like in the main window.
 */
public final class AnalysisWindow {
    /** The tabs, in order. */
    public enum Page { SEARCH, RETRIEVAL, FREQUENCIES, MATRIX, COOCCURRENCE, CHARTS, COMPARE }

    private final ProjectViewModel vm;
    private final ResourceBundle m;
    private final Stage main;
    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final Map<Page, Tab> tabOf = new EnumMap<>(Page.class);
    private final Map<Tab, AnalysisModel> modelOf = new java.util.HashMap<>();
    /** Each tab's content; only the chosen tab has it in the scene (hidden tabs cost no CSS or layout). */
    private final Map<Tab, Node> contentOf = new java.util.HashMap<>();
    private final Set<Tab> stale = new HashSet<>();
    private final SearchModel search;
    private final RetrievalModel retrieval;
    private final FrequencyModel frequencies;
    private final MatrixModel matrix;
    private final CooccurrenceModel cooccurrence;
    private final ChartsModel charts;
    private final CompareModel compare;
    private final javafx.beans.value.ChangeListener<Number> dataChanged = (o, a, b) -> {
        stale.addAll(modelOf.keySet());
        if (stage.isShowing()) {
            refreshShown();
        }
    };
    private final javafx.beans.value.ChangeListener<Object> projectChanged = (o, a, b) -> clearSearch();
    private BooleanBinding anyBusy;
    private SearchTab searchTab;
    private MatrixTab matrixTab;
    private ChartsTab chartsTab;
    private CompareTab compareTab;

    public AnalysisWindow(ProjectViewModel vm, Analyses analyses, ResourceBundle messages, Stage main) {
        this.vm = vm;
        this.m = messages;
        this.main = main;
        search = new SearchModel(vm, analyses);
        retrieval = new RetrievalModel(vm, analyses);
        frequencies = new FrequencyModel(vm, analyses);
        matrix = new MatrixModel(vm, analyses);
        cooccurrence = new CooccurrenceModel(vm, analyses);
        charts = new ChartsModel(vm, analyses);
        compare = new CompareModel(vm, analyses);
        build();
    }

    public Stage stage() {
        return stage;
    }

    public SearchModel search() {
        return search;
    }

    MatrixModel matrix() {
        return matrix;
    }

    ChartsTab chartsTab() {
        return chartsTab;
    }

    CompareTab compareTab() {
        return compareTab;
    }

    MatrixTab matrixTab() {
        return matrixTab;
    }

    private void build() {
        Runnable toMain = () -> {
            main.toFront();
            main.requestFocus();
        };
        searchTab = new SearchTab(search, vm, m, stage, toMain);
        matrixTab = new MatrixTab(matrix, vm, m, stage);
        chartsTab = new ChartsTab(charts, vm, m, stage);
        compareTab = new CompareTab(compare, vm, m, stage, toMain);
        add(Page.SEARCH, "analysis.tab.search", searchTab.build(), search);
        add(Page.RETRIEVAL, "analysis.tab.retrieval", new RetrievalTab(retrieval, vm, m, toMain).build(), retrieval);
        add(Page.FREQUENCIES, "analysis.tab.frequencies", new FrequencyTab(frequencies, vm, m).build(), frequencies);
        add(Page.MATRIX, "analysis.tab.matrix", matrixTab.build(), matrix);
        add(Page.COOCCURRENCE, "analysis.tab.cooccurrence", new CooccurrenceTab(cooccurrence, vm, m).build(),
                cooccurrence);
        add(Page.CHARTS, "analysis.tab.charts", chartsTab.build(), charts);
        add(Page.COMPARE, "analysis.tab.compare", compareTab.build(), compare);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("analysisTabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            attachOnly(t);
            refreshShown();
        });
        attachOnly(tabs.getSelectionModel().getSelectedItem());
        // the main view model outlives this window (a language switch makes a new one): it holds only weak listeners
        vm.dataVersionProperty().addListener(new javafx.beans.value.WeakChangeListener<>(dataChanged));
        vm.projectProperty().addListener(new javafx.beans.value.WeakChangeListener<>(projectChanged));

        Label status = new Label();
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            var info = vm.projectProperty().get();
            String coder = vm.coderProperty().get();
            return (info == null ? "" : info.name() + "  ·  ") + Messages.format(m, "status.coder",
                    coder == null ? "–" : coder) + "  ·  " + m.getString("analysis.undoHint");
        }, vm.projectProperty(), vm.coderProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        anyBusy = search.busyProperty().or(retrieval.busyProperty()).or(frequencies.busyProperty())
                .or(matrix.busyProperty()).or(cooccurrence.busyProperty()).or(charts.busyProperty())
                .or(compare.busyProperty()).or(vm.busyProperty());
        busy.visibleProperty().bind(anyBusy);
        HBox bar = new HBox(8, status, AnalysisControls.spacer(), busy);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new BorderPane(tabs, null, null, bar, null),
                Math.min(1340, screen.getWidth() - 20), Math.min(760, screen.getHeight() - 30));
        scene.getStylesheets().add(AnalysisWindow.class.getResource("/se/dialogcoder/ui/app.css").toExternalForm());
        accelerators(scene);
        stage.setScene(scene);
        stage.setTitle(m.getString("analysis.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
    }

    private void add(Page page, String key, Node content, AnalysisModel model) {
        Tab tab = new Tab(m.getString(key));
        contentOf.put(tab, content);
        tab.setId("tab-" + page.name().toLowerCase(java.util.Locale.ROOT));
        tabs.getTabs().add(tab);
        tabOf.put(page, tab);
        modelOf.put(tab, model);
        stale.add(tab);
    }

    private void accelerators(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(KeyCombination.keyCombination("Shortcut+Z"), vm.coding()::undo);
        keys.put(KeyCombination.keyCombination("Shortcut+Shift+Z"), vm.coding()::redo);
        keys.put(KeyCombination.keyCombination("Shortcut+Y"), vm.coding()::redo);
        keys.put(KeyCombination.keyCombination("Shortcut+F"), () -> show(Page.SEARCH));
        keys.put(KeyCombination.keyCombination("Shortcut+R"), () -> show(Page.RETRIEVAL));
        keys.put(KeyCombination.keyCombination("Shortcut+Shift+F"), () -> show(Page.FREQUENCIES));
        keys.put(KeyCombination.keyCombination("Shortcut+Shift+T"), () -> show(Page.MATRIX));
        keys.put(KeyCombination.keyCombination("Shortcut+Shift+G"), () -> show(Page.CHARTS));
        keys.put(KeyCombination.keyCombination("Shortcut+W"), stage::close);
        Page[] pages = Page.values();
        for (int i = 0; i < pages.length; i++) {
            Page p = pages[i];
            keys.put(KeyCombination.keyCombination("Shortcut+" + (i + 1)), () -> show(p));
        }
    }

    /** Shows the window at a tab (the search tab puts the cursor in the query field). */
    public void show(Page page) {
        tabs.getSelectionModel().select(tabOf.get(page));
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        refreshShown();
        if (page == Page.SEARCH) {
            Platform.runLater(() -> {
                searchTab.queryField().requestFocus();
                searchTab.queryField().selectAll();
            });
        }
    }

    /** True while a tab (or the main window's worker) is reading: the figures shown are not yet the latest. */
    public javafx.beans.binding.BooleanExpression busyProperty() {
        return anyBusy;
    }

    public FrequencyModel frequencies() {
        return frequencies;
    }

    public Page page() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return tabOf.entrySet().stream().filter(e -> e.getValue() == t).map(Map.Entry::getKey).findFirst()
                .orElse(Page.SEARCH);
    }

    /** Another project was opened: the hits of the last one are gone. */
    private void clearSearch() {
        search.queryProperty().set("");
        search.search();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }

    /** Reads the shown tab again if the project changed since it last read. */
    /** Puts the chosen tab's content in the scene and takes the others' out. */
    private void attachOnly(Tab chosen) {
        for (Tab t : tabs.getTabs()) {
            t.setContent(t == chosen ? contentOf.get(t) : null);
        }
    }

    private void refreshShown() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t != null && stale.remove(t)) {
            modelOf.get(t).refresh();
        }
    }
}
