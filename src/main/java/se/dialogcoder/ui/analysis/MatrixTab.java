package se.dialogcoder.ui.analysis;

import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.dialogcoder.ui.ProjectViewModel;

/** County × theme: the heatmap table with the measure and coder choices, copy and PNG export. */
final class MatrixTab {
    private final MatrixModel model;
    private final ProjectViewModel vm;
    private final ResourceBundle m;
    private final Window owner;
    private HeatmapTable table;

    MatrixTab(MatrixModel model, ProjectViewModel vm, ResourceBundle m, Window owner) {
        this.model = model;
        this.vm = vm;
        this.m = m;
        this.owner = owner;
    }

    HeatmapTable table() {
        return table;
    }

    Node build() {
        table = new HeatmapTable(m);
        table.setId("matrixTable");
        var measure = AnalysisControls.measures(m, true, model.measureProperty()::set);
        measure.setId("matrixMeasure");
        Button copy = new Button(m.getString("analysis.copy"));
        copy.setOnAction(e -> TableCopy.copy(table));
        Button png = new Button(m.getString("analysis.png"));
        png.setOnAction(e -> PngExport.save(owner, table, m.getString("analysis.tab.matrix"), m));
        HBox bar = new HBox(10, new Label(m.getString("analysis.show")), measure, new Label(m.getString("analysis.coder")),
                AnalysisControls.coders(vm, m, model.coderProperty()::set), new Label(m.getString("scope.label")),
                AnalysisControls.scope(vm, m, "matrixScope", model.setScopeProperty()::set),
                AnalysisControls.spacer(), legend(), copy, png);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label explain = new Label(m.getString("matrix.explain"));
        explain.getStyleClass().add("muted");
        explain.setWrapText(true);
        explain.setPadding(new Insets(0, 8, 6, 8));
        model.matrixProperty().addListener((o, a, mx) -> {
            if (mx != null) {
                table.show(mx, model.measureProperty().get());
            }
        });
        return new BorderPane(table, new VBox(bar, explain, AnalysisControls.error(model.errorProperty())), null,
                null, null);
    }

    static Node legend() {
        Region bar = new Region();
        bar.setPrefSize(90, 12);
        bar.setMinSize(90, 12);
        bar.setStyle("-fx-background-color: " + Heat.gradient() + "; -fx-border-color: #999; -fx-border-width: 0.5;");
        Label low = new Label("0");
        Label high = new Label("max");
        low.getStyleClass().add("muted");
        high.getStyleClass().add("muted");
        HBox box = new HBox(4, low, bar, high);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
