package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.dialogcoder.analysis.Cooccurrence;
import se.dialogcoder.ui.ProjectViewModel;

/** The co-occurrence tab: how often two codes (or themes) meet, by overlapping codings or in the same text unit. */
public final class CooccurrenceModel extends AnalysisModel {
    private final ObjectProperty<Cooccurrence.Mode> mode = new SimpleObjectProperty<>(Cooccurrence.Mode.OVERLAP);
    private final BooleanProperty themes = new SimpleBooleanProperty(true);
    private final StringProperty coder = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<Cooccurrence> result = new ReadOnlyObjectWrapper<>();

    public CooccurrenceModel(ProjectViewModel project, Analyses analyses) {
        super(project, analyses);
        mode.addListener((o, a, b) -> refresh());
        themes.addListener((o, a, b) -> refresh());
        coder.addListener((o, a, b) -> refresh());
    }

    public ObjectProperty<Cooccurrence.Mode> modeProperty() { return mode; }

    /** Count codes as their top-level theme. */
    public BooleanProperty themesProperty() { return themes; }

    public StringProperty coderProperty() { return coder; }

    public ReadOnlyObjectProperty<Cooccurrence> resultProperty() { return result.getReadOnlyProperty(); }

    @Override
    public void refresh() {
        Cooccurrence.Mode m = mode.get();
        boolean t = themes.get();
        var filter = coderFilter(coder.get());
        load(s -> analyses.analysis().cooccurrence(s.project(), filter, m, t), result::set);
    }
}
