package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The search tab: a full-text query (FTS5 syntax) with its hits as keyword in context, grouped by county; and
 * auto-coding of the hits with a code and a scope: preview first, then one undoable action. Both look only at the
 * documents of the chosen document set or county group ("Urval"), when one is chosen.
 */
public final class SearchModel extends AnalysisModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SearchService.Result> result = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();
    private final ObjectProperty<AutoCodeScope> scope = new SimpleObjectProperty<>(AutoCodeScope.PARAGRAPH);
    private final ReadOnlyObjectWrapper<SearchService.AutoCodePreview> preview = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty applied = new SimpleIntegerProperty(-1);

    public SearchModel(ProjectViewModel project, Analyses analyses) {
        super(project, analyses);
        query.addListener((o, a, b) -> preview.set(null));
        code.addListener((o, a, b) -> preview.set(null));
        scope.addListener((o, a, b) -> preview.set(null));
        setScopeProperty().addListener((o, a, b) -> {
            preview.set(null);
            if (result.get() != null) {
                search();
            }
        });
    }

    public StringProperty queryProperty() { return query; }

    /** The hits of the last search (null before the first). */
    public ReadOnlyObjectProperty<SearchService.Result> resultProperty() { return result.getReadOnlyProperty(); }

    /** The code auto-coding applies. */
    public ObjectProperty<Code> codeProperty() { return code; }

    public ObjectProperty<AutoCodeScope> scopeProperty() { return scope; }

    /** What auto-coding would do; null until previewed, and again after any choice changes or it is applied. */
    public ReadOnlyObjectProperty<SearchService.AutoCodePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** How many passages the last auto-coding coded (-1 before any). */
    public IntegerProperty appliedProperty() { return applied; }

    /** Runs the query over every document. */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            result.set(null);
            setError(null);
            return;
        }
        load(s -> analyses.search().search(s.project(), q, scoped(CodingFilter.ALL),
                SearchService.DEFAULT_WIDTH),
                r -> {
                    result.set(r);
                    applied.set(-1);
                });
    }

    /** Shows what auto-coding every hit would code, without changing anything. */
    public void preview() {
        String q = query.get() == null ? "" : query.get().strip();
        Code c = code.get();
        if (q.isEmpty() || c == null) {
            return;
        }
        AutoCodeScope sc = scope.get();
        String coder = project.coderName();
        load(s -> analyses.search().preview(s.project(), q, scoped(CodingFilter.ALL), c.uid(), sc,
                coder),
                p -> {
                    preview.set(p);
                    applied.set(-1);
                });
    }

    /** Codes the previewed passages as one action (Ctrl+Z in either window undoes all of it). */
    public void apply() {
        SearchService.AutoCodePreview p = preview.get();
        if (p == null || p.proposals().isEmpty()) {
            return;
        }
        preview.set(null);
        project.coding().autoCode(p, created -> applied.set(created.size()));
    }

    /** Opens the document of a hit in the main window with the hit selected. */
    public void open(SearchService.Hit hit) {
        project.showPassage(hit.documentId(), hit.start(), hit.end());
    }

    /** Opens the document of a previewed passage with the passage selected. */
    public void open(SearchService.Proposal p) {
        project.showPassage(p.documentId(), p.span().start(), p.span().end());
    }

    /** Search hits do not change with codings: nothing to read again. */
    @Override
    public void refresh() {
    }

    /** Number of distinct documents among the previewed passages. */
    static int documents(List<SearchService.Proposal> proposals) {
        return (int) proposals.stream().mapToLong(SearchService.Proposal::documentId).distinct().count();
    }
}
