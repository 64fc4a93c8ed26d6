package se.dialogcoder.ui.teamwork;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import se.dialogcoder.app.teamwork.DisagreementService.Passage;
import se.dialogcoder.app.teamwork.DisagreementService.Segment;
import se.dialogcoder.ui.MainWindow;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.teamwork.CompareCodersViewModel.CodeRow;

/**
 * The disagreement browser: two coders and a code at the top, the agreement figures per code below them, and the
 * passages where the two coded differently, side by side (coder A | coder B). Double-click or Enter shows the
 * passage in the main window.
 */
public final class CompareCodersWindow {
    private final Stage stage = new Stage();
    private final Window owner;
    private final CompareCodersViewModel vm;
    private final ResourceBundle m;
    private final TableView<CodeRow> codes = new TableView<>();
    private final TableView<Passage> passages = new TableView<>();

    public CompareCodersWindow(Window owner, CompareCodersViewModel vm, ResourceBundle messages, String projectName) {
        this.vm = vm;
        this.m = messages;
        this.owner = owner;
        stage.initOwner(owner);
        stage.setTitle(m.getString("compare.title") + (projectName == null ? "" : " – " + projectName));
        Scene scene = new Scene(build(), 1100, 680);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("F5"), vm::compute);
        scene.getAccelerators().put(KeyCombination.keyCombination("Esc"), stage::close);
        stage.setScene(scene);
        stage.setOnShown(e -> vm.activeProperty().set(true));
        stage.setOnHidden(e -> vm.activeProperty().set(false));
    }

    private void jump(Passage p) {
        if (p != null) {
            vm.jump(p);
            owner.requestFocus();
        }
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private VBox build() {
        ComboBox<String> first = coderBox("compareFirst");
        first.valueProperty().bindBidirectional(vm.firstProperty());
        ComboBox<String> second = coderBox("compareSecond");
        second.valueProperty().bindBidirectional(vm.secondProperty());
        ComboBox<String> code = new ComboBox<>();
        code.setId("compareCode");
        code.getItems().add(null);
        code.getItems().addAll(vm.codePaths());
        vm.codePaths().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = code.getValue();
            code.getItems().setAll(vm.codePaths());
            code.getItems().add(0, null);
            code.setValue(keep);
        });
        code.setConverter(new StringConverter<>() {
            @Override
            public String toString(String path) {
                return path == null ? m.getString("compare.allCodes") : path;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        code.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && item == null ? m.getString("compare.allCodes")
                        : item == null ? m.getString("compare.allCodes") : item);
            }
        });
        code.valueProperty().bindBidirectional(vm.codeProperty());
        code.setPrefWidth(320);
        Button refresh = new Button(m.getString("compare.refresh"));
        refresh.setOnAction(e -> vm.compute());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox choose = new HBox(8, label("compare.first", first), first, label("compare.second", second), second,
                label("compare.code", code), code, refresh, busy);
        choose.setAlignment(Pos.CENTER_LEFT);

        buildCodes();
        Label note = new Label();
        note.setId("compareNote");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                ? vm.errorProperty().get() : vm.noteProperty().get(), vm.errorProperty(), vm.noteProperty()));
        note.styleProperty().bind(Bindings.when(vm.errorProperty().isNotNull()).then("-fx-text-fill: #b00020;")
                .otherwise(""));
        buildPassages();
        Label hint = new Label(m.getString("compare.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("doc-meta");
        VBox top = new VBox(6, codes, note);
        VBox.setVgrow(codes, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, passages);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        VBox root = new VBox(8, choose, split, hint);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        return root;
    }

    private ComboBox<String> coderBox(String id) {
        ComboBox<String> box = new ComboBox<>(vm.coderNames());
        box.setId(id);
        box.setPrefWidth(160);
        return box;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label l = new Label(m.getString(key));
        l.setLabelFor(target);
        return l;
    }

    private void buildCodes() {
        codes.setId("compareCodes");
        codes.setItems(vm.codeRows());
        codes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CodeRow, String> name = column("compare.col.code", r -> r.total()
                ? m.getString("compare.total") : r.code());
        name.setPrefWidth(360);
        TableColumn<CodeRow, String> agreement = column("compare.col.agreement", r -> r.percentAgreement()
                + (r.noVariation() ? " *" : ""));
        TableColumn<CodeRow, String> kappa = column("compare.col.kappa", CodeRow::kappa);
        TableColumn<CodeRow, String> alpha = column("compare.col.alpha", CodeRow::alpha);
        TableColumn<CodeRow, String> count = column("compare.col.passages", r -> Integer.toString(r.passages()));
        for (TableColumn<CodeRow, String> c : java.util.List.of(agreement, kappa, alpha, count)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            c.setPrefWidth(150);
        }
        codes.getColumns().setAll(java.util.List.of(name, agreement, kappa, alpha, count));
        codes.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CodeRow item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(item != null && item.total() ? "-fx-font-weight: bold;" : "");
                setTooltip(item != null && item.noVariation() ? new Tooltip(m.getString("compare.noVariation"))
                        : null);
            }
        });
        codes.getSelectionModel().selectedItemProperty().addListener((obs, o, row) ->
                vm.shownCodeProperty().set(row == null || row.total() ? null : row.code()));
        codes.setPlaceholder(new Label(""));
        codes.setPrefHeight(150);
    }

    private static <S> TableColumn<S, String> column(String key, ResourceBundle m,
                                                     java.util.function.Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(m.getString(key));
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private <S> TableColumn<S, String> column(String key, java.util.function.Function<S, String> value) {
        return column(key, m, value);
    }

    private void buildPassages() {
        passages.setId("comparePassages");
        passages.setItems(vm.passages());
        passages.setPlaceholder(new Label(m.getString("compare.placeholder")));
        passages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Passage, String> code = column("compare.col.code", Passage::code);
        code.setPrefWidth(150);
        TableColumn<Passage, String> document = column("compare.col.document", Passage::document);
        document.setPrefWidth(175);
        TableColumn<Passage, String> county = column("compare.col.county", p -> p.county() == null
                ? m.getString("nav.unknownCounty") : p.county().officialName());
        county.setPrefWidth(110);
        for (TableColumn<Passage, String> c : java.util.List.of(code, document, county)) {
            c.setCellFactory(col -> wrapping(col));
        }
        TableColumn<Passage, Passage> a = side(true);
        a.textProperty().bind(vm.firstNameProperty());
        TableColumn<Passage, Passage> b = side(false);
        b.textProperty().bind(vm.secondNameProperty());
        passages.getColumns().setAll(java.util.List.of(code, document, county, a, b));
        passages.setRowFactory(t -> {
            TableRow<Passage> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    jump(row.getItem());
                }
            });
            return row;
        });
        passages.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump(passages.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    /**
     * A cell whose text wraps at the column's width. (A Text node with a wrapping width, not a wrapping label: a
     * wrapping label in a table measures its height at a width of nearly nothing and makes rows very tall.)
     */
    private static <S> TableCell<S, String> wrapping(TableColumn<S, String> column) {
        return new TableCell<>() {
            private final Text text = wrappingText(column);

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setAlignment(Pos.TOP_LEFT);
            }
        };
    }

    private static Text wrappingText(TableColumn<?, ?> column) {
        Text text = new Text();
        text.getStyleClass().add("compare-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        return text;
    }

    /** A coder's column: the passage with what this coder coded in it emphasised. */
    private TableColumn<Passage, Passage> side(boolean first) {
        TableColumn<Passage, Passage> c = new TableColumn<>();
        c.setId(first ? "compareColumnFirst" : "compareColumnSecond");
        c.setSortable(false);
        c.setPrefWidth(330);
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleObjectProperty<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            /** The row asks without a width; the text wraps at the column's width (else at almost nothing). */
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width > 0 ? width : col.getWidth());
            }

            @Override
            protected void updateItem(Passage p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                int coded = first ? p.codedFirst() : p.codedSecond();
                int only = first ? p.onlyFirst() : p.onlySecond();
                Text caption = wrappingText(col);
                caption.setText(coded == 0 ? m.getString("compare.cell.none")
                        : Messages.format(m, "compare.cell.coded", coded, only));
                caption.getStyleClass().add("compare-caption");
                TextFlow flow = new TextFlow();
                for (Segment s : p.segments()) {
                    Text t = new Text(s.text());
                    boolean mine = first ? s.first() : s.second();
                    boolean theirs = first ? s.second() : s.first();
                    if (s.context()) {
                        t.setStyle("-fx-fill: #8a8a8a;");
                    } else if (mine && !theirs) {
                        t.setStyle("-fx-font-weight: bold; -fx-fill: #b34700; -fx-underline: true;");
                    } else if (mine) {
                        t.setStyle("-fx-font-weight: bold; -fx-fill: #12436d;");
                    } else {
                        t.setStyle("-fx-fill: #1d1d1d;");
                    }
                    flow.getChildren().add(t);
                }
                flow.maxWidthProperty().bind(col.widthProperty().subtract(14));
                flow.prefWidthProperty().bind(col.widthProperty().subtract(14));
                VBox box = new VBox(2, caption, flow);
                box.setMinHeight(Region.USE_PREF_SIZE);
                setGraphic(box);
            }
        });
        return c;
    }
}
