package se.dialogcoder.ui.analysis;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import se.dialogcoder.analysis.Cooccurrence;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.Formats;
import se.dialogcoder.ui.ProjectViewModel;

/** Co-occurrence: a code × code matrix shaded like the heatmap; overlapping codings or the same text unit. */
final class CooccurrenceTab {
    private final CooccurrenceModel model;
    private final ProjectViewModel vm;
    private final ResourceBundle m;
    private final TableView<Code> table = new TableView<>();

    CooccurrenceTab(CooccurrenceModel model, ProjectViewModel vm, ResourceBundle m) {
        this.model = model;
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        var mode = AnalysisControls.combo(List.of(
                new AnalysisControls.Choice<>(Cooccurrence.Mode.OVERLAP, m.getString("cooccurrence.overlap")),
                new AnalysisControls.Choice<>(Cooccurrence.Mode.UNIT, m.getString("cooccurrence.unit"))),
                model.modeProperty()::set);
        mode.setId("cooccurrenceMode");
        CheckBox themes = new CheckBox(m.getString("cooccurrence.themes"));
        themes.selectedProperty().bindBidirectional(model.themesProperty());
        Button copy = new Button(m.getString("analysis.copy"));
        copy.setOnAction(e -> TableCopy.copy(table));
        HBox bar = new HBox(10, new Label(m.getString("cooccurrence.mode")), mode, themes,
                new Label(m.getString("analysis.coder")), AnalysisControls.coders(vm, m, model.coderProperty()::set),
                AnalysisControls.spacer(), copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label explain = new Label(m.getString("cooccurrence.explain"));
        explain.getStyleClass().add("muted");
        explain.setWrapText(true);
        explain.setPadding(new Insets(0, 8, 6, 8));
        table.setId("cooccurrenceTable");
        table.setPlaceholder(new Label(m.getString("cooccurrence.none")));
        
        model.resultProperty().addListener((o, a, r) -> show(r));
        return new BorderPane(table, new VBox(bar, explain, AnalysisControls.error(model.errorProperty())), null,
                null, null);
    }

    private void show(Cooccurrence r) {
        table.getColumns().clear();
        if (r == null || r.codes().isEmpty()) {
            table.setItems(FXCollections.observableArrayList());
            return;
        }
        List<Code> codes = r.codes();
        int max = 0;
        for (Cooccurrence.Pair p : r.pairs()) {
            max = Math.max(max, p.count());
        }
        double top = max;
        TableColumn<Code, String> name = new TableColumn<>(m.getString("retrieval.code"));
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(r.label(d.getValue())));
        name.setPrefWidth(260);
        name.setSortable(false);
        table.getColumns().add(name);
        for (Code col : codes) {
            TableColumn<Code, Number> c = new TableColumn<>(Formats.lines(col.name(), 13));
            c.setPrefWidth(96);
            c.setSortable(false);
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().id() == col.id() ? null
                    : r.count(d.getValue().id(), col.id())));
            c.getProperties().put(TableCopy.FORMAT, (Function<Object, String>) o -> o == null ? "" : o.toString());
            c.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Number v, boolean empty) {
                    super.updateItem(v, empty);
                    if (empty || v == null) {
                        setText(empty ? null : "–");
                        setStyle(empty ? "" : "-fx-alignment: CENTER; -fx-text-fill: #999;");
                        return;
                    }
                    Color bg = Heat.color(v.doubleValue(), top);
                    setText(Integer.toString(v.intValue()));
                    setStyle(Heat.css(bg) + "-fx-alignment: CENTER-RIGHT;");
                }
            });
            table.getColumns().add(c);
        }
        table.setItems(FXCollections.observableArrayList(codes));
    }
}
