package se.dialogcoder.ui.analysis;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.coding.QuickCodeDialog;

/**
 * Search: the query, the hits as keyword in context grouped by county (double-click opens the hit in the main
 * window), and below them auto-coding: code, scope, preview, apply. The hits come a page at a time: the last line
 * says that more follow, and scrolling to it (or double-clicking it, or Enter on it) reads the next page.
 */
final class SearchTab {
    /** A line of the result tree: a county heading, one hit, or the line that reads more hits (its text). */
    record Line(String heading, SearchService.Hit hit, String more) {
        Line(String heading, SearchService.Hit hit) {
            this(heading, hit, null);
        }

        boolean isMore() {
            return more != null;
        }
    }

    /** Lines from the end at which the next page is read. */
    private static final int NEAR_END = 3;

    private final SearchModel model;
    private final ResourceBundle m;
    private final Runnable toMain;
    private final Window owner;
    private final ProjectViewModel vm;
    private final TextField query = new TextField();
    private final TreeTableView<Line> results = new TreeTableView<>();
    private final Label summary = new Label();
    private final ListView<SearchService.Proposal> proposals = new ListView<>();
    private final Label previewSummary = new Label();
    /** What the tree shows: the search and how many of its hits. */
    private SearchModel.Results shown;
    private final TreeItem<Line> moreLine = new TreeItem<>();

    SearchTab(SearchModel model, ProjectViewModel vm, ResourceBundle m, Window owner, Runnable toMain) {
        this.model = model;
        this.vm = vm;
        this.m = m;
        this.owner = owner;
        this.toMain = toMain;
    }

    TextField queryField() {
        return query;
    }

    Node build() {
        query.setId("searchQuery");
        query.setPromptText(m.getString("search.prompt"));
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button go = new Button(m.getString("search.go"));
        go.setId("searchButton");
        go.setDefaultButton(false);
        go.setOnAction(e -> model.search());
        CheckBox stem = option("searchStem", "search.stem", model.inflectionsProperty());
        CheckBox parts = option("searchCompounds", "search.compounds", model.compoundsProperty());
        summary.setId("searchSummary");
        summary.getStyleClass().add("muted");
        HBox top = new HBox(8, new Label(m.getString("search.label")), query, go, stem, parts,
                new Label(m.getString("scope.label")),
                AnalysisControls.scope(vm, m, "searchScope", false, model.setScopeProperty()::set), summary);
        top.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(m.getString("search.help"));
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        VBox header = new VBox(4, top, help, AnalysisControls.error(model.errorProperty()));
        header.setPadding(new Insets(8, 8, 4, 8));

        buildResults();
        model.resultProperty().addListener((o, a, r) -> showResult(r));

        SplitPane split = new SplitPane(results, autoCode());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        BorderPane pane = new BorderPane(split, header, null, null, null);
        return pane;
    }

    /** A check box for one of the word-form options, with its tooltip ({@code key}.tip). */
    private CheckBox option(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(m.getString(key));
        box.setId(id);
        box.setTooltip(new Tooltip(m.getString(key + ".tip")));
        box.selectedProperty().bindBidirectional(property);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private void buildResults() {
        results.setId("searchResults");
        results.setShowRoot(false);
        results.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.setPlaceholder(new Label(m.getString("search.none")));
        TreeTableColumn<Line, String> where = new TreeTableColumn<>(m.getString("search.where"));
        where.setCellValueFactory(d -> new ReadOnlyStringWrapper(whereText(d.getValue().getValue())));
        where.setPrefWidth(260);
        where.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(line != null && line.heading() != null ? "-fx-font-weight: bold;"
                        : line != null && line.isMore() ? "-fx-font-style: italic; -fx-text-fill: #555;"
                        : "-fx-text-fill: #555;");
            }
        });
        TreeTableColumn<Line, String> before = kwicColumn(m.getString("search.before"), l -> l.snippet().before(),
                "kwic-before", OverrunStyle.LEADING_ELLIPSIS, "CENTER-RIGHT");
        TreeTableColumn<Line, String> match = kwicColumn(m.getString("search.match"), l -> l.snippet().match(),
                "kwic-match", OverrunStyle.ELLIPSIS, "CENTER");
        match.setPrefWidth(130);
        TreeTableColumn<Line, String> after = kwicColumn(m.getString("search.after"), l -> l.snippet().after(),
                "kwic-after", OverrunStyle.ELLIPSIS, "CENTER-LEFT");
        before.setPrefWidth(380);
        after.setPrefWidth(380);
        results.getColumns().setAll(List.of(where, before, match, after));
        results.setRowFactory(t -> {
            javafx.scene.control.TreeTableRow<Line> row = new javafx.scene.control.TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().hit() != null) {
                    open(row.getItem().hit());
                } else if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().isMore()) {
                    model.loadMore();
                }
            });
            return row;
        });
        results.setOnKeyPressed(e -> {
            TreeItem<Line> sel = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && sel != null && sel.getValue().hit() != null) {
                open(sel.getValue().hit());
            } else if (e.getCode() == KeyCode.ENTER && sel != null && sel.getValue().isMore()) {
                model.loadMore();
            }
        });
        // the next page is read when the end of the list comes into view: on scrolling, and after a page is shown
        results.skinProperty().addListener((o, a, skin) -> {
            if (flow() != null) {
                flow().positionProperty().addListener((p, was, now) -> loadIfAtEnd());
            }
        });
        model.loadingMoreProperty().addListener((o, a, b) -> moreLine.setValue(moreText()));
    }

    private javafx.scene.control.skin.VirtualFlow<?> flow() {
        return results.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> f ? f : null;
    }

    /** Reads the next page when more hits follow and one of the last lines is in view. */
    private void loadIfAtEnd() {
        javafx.scene.control.skin.VirtualFlow<?> f = flow();
        SearchModel.Results r = model.resultProperty().get();
        if (f == null || r == null || !r.more() || model.loadingMoreProperty().get()) {
            return;
        }
        javafx.scene.control.IndexedCell<?> last = f.getLastVisibleCell();
        if (last != null && last.getIndex() >= results.getExpandedItemCount() - 1 - NEAR_END) {
            model.loadMore();
        }
    }

    /** Once the tree is laid out again (after a page was added): whether its end is in view. */
    private void loadIfAtEndAfterLayout() {
        if (results.getScene() == null) {
            return;
        }
        javafx.scene.Scene scene = results.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(this::loadIfAtEnd);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private String whereText(Line line) {
        if (line.heading() != null) {
            return line.heading();
        }
        if (line.hit() != null) {
            return line.hit().document();
        }
        return line.more();
    }

    private Line moreText() {
        return new Line(null, null, m.getString(model.loadingMoreProperty().get() ? "search.loading" : "search.more"));
    }

    private TreeTableColumn<Line, String> kwicColumn(String title, java.util.function.Function<SearchService.Hit,
            String> part, String style, OverrunStyle overrun, String alignment) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue().hit() == null ? ""
                : part.apply(d.getValue().getValue().hit())));
        c.setCellFactory(col -> {
            TreeTableCell<Line, String> cell = new TreeTableCell<>() {
                @Override
                protected void updateItem(String s, boolean empty) {
                    super.updateItem(s, empty);
                    setText(empty ? null : s);
                    Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                    getStyleClass().remove(style);
                    if (line != null && line.hit() != null) {
                        getStyleClass().add(style);
                    }
                }
            };
            cell.setTextOverrun(overrun);
            cell.setStyle("-fx-alignment: " + alignment + ";");
            return cell;
        });
        return c;
    }

    private void open(SearchService.Hit hit) {
        model.open(hit);
        toMain.run();
    }

    /**
     * Shows a search: a new one from scratch; a page added to the one shown by appending its hits (the scroll
     * position and the selection stay); the headings and the summary with what is known of the totals.
     */
    private void showResult(SearchModel.Results r) {
        if (r == null) {
            results.setRoot(new TreeItem<>(new Line("", null)));
            summary.setText("");
            shown = null;
            return;
        }
        TreeItem<Line> root;
        int from;
        if (shown != null && shown.id() == r.id() && results.getRoot() != null) {
            root = results.getRoot();
            from = shown.hits().size();
            root.getChildren().remove(moreLine);
        } else {
            root = new TreeItem<>(new Line("", null));
            from = 0;
            results.setRoot(root);
        }
        List<SearchService.Hit> hits = r.hits();
        List<TreeItem<Line>> groups = root.getChildren();
        for (int i = from; i < hits.size(); i++) {
            SearchService.Hit h = hits.get(i);
            TreeItem<Line> group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (group == null || group.getChildren().isEmpty()
                    || !java.util.Objects.equals(group.getChildren().get(0).getValue().hit().county(), h.county())) {
                group = new TreeItem<>(new Line("", null));
                group.setExpanded(true);
                groups.add(group);
            }
            group.getChildren().add(new TreeItem<>(new Line(null, h)));
        }
        for (TreeItem<Line> group : groups) {
            SearchService.Hit first = group.getChildren().get(0).getValue().hit();
            String county = first.county() == null ? m.getString("nav.unknownCounty")
                    : first.county().code() + "  " + first.county().officialName();
            java.util.OptionalInt total = r.countyTotal(first.county());
            group.setValue(new Line(total.isPresent() ? Messages.format(m, "search.group", county, total.getAsInt())
                    : Messages.format(m, "search.groupAtLeast", county, group.getChildren().size()), null));
        }
        if (r.more()) {
            moreLine.setValue(moreText());
            groups.add(moreLine);
        }
        shown = r;
        results.setPlaceholder(new Label(r.hits().isEmpty() ? Messages.format(m, "search.noHits", r.query())
                : m.getString("search.none")));
        summary.setText(r.total().isPresent()
                ? Messages.format(m, "search.summary", r.total().getAsInt(), r.documents(), r.counties())
                : Messages.format(m, "search.summaryAtLeast", r.atLeast(), r.documents(), r.counties()));
        if (r.more()) {
            loadIfAtEndAfterLayout();
        }
    }

    private Node autoCode() {
        Label heading = new Label(m.getString("autocode.heading"));
        heading.getStyleClass().add("pane-heading");
        ComboBox<AnalysisControls.Choice<Code>> code = AnalysisControls.codes(vm, null, false,
                model.codeProperty()::set);
        code.setId("autoCodeCode");
        code.setPrefWidth(320);
        if (code.getValue() != null) {
            model.codeProperty().set(code.getValue().value());
        }
        Button pick = new Button("…");
        pick.setId("pickCode");
        pick.setTooltip(new javafx.scene.control.Tooltip(m.getString("autocode.pick")));
        pick.setOnAction(e -> QuickCodeDialog.ask(owner, m, m.getString("autocode.pick"), List.copyOf(vm.codes()))
                .ifPresent(c -> AnalysisControls.select(code, c)));
        ComboBox<AnalysisControls.Choice<AutoCodeScope>> scope = AnalysisControls.combo(List.of(
                new AnalysisControls.Choice<>(AutoCodeScope.PARAGRAPH, m.getString("autocode.scope.paragraph")),
                new AnalysisControls.Choice<>(AutoCodeScope.SENTENCE, m.getString("autocode.scope.sentence")),
                new AnalysisControls.Choice<>(AutoCodeScope.TURN, m.getString("autocode.scope.turn")),
                new AnalysisControls.Choice<>(AutoCodeScope.MATCH, m.getString("autocode.scope.match"))),
                model.scopeProperty()::set);
        scope.setId("autoCodeScope");
        model.scopeProperty().set(AutoCodeScope.PARAGRAPH);
        // the choosers follow the model too (a code chosen elsewhere, e.g. by typing)
        model.codeProperty().addListener((o, a, c) -> {
            if (c != null && (code.getValue() == null || !c.equals(code.getValue().value()))) {
                AnalysisControls.select(code, c);
            }
        });
        model.scopeProperty().addListener((o, a, sc) -> AnalysisControls.select(scope, sc));
        Button preview = new Button(m.getString("autocode.preview"));
        preview.setId("previewButton");
        preview.setOnAction(e -> model.preview());
        preview.disableProperty().bind(model.queryProperty().isEmpty().or(model.codeProperty().isNull()));
        Button apply = new Button(m.getString("autocode.apply"));
        apply.setId("applyButton");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> model.apply());
        apply.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.previewProperty().get() == null || model.previewProperty().get().proposals().isEmpty(),
                model.previewProperty()).or(vm.readOnlyProperty()));
        HBox controls = new HBox(8, new Label(m.getString("autocode.code")), code, pick,
                new Label(m.getString("autocode.scope")), scope, preview, apply);
        controls.setAlignment(Pos.CENTER_LEFT);

        previewSummary.setId("previewSummary");
        previewSummary.setWrapText(true);
        proposals.setId("previewList");
        proposals.setPlaceholder(new Label(m.getString("autocode.none")));
        proposals.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchService.Proposal p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Text where = new Text((p.county() == null ? m.getString("nav.unknownCounty") : p.county().shortName())
                        + " · " + p.document() + "   ");
                where.setStyle("-fx-fill: #555;");
                String passage = p.passage().replaceAll("\\s+", " ").strip();
                Text text = new Text(passage.length() > 240 ? passage.substring(0, 240) + "…" : passage);
                TextFlow flow = new TextFlow(where, text);
                flow.prefWidthProperty().bind(l.widthProperty().subtract(44));
                setGraphic(flow);
                setText(null);
            }
        });
        proposals.setOnMouseClicked(e -> {
            SearchService.Proposal p = proposals.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) {
                model.open(p);
                toMain.run();
            }
        });
        model.previewProperty().addListener((o, a, p) -> showPreview(p));
        model.appliedProperty().addListener((o, a, n) -> {
            if (n.intValue() >= 0) {
                previewSummary.setText(Messages.format(m, "autocode.applied", n.intValue()));
            }
        });
        showPreview(null);
        VBox box = new VBox(6, heading, controls, previewSummary, proposals);
        VBox.setVgrow(proposals, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 8, 8));
        return box;
    }

    private void showPreview(SearchService.AutoCodePreview p) {
        if (p == null) {
            proposals.getItems().clear();
            previewSummary.setText(m.getString("autocode.explain"));
            return;
        }
        proposals.getItems().setAll(p.proposals());
        previewSummary.setText(Messages.format(m, "autocode.summary", p.proposals().size(),
                SearchModel.documents(p.proposals()), p.code().name(), p.coder(), p.hits(), p.alreadyCoded(),
                p.outsideScope()));
    }
}
