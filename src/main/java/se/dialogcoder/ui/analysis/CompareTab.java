package se.dialogcoder.ui.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Segment;
import se.dialogcoder.ui.Formats;
import se.dialogcoder.ui.Messages;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * Compare counties: tick two or more; their theme profiles as a table and a grouped bar chart, and their passages
 * for one theme in side-by-side columns (double-click opens a passage in the main window).
 */
final class CompareTab {
    /** Okabe–Ito colours for the compared counties (colour-blind safe, distinct from one another). */
    private static final List<String> COUNTY_COLORS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");
    private final CompareModel model;
    private final ProjectViewModel vm;
    private final ResourceBundle m;
    private final Window owner;
    private final Runnable toMain;
    private final Formats formats;
    private final Map<County, BooleanProperty> ticked = new EnumMap<>(County.class);
    private final TableView<Code> profile = new TableView<>();
    private final VBox chartBox = new VBox();
    private final HBox columns = new HBox(8);
    private BarChart<Number, String> chart;

    CompareTab(CompareModel model, ProjectViewModel vm, ResourceBundle m, Window owner, Runnable toMain) {
        this.model = model;
        this.vm = vm;
        this.m = m;
        this.owner = owner;
        this.toMain = toMain;
        this.formats = new Formats(m);
    }

    Node build() {
        ListView<County> list = new ListView<>(FXCollections.observableArrayList(County.values()));
        list.setId("compareCounties");
        for (County c : County.values()) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((o, a, on) -> {
                if (on && !model.counties().contains(c)) {
                    model.counties().add(c);
                } else if (!on) {
                    model.counties().remove(c);
                }
            });
            ticked.put(c, p);
        }
        list.setCellFactory(CheckBoxListCell.forListView(ticked::get,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(County c) {
                        return c.code() + "  " + c.shortName();
                    }

                    @Override
                    public County fromString(String s) {
                        return null;
                    }
                }));
        list.setPrefWidth(190);
        Label pick = new Label(m.getString("compare.pick"));
        pick.setWrapText(true);
        pick.getStyleClass().add("muted");
        VBox left = new VBox(6, pick, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setMinWidth(170);

        var measure = AnalysisControls.measures(m, false, model.measureProperty()::set);
        var theme = AnalysisControls.codes(vm, null, true, model.themeProperty()::set);
        theme.setId("compareTheme");
        Button copy = new Button(m.getString("analysis.copy"));
        copy.setOnAction(e -> TableCopy.copy(profile));
        Button png = new Button(m.getString("analysis.png"));
        png.setOnAction(e -> {
            if (chart != null) {
                PngExport.save(owner, chartBox, m.getString("compare.chartTitle"), m);
            }
        });
        HBox bar = new HBox(10, new Label(m.getString("analysis.show")), measure, AnalysisControls.spacer(), copy, png);
        bar.setAlignment(Pos.CENTER_LEFT);
        profile.setId("compareProfile");
        profile.setPlaceholder(new Label(m.getString("compare.none")));
        profile.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        SplitPane profiles = new SplitPane(profile, chartBox);
        profiles.setDividerPositions(0.42);
        VBox top = new VBox(6, bar, profiles);
        VBox.setVgrow(profiles, Priority.ALWAYS);
        top.setPadding(new Insets(8));

        HBox themeBar = new HBox(10, new Label(m.getString("compare.passagesFor")), theme);
        themeBar.setAlignment(Pos.CENTER_LEFT);
        columns.setId("compareColumns");
        VBox bottom = new VBox(6, themeBar, columns);
        VBox.setVgrow(columns, Priority.ALWAYS);
        bottom.setPadding(new Insets(8));
        SplitPane right = new SplitPane(top, bottom);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.56);

        model.matrixProperty().addListener((o, a, b) -> showProfiles());
        model.measureProperty().addListener((o, a, b) -> showProfiles());
        model.passagesProperty().addListener((o, a, b) -> showPassages());
        if (theme.getValue() != null) {
            model.themeProperty().set(theme.getValue().value());
        }
        SplitPane all = new SplitPane(left, right);
        all.setDividerPositions(0.17);
        SplitPane.setResizableWithParent(left, false);
        return new BorderPane(all, AnalysisControls.error(model.errorProperty()), null, null, null);
    }

    /** Ticks counties (as a person would in the list). */
    void choose(List<County> counties) {
        ticked.values().forEach(p -> p.set(false));
        counties.forEach(c -> ticked.get(c).set(true));
    }

    private String color(int i) {
        return COUNTY_COLORS.get(i % COUNTY_COLORS.size());
    }

    private void showProfiles() {
        CountyMatrix mx = model.matrixProperty().get();
        profile.getColumns().clear();
        chartBox.getChildren().clear();
        chart = null;
        if (mx == null || model.counties().isEmpty()) {
            profile.getItems().clear();
            return;
        }
        CountyMatrix.Measure ms = model.measureProperty().get();
        Map<County, double[]> profiles = model.profiles();
        List<Code> themes = mx.columns();
        TableColumn<Code, String> name = new TableColumn<>(m.getString("charts.theme"));
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().name()));
        name.setPrefWidth(190);
        profile.getColumns().add(name);
        double max = profiles.values().stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(0);
        for (County c : profiles.keySet()) {
            double[] v = profiles.get(c);
            TableColumn<Code, Number> col = new TableColumn<>(c.shortName());
            col.setPrefWidth(74);
            col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(v[themes.indexOf(d.getValue())]));
            col.getProperties().put(TableCopy.FORMAT, (Function<Object, String>) o -> ms == CountyMatrix.Measure.COVERAGE
                    ? String.format(java.util.Locale.ROOT, "%.4f", ((Number) o).doubleValue())
                    : Long.toString(Math.round(((Number) o).doubleValue())));
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Number n, boolean empty) {
                    super.updateItem(n, empty);
                    if (empty || n == null) {
                        setText(null);
                        setStyle("");
                        return;
                    }
                    setText(formats.value(ms, n.doubleValue()));
                    setStyle(Heat.css(Heat.color(n.doubleValue(), max)) + "-fx-alignment: CENTER-RIGHT;");
                }
            });
            profile.getColumns().add(col);
        }
        profile.setItems(FXCollections.observableArrayList(themes));

        NumberAxis x = new NumberAxis();
        x.setLabel(ms == CountyMatrix.Measure.COVERAGE ? "%" : AnalysisControls.measureName(m, ms));
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(ChartsTab.wholeNumbers(ms));
        CategoryAxis y = new CategoryAxis();
        chart = new BarChart<>(x, y);
        chart.setId("compareChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(Messages.format(m, "compare.chartHeading", AnalysisControls.measureName(m, ms)));
        chart.setCategoryGap(6);
        chart.setBarGap(0);
        FlowPane legend = new FlowPane(12, 4);
        legend.setPadding(new Insets(0, 8, 4, 40));
        int i = 0;
        for (County c : profiles.keySet()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(c.shortName());
            double[] v = profiles.get(c);
            // a vertical category axis lists from the bottom: add the themes last to first, so the first is on top
            for (int t = themes.size() - 1; t >= 0; t--) {
                s.getData().add(new XYChart.Data<>(ms == CountyMatrix.Measure.COVERAGE ? v[t] * 100 : v[t],
                        themes.get(t).name()));
            }
            chart.getData().add(s);
            String color = color(i++);
            for (XYChart.Data<Number, String> d : s.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-bar-fill: " + color + ";");
                }
            }
            legend.getChildren().add(new Label(c.shortName(), new Rectangle(11, 11, Color.web(color))));
        }
        chartBox.getChildren().setAll(chart, legend);
        chartBox.setStyle("-fx-background-color: white;");
        VBox.setVgrow(chart, Priority.ALWAYS);
    }

    private void showPassages() {
        columns.getChildren().clear();
        Map<County, List<Segment>> passages = model.passagesProperty().get();
        int i = 0;
        for (Map.Entry<County, List<Segment>> e : passages.entrySet()) {
            ListView<Segment> list = new ListView<>(FXCollections.observableArrayList(e.getValue()));
            list.setId("passages-" + e.getKey().code());
            list.setPlaceholder(new Label(m.getString("compare.noPassages")));
            list.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Segment s, boolean empty) {
                    super.updateItem(s, empty);
                    if (empty || s == null) {
                        setGraphic(null);
                        return;
                    }
                    Text doc = new Text(s.documentName() + (s.speaker() == null ? "" : " · " + s.speaker()) + "\n");
                    doc.getStyleClass().add("context-text");
                    Text text = new Text(RetrievalTab.oneLine(s.passage()));
                    TextFlow flow = new TextFlow(doc, text);
                    flow.prefWidthProperty().bind(l.widthProperty().subtract(42));
                    setGraphic(flow);
                }
            });
            list.setOnMouseClicked(ev -> {
                Segment s = list.getSelectionModel().getSelectedItem();
                if (ev.getClickCount() == 2 && s != null) {
                    model.open(s);
                    toMain.run();
                }
            });
            Label heading = new Label(Messages.format(m, "compare.columnHeading", e.getKey().officialName(),
                    e.getValue().size()));
            heading.getStyleClass().add("pane-heading");
            heading.setGraphic(new Rectangle(10, 10, Color.web(color(i++))));
            VBox col = new VBox(4, heading, list);
            VBox.setVgrow(list, Priority.ALWAYS);
            HBox.setHgrow(col, Priority.ALWAYS);
            col.setPrefWidth(100);
            columns.getChildren().add(col);
        }
        if (passages.isEmpty()) {
            Label none = new Label(m.getString("compare.none"));
            none.getStyleClass().add("muted");
            columns.getChildren().add(none);
        }
    }
}
