package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The charts tab: one theme across the counties (bar chart, tile map of Sweden), the themes per county (stacked
 * bars) and the heatmap, all from one county × theme matrix with coverage.
 */
public final class ChartsModel extends AnalysisModel {
    /** Which picture. */
    public enum Kind { BARS, STACKED, HEATMAP, MAP }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.MAP);
    private final ObjectProperty<CountyMatrix.Measure> measure = new SimpleObjectProperty<>(CountyMatrix.Measure.SEGMENTS);
    private final ObjectProperty<Code> theme = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CountyMatrix> matrix = new ReadOnlyObjectWrapper<>();

    public ChartsModel(ProjectViewModel project, Analyses analyses) {
        super(project, analyses);
    }

    public ObjectProperty<Kind> kindProperty() { return kind; }

    public ObjectProperty<CountyMatrix.Measure> measureProperty() { return measure; }

    /** The theme of the bar chart and the map (null = the first theme). */
    public ObjectProperty<Code> themeProperty() { return theme; }

    public ReadOnlyObjectProperty<CountyMatrix> matrixProperty() { return matrix.getReadOnlyProperty(); }

    @Override
    public void refresh() {
        load(s -> analyses.analysis().matrix(s.project(), se.dialogcoder.model.CodingFilter.ALL, null, true),
                matrix::set);
    }

    /** The column of the chosen theme (the first theme when none is chosen or it is gone), -1 without themes. */
    int column() {
        CountyMatrix m = matrix.get();
        if (m == null || m.columns().isEmpty()) {
            return -1;
        }
        Code t = theme.get();
        for (int c = 0; c < m.columns().size(); c++) {
            if (t != null && m.columns().get(c).id() == t.id()) {
                return c;
            }
        }
        return 0;
    }

    /** The chosen theme's value in each of the 21 counties. */
    public Map<County, Double> themeValues() {
        Map<County, Double> out = new EnumMap<>(County.class);
        CountyMatrix m = matrix.get();
        int c = column();
        if (c < 0) {
            return out;
        }
        for (int r = 0; r < m.rows().size(); r++) {
            if (m.rows().get(r) != null) {
                out.put(m.rows().get(r), m.cell(measure.get(), r, c));
            }
        }
        return out;
    }

    /** The theme the charts show (null when the codebook has none). */
    public Code shownTheme() {
        int c = column();
        return c < 0 ? null : matrix.get().columns().get(c);
    }
}
