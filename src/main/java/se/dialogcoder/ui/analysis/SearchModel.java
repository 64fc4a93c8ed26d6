package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.WordForms;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * The search tab: a full-text query (FTS5 syntax) with its hits as keyword in context, grouped by county, a page at
 * a time: the first page comes with the number of matching documents, further pages as the list is scrolled to its
 * end ({@link #loadMore}), and the total of hits is counted in the background, a few documents at a time, so that
 * coding in the main window never waits long behind it. Auto-coding of the hits with a code and a scope: preview
 * first, then one undoable action (it codes every hit, not only those shown). Both look only at the documents of the
 * chosen document set or county group ("Urval"), when one is chosen. "Alla böjningsformer" and "Sammansättningar"
 * widen each word to its other forms in the project; changing either runs the shown search again.
 */
public final class SearchModel extends AnalysisModel {
    /** Documents counted at most per step of the background count. */
    static final int COUNT_STEP = 64;
    /** Time one step of the background count takes at most (plus one document): a new search waits no longer. */
    static final java.time.Duration COUNT_BUDGET = java.time.Duration.ofMillis(15);

    /**
     * What is shown of the last search.
     *
     * @param id           a number of its own for every search (a page added keeps it)
     * @param documents    matching documents (exact)
     * @param counties     counties among them (documents without a county count as one)
     * @param hits         the hits loaded so far, in result order
     * @param more         whether hits follow those loaded
     * @param total        hits of the whole result once known (the last page loaded, or counted)
     * @param counted      hits counted so far by the background count
     * @param countyTotals hits per county once the count is complete, else empty
     */
    public record Results(long id, String query, int documents, int counties, List<SearchService.Hit> hits,
                          boolean more, OptionalInt total, int counted, Map<County, Integer> countyTotals) {
        public Results {
            hits = List.copyOf(hits);
        }

        /** The hits loaded, grouped by county, in county order. */
        public List<SearchService.CountyHits> byCounty() {
            Map<County, List<SearchService.Hit>> groups = new LinkedHashMap<>();
            for (SearchService.Hit h : hits) {
                groups.computeIfAbsent(h.county(), k -> new ArrayList<>()).add(h);
            }
            List<SearchService.CountyHits> out = new ArrayList<>();
            groups.forEach((c, list) -> out.add(new SearchService.CountyHits(c, List.copyOf(list))));
            return out;
        }

        /** The number of hits as far as known: the total, else at least those loaded or counted. */
        public int atLeast() {
            return total.orElse(Math.max(hits.size(), counted));
        }

        /**
         * A county's number of hits when known: counted, or all of them loaded (a later county's hits, or the end,
         * are loaded too).
         */
        public OptionalInt countyTotal(County county) {
            if (!countyTotals.isEmpty()) {
                Integer n = countyTotals.get(county);
                return OptionalInt.of(n == null ? 0 : n);
            }
            int n = 0;
            boolean later = !more;
            for (SearchService.Hit h : hits) {
                if (java.util.Objects.equals(h.county(), county)) {
                    n++;
                } else if (n > 0) {
                    later = true;
                }
            }
            return later ? OptionalInt.of(n) : OptionalInt.empty();
        }

        private Results withPage(SearchService.Page page) {
            List<SearchService.Hit> all = new ArrayList<>(hits);
            all.addAll(page.hits());
            return new Results(id, query, documents, counties, all, page.more(),
                    page.total().isPresent() ? page.total() : total, counted, countyTotals);
        }

        private Results withTally(SearchService.Tally t) {
            return new Results(id, query, documents, counties, hits, more,
                    t.complete() ? OptionalInt.of(t.hits()) : total, t.hits(),
                    t.complete() ? t.byCounty() : Map.of());
        }
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Results> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();
    private final ObjectProperty<AutoCodeScope> scope = new SimpleObjectProperty<>(AutoCodeScope.PARAGRAPH);
    private final ReadOnlyObjectWrapper<SearchService.AutoCodePreview> preview = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty applied = new SimpleIntegerProperty(-1);
    private final BooleanProperty inflections = new SimpleBooleanProperty();
    private final BooleanProperty compounds = new SimpleBooleanProperty();
    private int pageSize = SearchService.PAGE;
    private long searches;
    /** Where the next page begins (null when every hit is loaded). */
    private SearchService.Rest rest;

    public SearchModel(ProjectViewModel project, Analyses analyses) {
        super(project, analyses);
        query.addListener((o, a, b) -> preview.set(null));
        code.addListener((o, a, b) -> preview.set(null));
        scope.addListener((o, a, b) -> preview.set(null));
        for (BooleanProperty option : List.of(inflections, compounds)) {
            option.addListener((o, a, b) -> {
                preview.set(null);
                if (result.get() != null) {
                    search();
                }
            });
        }
        setScopeProperty().addListener((o, a, b) -> {
            preview.set(null);
            if (result.get() != null) {
                search();
            }
        });
    }

    public StringProperty queryProperty() { return query; }

    /** "Alla böjningsformer": each word also matches its inflections. */
    public BooleanProperty inflectionsProperty() { return inflections; }

    /** "Sammansättningar": each word also matches the compounds it is a part of. */
    public BooleanProperty compoundsProperty() { return compounds; }

    /** The word forms the search and auto-coding use. */
    public WordForms forms() {
        return new WordForms(inflections.get(), compounds.get());
    }

    /** What is shown of the last search (null before the first). */
    public ReadOnlyObjectProperty<Results> resultProperty() { return result.getReadOnlyProperty(); }

    /** True while a further page is being read. */
    public ReadOnlyBooleanProperty loadingMoreProperty() { return loadingMore.getReadOnlyProperty(); }

    /** Hits per page (the window's default is {@link SearchService#PAGE}). */
    public void setPageSize(int hits) {
        pageSize = Math.max(1, hits);
    }

    /** The code auto-coding applies. */
    public ObjectProperty<Code> codeProperty() { return code; }

    public ObjectProperty<AutoCodeScope> scopeProperty() { return scope; }

    /** What auto-coding would do; null until previewed, and again after any choice changes or it is applied. */
    public ReadOnlyObjectProperty<SearchService.AutoCodePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** How many passages the last auto-coding coded (-1 before any). */
    public IntegerProperty appliedProperty() { return applied; }

    /** Runs the query over every document: the first page, then the count of every hit in the background. */
    public void search() {
        long id = ++searches;
        rest = null;
        loadingMore.set(false);
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            result.set(null);
            setError(null);
            return;
        }
        int size = pageSize;
        WordForms forms = forms();
        load(s -> analyses.search().page(s.project(), q, forms, scoped(CodingFilter.ALL), 0, size,
                SearchService.DEFAULT_WIDTH),
                page -> {
                    if (id != searches) {
                        return;
                    }
                    rest = page.next();
                    result.set(new Results(id, q, page.documents(), page.counties(), page.hits(), page.more(),
                            page.total(), 0, Map.of()));
                    applied.set(-1);
                    if (page.more()) {
                        count(id, page.next(), SearchService.Tally.NONE);
                    }
                });
    }

    /** Reads the next page of hits (when the list is scrolled to its end); nothing when all are loaded. */
    public void loadMore() {
        SearchService.Rest from = rest;
        if (result.get() == null || from == null || loadingMore.get()) {
            return;
        }
        long id = searches;
        int size = pageSize;
        loadingMore.set(true);
        boolean asked = project.query(s -> analyses.search().next(s.project(), from, size,
                SearchService.DEFAULT_WIDTH), page -> {
                    if (id != searches) {
                        return;
                    }
                    loadingMore.set(false);
                    rest = page.next();
                    result.set(result.get().withPage(page));
                }, message -> {
                    if (id == searches) {
                        loadingMore.set(false);
                        setError(message);
                    }
                });
        if (!asked) {
            loadingMore.set(false);
        }
    }

    /** One step of the background count; the next step is asked for when this one is in. */
    private void count(long id, SearchService.Rest all, SearchService.Tally sofar) {
        project.query(s -> analyses.search().count(s.project(), all, sofar, COUNT_STEP, COUNT_BUDGET), t -> {
            Results r = result.get();
            if (id != searches || r == null || !r.more()) {
                return; // a new search, or every hit loaded: the total is known
            }
            result.set(r.withTally(t));
            if (!t.complete()) {
                count(id, all, t);
            }
        }, message -> {
            if (id == searches) {
                setError(message);
            }
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
        WordForms forms = forms();
        load(s -> analyses.search().preview(s.project(), q, forms, scoped(CodingFilter.ALL), c.uid(), sc,
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
