package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.app.analysis.RetrievalService;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Segment;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The comparison tab: two or more chosen counties side by side, their theme profiles (segments or coverage per
 * theme) and their passages for one theme.
 */
public final class CompareModel extends AnalysisModel {
    /** Passages per county are listed up to this many. */
    static final int LIMIT = 500;
    private final ObservableList<County> counties = FXCollections.observableArrayList();
    private final ObjectProperty<CountyMatrix.Measure> measure = new SimpleObjectProperty<>(CountyMatrix.Measure.SEGMENTS);
    private final ObjectProperty<Code> theme = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CountyMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<County, List<Segment>>> passages = new ReadOnlyObjectWrapper<>(Map.of());

    public CompareModel(ProjectViewModel project, Analyses analyses) {
        super(project, analyses);
        counties.addListener((ListChangeListener<County>) c -> refresh());
        theme.addListener((o, a, b) -> refresh());
    }

    /** The counties to compare, in the order chosen. */
    public ObservableList<County> counties() { return counties; }

    public ObjectProperty<CountyMatrix.Measure> measureProperty() { return measure; }

    /** The theme whose passages are listed side by side (null = none listed). */
    public ObjectProperty<Code> themeProperty() { return theme; }

    public ReadOnlyObjectProperty<CountyMatrix> matrixProperty() { return matrix.getReadOnlyProperty(); }

    /** The chosen theme's passages (with its sub-themes) for each chosen county, in the order chosen. */
    public ReadOnlyObjectProperty<Map<County, List<Segment>>> passagesProperty() {
        return passages.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        List<County> chosen = List.copyOf(counties);
        Code t = theme.get();
        load(s -> {
            CountyMatrix m = analyses.analysis().matrix(s.project(), CodingFilter.ALL, null, true);
            Map<County, List<Segment>> byCounty = new LinkedHashMap<>();
            if (t != null && !chosen.isEmpty()) {
                CodeTree tree = analyses.analysis().codeTree(s.project());
                if (tree.byId(t.id()).isPresent()) {
                    for (County c : chosen) {
                        byCounty.put(c, new ArrayList<>());
                    }
                    CodingFilter f = CodingFilter.ALL.withCodes(Set.of(t.id())).withCounties(Set.copyOf(chosen), false);
                    for (Segment seg : analyses.retrieval().segments(s.project(), f, true,
                            RetrievalService.DEFAULT_CONTEXT / 2, 0)) {
                        List<Segment> list = byCounty.get(seg.county());
                        if (list != null && list.size() < LIMIT) {
                            list.add(seg);
                        }
                    }
                }
            }
            return new Object[] {m, byCounty};
        }, r -> {
            matrix.set((CountyMatrix) r[0]);
            @SuppressWarnings("unchecked")
            Map<County, List<Segment>> p = (Map<County, List<Segment>>) r[1];
            passages.set(p);
        });
    }

    /** Each chosen county's value per theme under the measure: county → one value per matrix column. */
    public Map<County, double[]> profiles() {
        Map<County, double[]> out = new LinkedHashMap<>();
        CountyMatrix m = matrix.get();
        if (m == null) {
            return out;
        }
        for (County c : counties) {
            int r = MatrixModel.rowOf(m, c);
            double[] v = new double[m.columns().size()];
            for (int col = 0; col < v.length && r >= 0; col++) {
                v[col] = m.cell(measure.get(), r, col);
            }
            out.put(c, v);
        }
        return out;
    }

    public void open(Segment s) {
        project.showPassage(s.documentId(), s.start(), s.end());
    }
}
