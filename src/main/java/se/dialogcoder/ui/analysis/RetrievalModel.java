package se.dialogcoder.ui.analysis;

import se.dialogcoder.app.Analyses;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.app.analysis.RetrievalService;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Segment;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.documents.CountyChoice;

/**
 * The coded-segments tab: every passage coded with a code (optionally with its sub-codes), narrowed by county,
 * document kind, round, coder and a document attribute; each row with its county, document, speaker and context.
 */
public final class RetrievalModel extends AnalysisModel {
    /** At most this many rows are listed (the count says when there are more). */
    static final int LIMIT = 5000;
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();
    private final BooleanProperty withSubcodes = new SimpleBooleanProperty(true);
    private final ObjectProperty<CountyChoice> county = new SimpleObjectProperty<>(CountyChoice.ALL);
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>();
    private final StringProperty round = new SimpleStringProperty();
    private final StringProperty coder = new SimpleStringProperty();
    private final StringProperty attributeName = new SimpleStringProperty("");
    private final StringProperty attributeValue = new SimpleStringProperty("");
    private final ObservableList<Segment> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper();
    private Map<Long, String> paths = Map.of();

    public RetrievalModel(ProjectViewModel project, Analyses analyses) {
        super(project, analyses);
        code.addListener((o, a, b) -> refresh());
        withSubcodes.addListener((o, a, b) -> refresh());
        county.addListener((o, a, b) -> refresh());
        kind.addListener((o, a, b) -> refresh());
        round.addListener((o, a, b) -> refresh());
        coder.addListener((o, a, b) -> refresh());
    }

    /** The code (null = every coded passage). */
    public ObjectProperty<Code> codeProperty() { return code; }

    public BooleanProperty withSubcodesProperty() { return withSubcodes; }

    public ObjectProperty<CountyChoice> countyProperty() { return county; }

    /** Document kind (null = both). */
    public ObjectProperty<DocumentKind> kindProperty() { return kind; }

    /** Dialogue round (null = all). */
    public StringProperty roundProperty() { return round; }

    /** Coder name (null = everyone). */
    public StringProperty coderProperty() { return coder; }

    /** A free document attribute that must have {@link #attributeValueProperty()} (blank = no restriction). */
    public StringProperty attributeNameProperty() { return attributeName; }

    public StringProperty attributeValueProperty() { return attributeValue; }

    public ObservableList<Segment> rows() { return rows; }

    /** True when more passages match than are listed. */
    public ReadOnlyBooleanProperty truncatedProperty() { return truncated.getReadOnlyProperty(); }

    /** The filter the choices make. */
    CodingFilter filter() {
        CodingFilter f = coderFilter(coder.get());
        if (code.get() != null) {
            f = f.withCodes(Set.of(code.get().id()));
        }
        CountyChoice c = county.get();
        if (c != null && !c.isAll()) {
            f = f.withCounties(c.county() == null ? Set.of() : Set.of(c.county()), c.unknown());
        }
        f = f.withKind(kind.get());
        if (round.get() != null && !round.get().isBlank()) {
            f = f.withRound(round.get().strip());
        }
        String name = attributeName.get() == null ? "" : attributeName.get().strip();
        if (!name.isEmpty()) {
            f = f.withAttributes(Map.of(name, attributeValue.get() == null ? "" : attributeValue.get().strip()));
        }
        return scoped(f);
    }

    @Override
    public void refresh() {
        CodingFilter f = filter();
        boolean sub = withSubcodes.get();
        load(s -> {
            List<Segment> found = analyses.retrieval().segments(s.project(), f, sub,
                    RetrievalService.DEFAULT_CONTEXT, LIMIT + 1);
            CodeTree tree = analyses.analysis().codeTree(s.project());
            Map<Long, String> p = new HashMap<>();
            for (Code c : tree.all()) {
                p.put(c.id(), tree.path(c.id()));
            }
            return new Object[] {found, p};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<Segment> found = (List<Segment>) r[0];
            @SuppressWarnings("unchecked")
            Map<Long, String> p = (Map<Long, String>) r[1];
            paths = p;
            truncated.set(found.size() > LIMIT);
            rows.setAll(found.size() > LIMIT ? found.subList(0, LIMIT) : found);
        });
    }

    /** The code's path ("Tema / Undertema"). */
    public String codePath(long codeId) {
        return paths.getOrDefault(codeId, "");
    }

    /** Opens the passage's document in the main window with the passage selected. */
    public void open(Segment s) {
        project.showPassage(s.documentId(), s.start(), s.end());
    }
}
