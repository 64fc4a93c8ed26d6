package se.dialogcoder.ui.analysis;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import javafx.scene.shape.Rectangle;
import se.dialogcoder.ui.Formats;
import se.dialogcoder.ui.ProjectViewModel;

/** Theme frequencies: segments, documents, counties and coverage per code, themes in bold. */
final class FrequencyTab {
    private final FrequencyModel model;
    private final ProjectViewModel vm;
    private final ResourceBundle m;
    private final Formats formats;
    private final TableView<FrequencyModel.Line> table = new TableView<>();

    FrequencyTab(FrequencyModel model, ProjectViewModel vm, ResourceBundle m) {
        this.model = model;
        this.vm = vm;
        this.m = m;
        this.formats = new Formats(m);
    }

    Node build() {
        CheckBox sub = new CheckBox(m.getString("analysis.withSubcodes"));
        sub.setId("frequencySubcodes");
        sub.selectedProperty().bindBidirectional(model.withSubcodesProperty());
        CheckBox themes = new CheckBox(m.getString("frequency.themesOnly"));
        themes.selectedProperty().bindBidirectional(model.themesOnlyProperty());
        Button copy = new Button(m.getString("analysis.copy"));
        copy.setOnAction(e -> TableCopy.copy(table));
        HBox bar = new HBox(12, sub, themes, new Label(m.getString("analysis.coder")),
                AnalysisControls.coders(vm, m, model.coderProperty()::set), new Label(m.getString("scope.label")),
                AnalysisControls.scope(vm, m, "frequencyScope", model.setScopeProperty()::set),
                AnalysisControls.spacer(), copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label explain = new Label(m.getString("frequency.explain"));
        explain.getStyleClass().add("muted");
        explain.setWrapText(true);
        explain.setPadding(new Insets(0, 8, 6, 8));

        table.setId("frequencyTable");
        table.setItems(model.lines());
        table.setPlaceholder(new Label(m.getString("analysis.loading")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FrequencyModel.Line, FrequencyModel.Line> code = new TableColumn<>(m.getString("retrieval.code"));
        code.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        code.setSortable(false);
        code.setPrefWidth(420);
        code.getProperties().put(TableCopy.FORMAT, (Function<Object, String>) o -> ((FrequencyModel.Line) o).row().path());
        code.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FrequencyModel.Line l, boolean empty) {
                super.updateItem(l, empty);
                if (empty || l == null) {
                    setText(null);
                    setGraphic(null);
                    setStyle("");
                    return;
                }
                setText(l.row().code().name());
                String color = l.row().code().color();
                setGraphic(new Rectangle(10, 10, Color.web(color == null ? "#999999" : color)));
                setStyle("-fx-padding: 0 0 0 " + (6 + 22 * l.depth()) + ";"
                        + (l.depth() == 0 ? "-fx-font-weight: bold;" : ""));
            }
        });
        TableColumn<FrequencyModel.Line, Number> segments = number("frequency.segments", l -> l.row().segments());
        TableColumn<FrequencyModel.Line, Number> documents = number("frequency.documents", l -> l.row().documents());
        TableColumn<FrequencyModel.Line, Number> counties = number("frequency.counties", l -> l.row().counties());
        TableColumn<FrequencyModel.Line, Number> characters = number("frequency.characters", l -> l.row().characters());
        TableColumn<FrequencyModel.Line, Number> coverage = number("frequency.coverage", l -> l.row().coverage());
        coverage.getProperties().put(TableCopy.FORMAT, (Function<Object, String>) o ->
                String.format(java.util.Locale.ROOT, "%.4f", ((Number) o).doubleValue()));
        coverage.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : formats.percent(v.doubleValue()));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        table.getColumns().setAll(List.of(code, segments, documents, counties, characters, coverage));
        return new BorderPane(table, new VBox(bar, explain, AnalysisControls.error(model.errorProperty())), null,
                null, null);
    }

    private TableColumn<FrequencyModel.Line, Number> number(String key, Function<FrequencyModel.Line, Number> value) {
        TableColumn<FrequencyModel.Line, Number> c = new TableColumn<>(m.getString(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(110);
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : formats.integer(v.doubleValue()));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        return c;
    }
}
