package se.dialogcoder.ui.analysis;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.ui.Formats;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * Charts of the county × theme matrix: one theme across the counties as bars, themes per county as stacked bars,
 * the heatmap, and the county tile map; the picture shown can be saved as PNG.
 */
final class ChartsTab {
    private final ChartsModel model;
    private final ProjectViewModel vm;
    private final ResourceBundle m;
    private final Window owner;
    private final Formats formats;
    private final StackPane centre = new StackPane();
    private final CountyTileMap map = new CountyTileMap();
    private HeatmapTable heatmap;
    private Node picture;
    private String pictureTitle = "";
    private ComboBox<AnalysisControls.Choice<Code>> theme;
    private ComboBox<AnalysisControls.Choice<CountyMatrix.Measure>> measure;

    ChartsTab(ChartsModel model, ProjectViewModel vm, ResourceBundle m, Window owner) {
        this.model = model;
        this.vm = vm;
        this.m = m;
        this.owner = owner;
        this.formats = new Formats(m);
    }

    /** The picture now shown (what PNG export saves). */
    Node picture() {
        return picture;
    }

    CountyTileMap map() {
        return map;
    }

    Node build() {
        heatmap = new HeatmapTable(m);
        map.setId("countyMap");
        ToggleGroup kinds = new ToggleGroup();
        HBox kindButtons = new HBox(0);
        kindButtons.getStyleClass().add("segmented");
        for (ChartsModel.Kind k : List.of(ChartsModel.Kind.MAP, ChartsModel.Kind.BARS, ChartsModel.Kind.STACKED,
                ChartsModel.Kind.HEATMAP)) {
            ToggleButton b = new ToggleButton(m.getString("charts.kind." + k.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId("chart-" + k.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(kinds);
            b.setUserData(k);
            b.setSelected(k == model.kindProperty().get());
            kindButtons.getChildren().add(b);
        }
        kinds.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true); // one is always chosen
            } else {
                model.kindProperty().set((ChartsModel.Kind) t.getUserData());
            }
        });
        theme = AnalysisControls.codes(vm, null, true, model.themeProperty()::set);
        theme.setId("chartTheme");
        if (theme.getValue() != null) {
            model.themeProperty().set(theme.getValue().value());
        }
        measure = AnalysisControls.measures(m, true, model.measureProperty()::set);
        measure.setId("chartMeasure");
        Button png = new Button(m.getString("analysis.png"));
        png.setId("chartPng");
        png.setOnAction(e -> {
            if (picture != null) {
                PngExport.save(owner, picture, pictureTitle, m);
            }
        });
        HBox bar = new HBox(10, kindButtons, new Label(m.getString("charts.theme")), theme,
                new Label(m.getString("analysis.show")), measure, AnalysisControls.spacer(), png);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        model.matrixProperty().addListener((o, a, b) -> redraw());
        model.kindProperty().addListener((o, a, b) -> redraw());
        model.themeProperty().addListener((o, a, b) -> redraw());
        model.measureProperty().addListener((o, a, b) -> redraw());
        centre.setPadding(new Insets(4, 8, 8, 8));
        VBox.setVgrow(centre, Priority.ALWAYS);
        return new BorderPane(centre, new VBox(bar, AnalysisControls.error(model.errorProperty())), null, null, null);
    }

    private void redraw() {
        CountyMatrix mx = model.matrixProperty().get();
        ChartsModel.Kind kind = model.kindProperty().get();
        theme.setDisable(kind == ChartsModel.Kind.STACKED || kind == ChartsModel.Kind.HEATMAP);
        measure.setDisable(kind == ChartsModel.Kind.STACKED);
        if (mx == null) {
            return;
        }
        CountyMatrix.Measure ms = model.measureProperty().get();
        Code shown = model.shownTheme();
        String measureName = AnalysisControls.measureName(m, ms);
        switch (kind) {
            case MAP -> {
                pictureTitle = Messages.format(m, "charts.title.theme", shown == null ? "" : shown.name(), measureName);
                map.show(pictureTitle, model.themeValues(), v -> formats.value(ms, v));
                ScrollPane scroll = new ScrollPane(map);
                scroll.setFitToWidth(true);
                scroll.setFitToHeight(true);
                centre.getChildren().setAll(scroll);
                picture = map;
            }
            case BARS -> {
                pictureTitle = Messages.format(m, "charts.title.theme", shown == null ? "" : shown.name(), measureName);
                picture = bars(pictureTitle, shown, ms);
                centre.getChildren().setAll(picture);
            }
            case STACKED -> {
                pictureTitle = m.getString("charts.title.stacked");
                picture = stacked(pictureTitle, mx);
                centre.getChildren().setAll(picture);
            }
            case HEATMAP -> {
                pictureTitle = Messages.format(m, "charts.title.heatmap", measureName);
                heatmap.show(mx, ms);
                Label title = new Label(pictureTitle);
                title.getStyleClass().add("chart-heading");
                VBox box = new VBox(6, title, heatmap, MatrixTab.legend());
                box.setStyle("-fx-background-color: white;");
                VBox.setVgrow(heatmap, Priority.ALWAYS);
                picture = box;
                centre.getChildren().setAll(box);
            }
            default -> { }
        }
    }

    private Node bars(String title, Code shown, CountyMatrix.Measure ms) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(ms == CountyMatrix.Measure.COVERAGE ? "%" : AnalysisControls.measureName(m, ms));
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(wholeNumbers(ms));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("barChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(title);
        chart.setCategoryGap(6);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        Map<County, Double> values = model.themeValues();
        for (County c : County.values()) {
            double v = values.getOrDefault(c, 0.0);
            s.getData().add(new XYChart.Data<>(c.shortName(), ms == CountyMatrix.Measure.COVERAGE ? v * 100 : v));
        }
        chart.getData().add(s);
        String color = shown == null || shown.color() == null ? "#0072B2" : shown.color();
        for (XYChart.Data<String, Number> d : s.getData()) {
            paint(d, color);
        }
        chart.setStyle("-fx-background-color: white;");
        return chart;
    }

    private Node stacked(String title, CountyMatrix mx) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(m.getString("analysis.measure.segments"));
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(wholeNumbers(CountyMatrix.Measure.SEGMENTS));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId("stackedChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(title);
        chart.setCategoryGap(6);
        FlowPane legend = new FlowPane(14, 4);
        legend.setPadding(new Insets(0, 10, 6, 50));
        for (int c = 0; c < mx.columns().size(); c++) {
            Code t = mx.columns().get(c);
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(t.name());
            for (int r = 0; r < mx.rows().size(); r++) {
                County county = mx.rows().get(r);
                if (county != null) {
                    s.getData().add(new XYChart.Data<>(county.shortName(), mx.segments(r, c)));
                }
            }
            chart.getData().add(s);
            String color = t.color() == null ? "#999999" : t.color();
            s.getData().forEach(d -> paint(d, color));
            Label item = new Label(t.name(), new Rectangle(11, 11, Color.web(color)));
            legend.getChildren().add(item);
        }
        VBox box = new VBox(chart, legend);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setStyle("-fx-background-color: white;");
        return box;
    }

    /** Axis labels for counts only at whole numbers; coverage percentages as they come. */
    static javafx.util.StringConverter<Number> wholeNumbers(CountyMatrix.Measure ms) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                if (ms == CountyMatrix.Measure.COVERAGE) {
                    return String.format(java.util.Locale.ROOT, "%.1f", v);
                }
                return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        };
    }

    private static void paint(XYChart.Data<String, Number> d, String color) {
        if (d.getNode() != null) {
            d.getNode().setStyle("-fx-bar-fill: " + color + ";");
        }
        d.nodeProperty().addListener((o, a, n) -> {
            if (n != null) {
                n.setStyle("-fx-bar-fill: " + color + ";");
            }
        });
    }
}
