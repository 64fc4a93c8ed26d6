package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.County;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The county × theme matrix (rows: the 21 län, and "Okänt län" when there are such documents; columns: the
 * themes, each with its sub-themes), as segments, coverage or presence, with row and column totals. Also the data
 * of the charts and the county comparison.
 */
public final class MatrixModel extends AnalysisModel {
    /**
     * One row of the table.
     *
     * @param index the matrix row, or -1 for the column totals
     * @param county null for "Okänt län" and for the totals
     * @param values one per theme
     * @param total the row total
     */
    public record Row(int index, County county, double[] values, double total) {
        public boolean isTotal() {
            return index < 0;
        }
    }

    private final ObjectProperty<CountyMatrix.Measure> measure = new SimpleObjectProperty<>(CountyMatrix.Measure.SEGMENTS);
    private final StringProperty coder = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<CountyMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final boolean alwaysCoverage;

    public MatrixModel(ProjectViewModel project, Analyses analyses) {
        this(project, analyses, false);
    }

    /** @param alwaysCoverage compute coverage with every read (the charts and the comparison switch freely) */
    MatrixModel(ProjectViewModel project, Analyses analyses, boolean alwaysCoverage) {
        super(project, analyses);
        this.alwaysCoverage = alwaysCoverage;
        measure.addListener((o, a, m) -> {
            CountyMatrix current = matrix.get();
            if (m == CountyMatrix.Measure.COVERAGE && (current == null || !current.hasCoverage())) {
                refresh();
            } else {
                // same numbers, another view of them: re-publish so tables redraw
                matrix.set(null);
                matrix.set(current);
            }
        });
        coder.addListener((o, a, b) -> refresh());
    }

    public ObjectProperty<CountyMatrix.Measure> measureProperty() { return measure; }

    /** One coder's codings (null = everyone's). */
    public StringProperty coderProperty() { return coder; }

    /** The last matrix read (null before the first). */
    public ReadOnlyObjectProperty<CountyMatrix> matrixProperty() { return matrix.getReadOnlyProperty(); }

    @Override
    public void refresh() {
        boolean coverage = alwaysCoverage || measure.get() == CountyMatrix.Measure.COVERAGE;
        var filter = scoped(coderFilter(coder.get()));
        load(s -> analyses.analysis().matrix(s.project(), filter, null, coverage), matrix::set);
    }

    /** The rows in county order, then the totals row. */
    public List<Row> rows() {
        return rows(matrix.get(), measure.get());
    }

    static List<Row> rows(CountyMatrix m, CountyMatrix.Measure measure) {
        List<Row> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        int cols = m.columns().size();
        for (int r = 0; r < m.rows().size(); r++) {
            double[] v = new double[cols];
            for (int c = 0; c < cols; c++) {
                v[c] = m.cell(measure, r, c);
            }
            out.add(new Row(r, m.rows().get(r), v, m.rowTotal(measure, r)));
        }
        double[] totals = new double[cols];
        for (int c = 0; c < cols; c++) {
            totals[c] = m.columnTotal(measure, c);
        }
        out.add(new Row(-1, null, totals, m.total(measure)));
        return out;
    }

    /** The largest cell (not counting totals): the top of the heat scale. */
    static double maxCell(CountyMatrix m, CountyMatrix.Measure measure) {
        double max = 0;
        if (m != null) {
            for (int r = 0; r < m.rows().size(); r++) {
                for (int c = 0; c < m.columns().size(); c++) {
                    max = Math.max(max, m.cell(measure, r, c));
                }
            }
        }
        return max;
    }

    /** The row of a county in a matrix (-1 when absent). */
    static int rowOf(CountyMatrix m, County county) {
        return m == null ? -1 : m.rows().indexOf(county);
    }
}
