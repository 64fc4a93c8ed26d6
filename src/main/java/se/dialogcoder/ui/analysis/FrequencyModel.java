package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.Frequencies;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The frequencies tab: for each code (or only the themes), its coded segments, documents, counties and coverage,
 * with or without its sub-codes, for everyone's codings or one coder's.
 */
public final class FrequencyModel extends AnalysisModel {
    /** A line of the table with the code's depth in the codebook (0 = theme). */
    public record Line(Frequencies.Row row, int depth) {
    }

    private final BooleanProperty withSubcodes = new SimpleBooleanProperty(true);
    private final BooleanProperty themesOnly = new SimpleBooleanProperty(false);
    private final StringProperty coder = new SimpleStringProperty();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public FrequencyModel(ProjectViewModel project, Analyses analyses) {
        super(project, analyses);
        withSubcodes.addListener((o, a, b) -> refresh());
        themesOnly.addListener((o, a, b) -> refresh());
        coder.addListener((o, a, b) -> refresh());
    }

    /** Count a code together with its sub-codes (the union of their passages). */
    public BooleanProperty withSubcodesProperty() { return withSubcodes; }

    public BooleanProperty themesOnlyProperty() { return themesOnly; }

    /** One coder's codings (null = everyone's). */
    public StringProperty coderProperty() { return coder; }

    public ObservableList<Line> lines() { return lines; }

    @Override
    public void refresh() {
        boolean sub = withSubcodes.get();
        boolean themes = themesOnly.get();
        var filter = scoped(coderFilter(coder.get()));
        load(s -> {
            CodeTree tree = analyses.analysis().codeTree(s.project());
            List<Frequencies.Row> rows = analyses.analysis().frequencies(s.project(), filter, sub, false);
            return rows.stream().map(r -> new Line(r, tree.selfAndAncestors(r.code().id()).size() - 1))
                    .filter(l -> !themes || l.depth() == 0).toList();
        }, lines::setAll);
    }
}
