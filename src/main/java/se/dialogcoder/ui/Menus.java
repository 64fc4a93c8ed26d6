package se.dialogcoder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import se.dialogcoder.app.exchange.ReportService;
import se.dialogcoder.app.exchange.TableExportService;
import se.dialogcoder.model.Coder;
import se.dialogcoder.ui.CoderFilter;
import se.dialogcoder.ui.analysis.AnalysisWindow;

/** The menu bar: every action with its shortcut, so everything is reachable from the keyboard. */
final class Menus {
    private final MainWindow w;
    private final ProjectViewModel vm;
    private final ResourceBundle m;

    Menus(MainWindow window, ProjectViewModel vm, ResourceBundle messages) {
        this.w = window;
        this.vm = vm;
        this.m = messages;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), edit(), coding(), codebook(), analysis(), view(), help());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(m.getString(key));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private Menu file() {
        Menu recent = new Menu(m.getString("menu.file.recent"));
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("…"));
        return new Menu(m.getString("menu.file"), null,
                item("menu.file.new", "Shortcut+N", w::newProject),
                item("menu.file.open", "Shortcut+O", w::openProjectChooser),
                item("menu.file.openTeam", null, w::openTeamProject),
                recent,
                item("menu.file.demo", null, () -> vm.openDemo(() -> { })),
                new SeparatorMenuItem(),
                item("menu.file.import", "Shortcut+I", () -> w.importChooser(false)),
                item("menu.file.importFolder", "Shortcut+Shift+O", () -> w.importChooser(true)),
                new SeparatorMenuItem(),
                new Menu(m.getString("menu.file.refi"), null,
                        item("menu.file.exportQdpx", null, () -> w.refi().exportRefi("qdpx")),
                        item("menu.file.exportQdc", null, () -> w.refi().exportRefi("qdc")),
                        item("menu.file.importQdpx", null, () -> w.refi().importQdpx()),
                        item("menu.file.importQdc", null, () -> w.refi().importQdc())),
                exportFrequencies(),
                exports(),
                merge(),
                new SeparatorMenuItem(),
                item("menu.file.projectMemo", "Shortcut+M", w::showProjectMemo),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", () -> w.stage().close()));
    }

    private MenuItem exportFrequencies() {
        MenuItem i = item("menu.file.exportFrequencies", null, () -> w.exports().frequencies());
        i.disableProperty().bind(vm.projectProperty().isNull().or(vm.busyProperty()));
        return i;
    }

    /** Arkiv → Exportera: the three tables for Excel and the report. */
    private Menu exports() {
        Menu menu = new Menu(m.getString("menu.file.export"), null,
                item("menu.file.export.matrix", null, () -> w.exports().table(TableExportService.What.MATRIX)),
                item("menu.file.export.frequencies", null,
                        () -> w.exports().table(TableExportService.What.FREQUENCIES)),
                item("menu.file.export.segments", null, () -> w.exports().table(TableExportService.What.SEGMENTS)),
                new SeparatorMenuItem(),
                item("menu.file.export.reportHtml", null, () -> w.exports().report(ReportService.Format.HTML)),
                item("menu.file.export.reportDocx", null, () -> w.exports().report(ReportService.Format.DOCX)));
        menu.disableProperty().bind(vm.projectProperty().isNull().or(vm.busyProperty()));
        return menu;
    }

    private MenuItem merge() {
        MenuItem merge = item("menu.file.merge", null, w::mergeChooser);
        merge.setId("menuMerge");
        merge.disableProperty().bind(vm.projectProperty().isNull().or(vm.busyProperty()));
        return merge;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (String p : w.settings().recentProjects) {
            if (se.dialogcoder.app.ServerAddress.isServer(p)) {
                MenuItem i = new MenuItem(p);
                i.setOnAction(e -> w.openProject(se.dialogcoder.app.Location.parse(p)));
                recent.getItems().add(i);
                continue;
            }
            Path path = Path.of(p);
            MenuItem i = new MenuItem(path.getFileName().toString());
            i.setDisable(!Files.isRegularFile(path));
            i.setOnAction(e -> w.openProject(path));
            recent.getItems().add(i);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(m.getString("menu.file.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu edit() {
        // a memo being typed is saved first: the step may take away the coding it belongs to
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", () -> {
            w.flushMemo();
            vm.coding().undo();
        });
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", "Shortcut+Shift+Z", () -> {
            w.flushMemo();
            vm.coding().redo();
        });
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem redoY = item("menu.edit.redoY", "Shortcut+Y", () -> {
            w.flushMemo();
            vm.coding().redo();
        });
        redoY.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem remove = item("menu.edit.removeCoding", null, () -> {
            w.flushMemo();
            vm.coding().removeSelectedCoding();
        });
        remove.disableProperty().bind(vm.selectedCodingProperty().isNull());
        MenuItem recode = item("menu.edit.recode", "Shortcut+Shift+K", () -> w.quickCode(true));
        recode.disableProperty().bind(vm.selectedCodingProperty().isNull());
        MenuItem resize = item("menu.edit.resize", "Shortcut+E", vm.coding()::resizeSelectedToSelection);
        resize.disableProperty().bind(vm.selectedCodingProperty().isNull().or(vm.selectionProperty().isNull()));
        return new Menu(m.getString("menu.edit"), null, undo, redo, redoY, new SeparatorMenuItem(), remove, recode,
                resize);
    }

    private Menu coding() {
        CheckMenuItem snap = new CheckMenuItem(m.getString("menu.coding.snap"));
        snap.selectedProperty().bindBidirectional(vm.snapToWordsProperty());
        MenuItem compare = item("menu.coding.compare", null, w::openCompare);
        compare.setId("menuCompare");
        // comparing shows other coders' work: not while coding blind
        compare.disableProperty().bind(vm.projectProperty().isNull().or(vm.blindProperty()));
        return new Menu(m.getString("menu.coding"), null,
                item("menu.coding.quick", "Shortcut+K", () -> w.quickCode(false)),
                item("menu.coding.inVivo", "Shortcut+Shift+I", vm.coding()::codeInVivo),
                snap,
                new SeparatorMenuItem(),
                item("codebook.new", "Shortcut+Shift+N", () -> w.codebookActions().add(null)),
                new SeparatorMenuItem(),
                compare);
    }

    /** Codebook actions on the selected code, reachable from the keyboard (the tree's context menu has them too). */
    private Menu codebook() {
        java.util.function.Supplier<se.dialogcoder.model.Code> sel = () -> vm.selectedCodeProperty().get();
        MenuItem sub = item("codebook.newSub", null, () -> w.codebookActions().add(sel.get()));
        MenuItem rename = item("codebook.rename", null, () -> w.codebookActions().rename(sel.get()));
        MenuItem recolour = item("codebook.recolour", null, () -> w.codebookActions().recolour(sel.get()));
        MenuItem describe = item("codebook.describe", null, () -> w.codebookActions().describe(sel.get()));
        MenuItem merge = item("codebook.merge", "Shortcut+Shift+M", () -> w.codebookActions().merge(sel.get()));
        MenuItem delete = item("codebook.delete", null, () -> w.codebookActions().delete(sel.get()));
        MenuItem top = item("codebook.toTop", null, () -> vm.codebook().moveCode(sel.get(), null));
        for (MenuItem i : java.util.List.of(sub, rename, recolour, describe, merge, delete, top)) {
            i.disableProperty().bind(vm.selectedCodeProperty().isNull());
        }
        Menu pin = new Menu(m.getString("codebook.pin"));
        for (int i = 1; i <= 9; i++) {
            int key = i;
            MenuItem k = item("codebook.pinKey", null, () -> w.pin(sel.get(), key));
            k.setText(Integer.toString(i));
            k.disableProperty().bind(vm.selectedCodeProperty().isNull());
            pin.getItems().add(k);
        }
        return new Menu(m.getString("codebook.title"), null, item("codebook.new", null, () -> w.codebookActions().add(null)), sub,
                rename, recolour, describe, top, pin, new SeparatorMenuItem(), merge, delete);
    }

    /** The analysis window, at each of its tabs. */
    private Menu analysis() {
        return new Menu(m.getString("menu.analysis"), null,
                item("menu.analysis.search", "Shortcut+F", () -> w.showAnalysis(AnalysisWindow.Page.SEARCH)),
                item("menu.analysis.retrieval", "Shortcut+R", () -> w.showAnalysis(AnalysisWindow.Page.RETRIEVAL)),
                item("menu.analysis.frequencies", "Shortcut+Shift+F",
                        () -> w.showAnalysis(AnalysisWindow.Page.FREQUENCIES)),
                item("menu.analysis.matrix", "Shortcut+Shift+T", () -> w.showAnalysis(AnalysisWindow.Page.MATRIX)),
                item("menu.analysis.cooccurrence", null, () -> w.showAnalysis(AnalysisWindow.Page.COOCCURRENCE)),
                item("menu.analysis.charts", "Shortcut+Shift+G", () -> w.showAnalysis(AnalysisWindow.Page.CHARTS)),
                item("menu.analysis.compare", null, () -> w.showAnalysis(AnalysisWindow.Page.COMPARE)));
    }

    private Menu view() {
        Menu coders = new Menu(m.getString("menu.view.coders"));
        coders.setOnShowing(e -> fillCoders(coders));
        coders.getItems().add(new MenuItem("…"));
        CheckMenuItem blind = new CheckMenuItem(m.getString("menu.view.blind"));
        blind.setId("menuBlind");
        blind.selectedProperty().bindBidirectional(vm.blindProperty());
        ToggleGroup lang = new ToggleGroup();
        RadioMenuItem sv = new RadioMenuItem("Svenska");
        RadioMenuItem en = new RadioMenuItem("English");
        sv.setToggleGroup(lang);
        en.setToggleGroup(lang);
        boolean english = "en".equals(w.settings().language);
        (english ? en : sv).setSelected(true);
        sv.setOnAction(e -> w.rebuildInLanguage("sv"));
        en.setOnAction(e -> w.rebuildInLanguage("en"));
        Menu language = new Menu(m.getString("menu.view.language"), null, sv, en);
        return new Menu(m.getString("menu.view"), null, coders, blind, item("menu.view.coder", null, w::askCoder),
                language);
    }

    private void fillCoders(Menu menu) {
        menu.getItems().clear();
        ToggleGroup g = new ToggleGroup();
        CoderFilter current = vm.coderFilterProperty().get();
        RadioMenuItem all = radio(g, m.getString("menu.view.codersAll"), current.kind() == CoderFilter.Kind.ALL,
                CoderFilter.ALL);
        RadioMenuItem mine = radio(g, m.getString("menu.view.codersMine"), current.kind() == CoderFilter.Kind.MINE,
                CoderFilter.MINE);
        menu.getItems().addAll(all, mine, new SeparatorMenuItem());
        for (Coder c : vm.coders()) {
            menu.getItems().add(radio(g, c.name(), current.kind() == CoderFilter.Kind.ONE
                    && c.name().equals(current.coder()), new CoderFilter(CoderFilter.Kind.ONE, c.name())));
        }
    }

    private RadioMenuItem radio(ToggleGroup g, String text, boolean selected, CoderFilter filter) {
        RadioMenuItem r = new RadioMenuItem(text);
        r.setToggleGroup(g);
        r.setSelected(selected);
        r.setOnAction(e -> vm.coderFilterProperty().set(filter));
        return r;
    }

    private Menu help() {
        MenuItem shortcuts = item("menu.help.shortcuts", "F1", () -> {
            Alert a = Dialogs.alert(w.stage(), m, Alert.AlertType.INFORMATION, m.getString("menu.help.shortcuts"),
                    null);
            a.setTitle(m.getString("menu.help.shortcuts"));
            a.getDialogPane().setContent(shortcutsGrid(m));
            a.show();
        });
        MenuItem about = item("menu.help.about", null, () -> {
            Alert a = Dialogs.alert(w.stage(), m, Alert.AlertType.INFORMATION, m.getString("app.title"),
                    m.getString("dialog.about.text"));
            a.setTitle(m.getString("menu.help.about"));
            a.show();
        });
        return new Menu(m.getString("menu.help"), null, shortcuts, about);
    }

    /**
     * The shortcuts as a table of two columns, key and action, that line up whatever the language: the bundle's
     * {@code shortcuts.text} has one shortcut a line, key and action separated by a tab.
     */
    static GridPane shortcutsGrid(ResourceBundle m) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(3);
        int row = 0;
        for (String line : m.getString("shortcuts.text").split("\n")) {
            String[] cell = line.split("\t", 2);
            Label key = new Label(cell[0].strip());
            key.getStyleClass().add("shortcut-key");
            Label action = new Label(cell.length > 1 ? cell[1].strip() : "");
            action.getStyleClass().add("shortcut-action");
            action.setWrapText(true);
            grid.addRow(row++, key, action);
        }
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setMaxWidth(420);
        grid.getColumnConstraints().setAll(keys, actions);
        return grid;
    }
}
