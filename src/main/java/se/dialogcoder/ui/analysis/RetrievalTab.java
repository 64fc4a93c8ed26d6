package se.dialogcoder.ui.analysis;

import se.dialogcoder.ui.CountyGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Segment;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.documents.CountyChoice;

/** Coded segments: choose a code and filters; rows with county, document, speaker and passage in context. */
final class RetrievalTab {
    private final RetrievalModel model;
    private final ProjectViewModel vm;
    private final ResourceBundle m;
    private final Runnable toMain;
    private final TableView<Segment> table = new TableView<>();
    private final Label count = new Label();

    RetrievalTab(RetrievalModel model, ProjectViewModel vm, ResourceBundle m, Runnable toMain) {
        this.model = model;
        this.vm = vm;
        this.m = m;
        this.toMain = toMain;
    }

    Node build() {
        ComboBox<AnalysisControls.Choice<se.dialogcoder.model.Code>> code = AnalysisControls.codes(vm,
                m.getString("retrieval.allCodes"), false, model.codeProperty()::set);
        code.setId("retrievalCode");
        code.setPrefWidth(300);
        CheckBox sub = new CheckBox(m.getString("analysis.withSubcodes"));
        sub.selectedProperty().bindBidirectional(model.withSubcodesProperty());
        List<AnalysisControls.Choice<CountyChoice>> counties = new ArrayList<>();
        for (CountyChoice c : CountyChoice.choices()) {
            counties.add(new AnalysisControls.Choice<>(c, c.isAll() ? m.getString("retrieval.allCounties")
                    : c.unknown() ? m.getString("nav.unknownCounty") : c.county().code() + "  " + c.county().shortName()));
        }
        ComboBox<AnalysisControls.Choice<CountyChoice>> county = AnalysisControls.combo(counties,
                model.countyProperty()::set);
        county.setVisibleRowCount(23);
        List<AnalysisControls.Choice<DocumentKind>> kinds = new ArrayList<>();
        kinds.add(new AnalysisControls.Choice<>(null, m.getString("retrieval.allKinds")));
        for (DocumentKind k : DocumentKind.values()) {
            kinds.add(new AnalysisControls.Choice<>(k, m.getString("doc.kind." + k.id())));
        }
        ComboBox<AnalysisControls.Choice<DocumentKind>> kind = AnalysisControls.combo(kinds, model.kindProperty()::set);
        ComboBox<AnalysisControls.Choice<String>> round = AnalysisControls.combo(rounds(), model.roundProperty()::set);
        javafx.beans.value.ChangeListener<Number> roundsChanged = (o, a, b) -> {
            String chosen = round.getValue() == null ? null : round.getValue().value();
            round.getItems().setAll(rounds());
            AnalysisControls.select(round, chosen);
        };
        round.getProperties().put("roundsChanged", roundsChanged);
        vm.dataVersionProperty().addListener(new javafx.beans.value.WeakChangeListener<>(roundsChanged));
        ComboBox<AnalysisControls.Choice<String>> coder = AnalysisControls.coders(vm, m, model.coderProperty()::set);
        TextField attrName = new TextField();
        attrName.setPromptText(m.getString("details.attributeName"));
        attrName.setPrefColumnCount(8);
        attrName.textProperty().bindBidirectional(model.attributeNameProperty());
        TextField attrValue = new TextField();
        attrValue.setPromptText(m.getString("details.attributeValue"));
        attrValue.setPrefColumnCount(8);
        attrValue.textProperty().bindBidirectional(model.attributeValueProperty());
        attrName.setOnAction(e -> model.refresh());
        attrValue.setOnAction(e -> model.refresh());
        Button filter = new Button(m.getString("retrieval.filter"));
        filter.setOnAction(e -> model.refresh());
        Button copy = new Button(m.getString("analysis.copy"));
        copy.setOnAction(e -> TableCopy.copy(table));
        FlowPane filters = new FlowPane(8, 6,
                labelled("retrieval.code", code), sub,
                labelled("analysis.county", county),
                labelled("scope.label",
                        AnalysisControls.scope(vm, m, "retrievalScope", model.setScopeProperty()::set)),
                labelled("retrieval.kind", kind),
                labelled("details.round", round), labelled("analysis.coder", coder),
                labelled("retrieval.attribute", new javafx.scene.layout.HBox(4, attrName, new Label("="), attrValue)),
                filter, copy, count);
        filters.setPadding(new Insets(8));
        count.setId("retrievalCount");
        count.getStyleClass().add("muted");

        buildTable();
        model.rows().addListener((javafx.collections.ListChangeListener<Segment>) c -> updateCount());
        model.truncatedProperty().addListener((o, a, b) -> updateCount());
        updateCount();
        return new BorderPane(table, new VBox(filters, AnalysisControls.error(model.errorProperty())), null, null, null);
    }

    private List<AnalysisControls.Choice<String>> rounds() {
        TreeSet<String> found = new TreeSet<>();
        for (CountyGroup g : vm.groups()) {
            for (Document d : g.documents()) {
                if (d.round() != null) {
                    found.add(d.round());
                }
            }
        }
        List<AnalysisControls.Choice<String>> out = new ArrayList<>();
        out.add(new AnalysisControls.Choice<>(null, m.getString("retrieval.allRounds")));
        found.forEach(r -> out.add(new AnalysisControls.Choice<>(r, r)));
        return out;
    }

    private Node labelled(String key, Node control) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(4, new Label(m.getString(key)), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void updateCount() {
        count.setText(Messages.format(m, model.truncatedProperty().get() ? "retrieval.countTruncated"
                : "retrieval.count", model.rows().size()));
    }

    private <T> TableColumn<Segment, T> column(String key, Function<Segment, T> value, double width) {
        TableColumn<Segment, T> c = new TableColumn<>(m.getString(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.toString());
                setWrapText(true);
                setAlignment(Pos.TOP_LEFT);
            }
        });
        return c;
    }

    private void buildTable() {
        table.setId("retrievalTable");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(m.getString("retrieval.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Segment, String> county = column("analysis.county", s -> countyName(s.county()), 120);
        TableColumn<Segment, String> doc = column("retrieval.document", Segment::documentName, 190);
        TableColumn<Segment, String> speaker = column("retrieval.speaker", s -> s.speaker() == null ? "" : s.speaker(),
                130);
        TableColumn<Segment, Segment> passage = column("retrieval.passage", s -> s, 520);
        passage.getProperties().put(TableCopy.FORMAT, (Function<Object, String>) o -> ((Segment) o).passage());
        passage.setSortable(false);
        passage.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Segment s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                TextFlow flow = passageFlow(s, 500);
                double w = Math.max(120, getTableColumn().getWidth() - 14);
                flow.setPrefWidth(w);
                flow.setMaxWidth(w);
                double h = flow.prefHeight(w - 10) + 4;
                flow.setPrefHeight(h);
                flow.setMinHeight(h);
                setPrefHeight(h + 10);
                setGraphic(flow);
            }
        });
        TableColumn<Segment, String> code = column("retrieval.code", s -> model.codePath(s.codeId()), 170);
        TableColumn<Segment, String> coder = column("analysis.coder", Segment::coder, 90);
        table.getColumns().setAll(List.of(county, doc, speaker, passage, code, coder));
        passage.widthProperty().addListener((o, a, b) -> table.refresh());
        table.setRowFactory(t -> {
            TableRow<Segment> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Segment s = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                open(s);
            }
        });
    }

    private void open(Segment s) {
        model.open(s);
        toMain.run();
    }

    private String countyName(County c) {
        return c == null ? m.getString("nav.unknownCounty") : c.shortName();
    }

    /**
     * A passage in its context: the text before and after in grey, the passage in bold (cut after {@code max}
     * characters). Fonts are set on the nodes, so the height can be measured before the cell is shown.
     */
    static TextFlow passageFlow(Segment s, int max) {
        javafx.scene.text.Font regular = javafx.scene.text.Font.font(13);
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(regular.getFamily(),
                javafx.scene.text.FontWeight.BOLD, 13);
        Text before = new Text(cutBefore(oneLine(s.before())));
        before.setFont(regular);
        before.setFill(javafx.scene.paint.Color.web("#6b6b6b"));
        String p = oneLine(s.passage());
        Text text = new Text(p.length() > max ? p.substring(0, max) + " …" : p);
        text.setFont(bold);
        Text after = new Text(cutAfter(oneLine(s.after())));
        after.setFont(regular);
        after.setFill(javafx.scene.paint.Color.web("#6b6b6b"));
        return new TextFlow(before, text, after);
    }

    /** Context before a passage from the first whole word ("…" where a word was cut). */
    static String cutBefore(String s) {
        int space = s.indexOf(' ');
        return s.length() > 20 && space > 0 && space < 20 ? "…" + s.substring(space) : s;
    }

    /** Context after a passage up to the last whole word. */
    static String cutAfter(String s) {
        int space = s.lastIndexOf(' ');
        return s.length() > 20 && space > s.length() - 20 ? s.substring(0, space) + " …" : s;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }
}
