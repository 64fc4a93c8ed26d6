package se.dialogcoder.ui.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.ui.Formats;

/**
 * The county × theme matrix as a heatmap table: each cell shaded by its value on the {@link Heat} scale (the
 * totals row and column in grey), numbers right-aligned; clicking a column header sorts the counties by it (the
 * totals row stays last).
 */
final class HeatmapTable extends TableView<MatrixModel.Row> {
    private static final double COUNTY_WIDTH = 172;
    private static final double TOTAL_WIDTH = 70;
    private final ResourceBundle m;
    private final Formats formats;
    private CountyMatrix matrix;
    private CountyMatrix.Measure measure = CountyMatrix.Measure.SEGMENTS;
    private double max;
    private List<Long> columnIds = List.of();

    HeatmapTable(ResourceBundle messages) {
        this.m = messages;
        this.formats = new Formats(messages);
        getStyleClass().add("heatmap");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label(m.getString("analysis.loading")));
        setSortPolicy(t -> {
            Comparator<MatrixModel.Row> c = t.getComparator();
            List<MatrixModel.Row> body = new ArrayList<>(t.getItems().stream().filter(r -> !r.isTotal()).toList());
            List<MatrixModel.Row> totals = t.getItems().stream().filter(MatrixModel.Row::isTotal).toList();
            body.sort(c != null ? c : Comparator.comparingInt(MatrixModel.Row::index));
            body.addAll(totals);
            t.getItems().setAll(body);
            return true;
        });
    }

    /** Shows a matrix under a measure (null: nothing yet). */
    void show(CountyMatrix matrix, CountyMatrix.Measure measure) {
        this.matrix = matrix;
        this.measure = measure;
        if (matrix == null) {
            getItems().clear();
            return;
        }
        max = MatrixModel.maxCell(matrix, measure);
        List<Long> ids = matrix.columns().stream().map(Code::id).toList();
        if (!ids.equals(columnIds) || getColumns().isEmpty()) {
            columnIds = ids;
            buildColumns();
        }
        List<TableColumn<MatrixModel.Row, ?>> order = new ArrayList<>(getSortOrder());
        order.retainAll(getColumns()); // a column of a theme that is gone no longer sorts
        setItems(FXCollections.observableArrayList(MatrixModel.rows(matrix, measure)));
        getSortOrder().setAll(order);
        sort();
        refresh();
    }

    String label(MatrixModel.Row r) {
        if (r.isTotal()) {
            return m.getString("analysis.total");
        }
        return r.county() == null ? m.getString("nav.unknownCounty") : r.county().code() + "  " + r.county().shortName();
    }

    private void buildColumns() {
        getColumns().clear();
        TableColumn<MatrixModel.Row, String> county = new TableColumn<>(m.getString("analysis.county"));
        county.setId("heatCounty");
        county.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(label(d.getValue())));
        county.setComparator(Comparator.naturalOrder());
        county.setPrefWidth(COUNTY_WIDTH);
        county.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                MatrixModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(row != null && row.isTotal() ? "-fx-font-weight: bold;" : "");
            }
        });
        getColumns().add(county);
        for (int i = 0; i < matrix.columns().size(); i++) {
            int col = i;
            Code theme = matrix.columns().get(i);
            getColumns().add(valueColumn(theme.name(), r -> r.values()[col], theme, false));
        }
        getColumns().add(valueColumn(m.getString("analysis.total"), MatrixModel.Row::total, null, true));
    }

    private TableColumn<MatrixModel.Row, Number> valueColumn(String title, Function<MatrixModel.Row, Double> value,
                                                           Code theme, boolean total) {
        TableColumn<MatrixModel.Row, Number> c = new TableColumn<>(Formats.lines(title, 13));
        c.setId(total ? "heatTotal" : "heat-" + theme.id());
        // the themes share the width left by the county column equally
        if (total) {
            c.setPrefWidth(TOTAL_WIDTH);
        } else {
            c.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(80, widthProperty()
                    .subtract(COUNTY_WIDTH + TOTAL_WIDTH + 36).divide(matrix.columns().size())));
        }
        c.setResizable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.getProperties().put(TableCopy.FORMAT, (Function<Object, String>) v ->
                v == null ? "" : measure == CountyMatrix.Measure.COVERAGE
                        ? String.format(java.util.Locale.ROOT, "%.4f", ((Number) v).doubleValue())
                        : formatsRoot(((Number) v).doubleValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                MatrixModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || v == null || row == null) {
                    setText(null);
                    setStyle("");
                    setTooltip(null);
                    return;
                }
                setText(formats.value(measure, v.doubleValue()));
                boolean grey = total || row.isTotal();
                Color bg = grey ? Heat.TOTAL : Heat.color(v.doubleValue(), max);
                setStyle(Heat.css(bg) + "-fx-alignment: CENTER-RIGHT;" + (grey ? "-fx-font-weight: bold;" : ""));
                getStyleClass().removeAll("heat-cell");
                getStyleClass().add("heat-cell");
                setTooltip(new Tooltip(label(row) + " · " + title + ": " + formats.value(measure, v.doubleValue())));
            }
        });
        return c;
    }

    private static String formatsRoot(double v) {
        return Long.toString(Math.round(v));
    }

    CountyMatrix.Measure measure() {
        return measure;
    }

    /** The largest cell value shown (the top of the colour scale). */
    double max() {
        return max;
    }
}
