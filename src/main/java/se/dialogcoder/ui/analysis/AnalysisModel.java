package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The common part of the analysis tabs' view models: reads run through the main view model's worker (never on the
 * FX thread, in order with the coding actions); only the answer to the latest request is shown; errors become a
 * message for the tab, not an exception.
 */
abstract class AnalysisModel {
    protected final ProjectViewModel project;
    /** The analysis services this model reads through. */
    protected final Analyses analyses;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final javafx.beans.property.ObjectProperty<SetScope> scope =
            new javafx.beans.property.SimpleObjectProperty<>(SetScope.ALL);
    private long generation;

    AnalysisModel(ProjectViewModel project, Analyses analyses) {
        this.project = project;
        this.analyses = analyses;
        scope.addListener((o, a, b) -> {
            if (!java.util.Objects.equals(a, b)) {
                refresh();
            }
        });
    }

    /** Everything, a document set, a code set or a county group (never null: {@link SetScope#ALL}). */
    public javafx.beans.property.ObjectProperty<SetScope> setScopeProperty() {
        return scope;
    }

    /** The filter narrowed to the chosen set or county group. */
    protected CodingFilter scoped(CodingFilter f) {
        SetScope s = scope.get();
        return s == null ? f : s.apply(f);
    }

    /** True while a request is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The last error in words for the user, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    protected void setError(String message) {
        error.set(message);
    }

    /** Reads again what the tab shows (after the project changed, or a choice changed). */
    public abstract void refresh();

    /** Runs a query; the latest request's answer is applied on the FX thread. */
    protected <T> void load(ProjectViewModel.Query<T> query, Consumer<T> apply) {
        long gen = ++generation;
        busy.set(true);
        project.query(query, result -> {
            if (gen == generation) {
                busy.set(false);
                error.set(null);
                apply.accept(result);
            }
        }, message -> {
            if (gen == generation) {
                busy.set(false);
                error.set(message);
            }
        });
    }

    /** Everything, or only one coder's codings (null or blank = everyone's). */
    static CodingFilter coderFilter(String coder) {
        return coder == null || coder.isBlank() ? CodingFilter.ALL : CodingFilter.ALL.withCoders(Set.of(coder));
    }
}
