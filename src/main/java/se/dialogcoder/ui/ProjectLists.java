package se.dialogcoder.ui;

import se.dialogcoder.app.Project;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.ui.CountyGroup;

/** What the main window lists of the open project, with its counts and the status line. */
public final class ProjectLists {
    /** The figures of the status line. */
    private record Totals(int documents, int codings) {
    }

    private final BiFunction<Integer, Integer, String> statusText;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<CountyGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Code> codes = FXCollections.observableArrayList();
    private final ObservableList<Coder> coders = FXCollections.observableArrayList();
    private final ObservableList<ItemSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<Map<Long, Integer>> codingCounts = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Map<Long, Integer>> documentCounts = new SimpleObjectProperty<>(Map.of());
    private final ReadOnlyLongWrapper dataVersion = new ReadOnlyLongWrapper();
    private Totals totals = new Totals(0, 0);

    /** @param statusText turns (documents, codings) into the status line, in the user's language */
    public ProjectLists(BiFunction<Integer, Integer, String> statusText) {
        this.statusText = statusText;
    }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ObservableList<CountyGroup> groups() { return groups; }

    public ObservableList<Code> codes() { return codes; }

    public ObservableList<Coder> coders() { return coders; }

    public ObservableList<ItemSet> sets() { return sets; }

    public ObjectProperty<Map<Long, Integer>> codingCountsProperty() { return codingCounts; }

    public ObjectProperty<Map<Long, Integer>> documentCountsProperty() { return documentCounts; }

    public ReadOnlyLongProperty dataVersionProperty() { return dataVersion.getReadOnlyProperty(); }

    /** Writes the status line again (after the language changed). */
    public void restatus() {
        status.set(statusText.apply(totals.documents(), totals.codings()));
    }

    /** The number of codings the status line counts. */
    public int codingTotal() {
        return totals.codings();
    }

    /**
     * Shows what was read; the selected document and code are replaced by their newer versions (a code that is gone
     * is no longer selected).
     */
    void publish(Project.Overview s, ObjectProperty<Document> selectedDocument, ObjectProperty<Code> selectedCode) {
        Document selected = selectedDocument.get();
        // replace lists only when they changed: every listener (trees, the text's colours) redraws on a change
        List<CountyGroup> newGroups = ProjectSnapshot.group(s.documents());
        if (!groups.equals(newGroups)) {
            groups.setAll(newGroups);
        }
        if (!codes.equals(s.codes())) {
            codes.setAll(s.codes());
        }
        if (!coders.equals(s.coders())) {
            coders.setAll(s.coders());
        }
        if (!sets.equals(s.sets())) {
            sets.setAll(s.sets());
        }
        if (!s.codeCounts().equals(codingCounts.get())) {
            codingCounts.set(s.codeCounts());
        }
        if (!s.documentCounts().equals(documentCounts.get())) {
            documentCounts.set(s.documentCounts());
        }
        totals = new Totals(s.documents().size(), s.codings());
        restatus();
        dataVersion.set(dataVersion.get() + 1);
        if (selected != null) {
            s.documents().stream().filter(d -> d.id() == selected.id()).findFirst().ifPresent(d -> {
                if (!d.equals(selected)) {
                    selectedDocument.set(d);
                }
            });
        }
        Code code = selectedCode.get();
        if (code != null) {
            selectedCode.set(s.codes().stream().filter(c -> c.id() == code.id()).findFirst().orElse(null));
        }
    }

    /** Shows counts worked out from a change (the quick path of coding), without reading the project. */
    public void showCounts(Map<Long, Integer> byCode, Map<Long, Integer> byDocument, int codings) {
        codingCounts.set(byCode);
        documentCounts.set(byDocument);
        totals = new Totals(totals.documents(), codings);
        restatus();
        dataVersion.set(dataVersion.get() + 1);
    }
}
