package se.dialogcoder.ui.coding;

import se.dialogcoder.app.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import se.dialogcoder.app.coding.CodingEffect;
import se.dialogcoder.app.coding.ProjectSession;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.ui.ProjectViewModel;
import se.dialogcoder.ui.CoderFilter;
import se.dialogcoder.ui.OpenDocument;
import se.dialogcoder.ui.Reveal;

/**
 * The document the text view shows: which document is chosen, its text and the codings the coder filter shows, the
 * selected passage and coding, and a passage to bring into view. Texts are immutable: the last few are kept.
 */
public final class DocumentViewModel {
    /** What the open document was when an action started: the view follows only if it is still the same. */
    public record Mark(OpenDocument open, long generation) {
    }

    /** A document's text and units (immutable after import). */
    private record Text(String text, List<TextUnit> units) {
    }

    private final ProjectViewModel vm;
    private final ReadOnlyObjectWrapper<OpenDocument> openDocument = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Document> selectedDocument = new SimpleObjectProperty<>();
    private final ObjectProperty<Coding> selectedCoding = new SimpleObjectProperty<>();
    private final ObjectProperty<int[]> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>();
    private Reveal pendingReveal;
    private long generation;
    private final Map<Long, Text> textCache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Text> eldest) {
            return size() > 6;
        }
    };

    public DocumentViewModel(ProjectViewModel vm) {
        this.vm = vm;
        // the selected coding stays selected only while it is in the open document (an undo may take it away)
        openDocument.addListener((obs, old, open) -> {
            Coding selected = selectedCoding.get();
            if (selected != null && (open == null || open.codings().stream().noneMatch(c -> c.id() == selected.id()))) {
                selectedCoding.set(null);
            }
        });
        selectedDocument.addListener((obs, old, doc) -> {
            selectedCoding.set(null);
            selection.set(null);
            load(doc);
        });
    }

    public ReadOnlyObjectProperty<OpenDocument> openDocumentProperty() { return openDocument.getReadOnlyProperty(); }

    public ObjectProperty<Document> selectedDocumentProperty() { return selectedDocument; }

    public ObjectProperty<Coding> selectedCodingProperty() { return selectedCoding; }

    /** The selected passage of the open document as {start, end} code points, or null. */
    public ObjectProperty<int[]> selectionProperty() { return selection; }

    public ReadOnlyObjectProperty<Reveal> revealProperty() { return reveal; }

    /** A new project is open: nothing is shown, no text is kept. */
    public void reset() {
        synchronized (textCache) {
            textCache.clear();
        }
        selectedDocument.set(null);
        openDocument.set(null);
    }

    public Mark mark() {
        return new Mark(openDocument.get(), generation);
    }

    /** Reads the chosen document again (its codings, or all of it when another project is open). */
    public void reload() {
        load(selectedDocument.get());
    }

    private void load(Document doc) {
        long gen = ++generation;
        ProjectSession s = vm.session();
        if (doc == null || s == null) {
            openDocument.set(null);
            return;
        }
        CoderFilter filter = vm.coderFilterProperty().get();
        String me = vm.coderProperty().get();
        Text cached;
        synchronized (textCache) {
            cached = textCache.get(doc.id());
        }
        vm.background().run(() -> {
            Project.DocumentContent content = s.project().content(doc.id(), cached == null);
            Text text = cached;
            if (text == null) {
                text = new Text(content.text(), content.units());
                synchronized (textCache) {
                    textCache.put(doc.id(), text);
                }
            }
            return new OpenDocument(doc, text.text(), text.units(), visible(content.codings(), content.coders(),
                    filter, me));
        }, loaded -> {
            if (gen == generation) {
                openDocument.set(loaded);
                revealPending(loaded);
                Coding sel = selectedCoding.get();
                if (sel != null && loaded.codings().stream().noneMatch(c -> c.id() == sel.id())) {
                    selectedCoding.set(null);
                }
                Reveal r = pendingReveal;
                if (r != null && r.documentId() == loaded.document().id()) {
                    pendingReveal = null;
                    reveal.set(null);
                    reveal.set(r);
                }
            }
        }, vm::fail);
    }

    /** The codings of a document that the filter shows, read on the worker. */
    public static List<Coding> readCodings(ProjectSession s, long documentId, CoderFilter filter, String me)
            throws Exception {
        Project.DocumentContent content = s.project().content(documentId, false);
        return visible(content.codings(), content.coders(), filter, me);
    }

    /**
     * After a change: the document's codings as read with it when the same document is still open (the text is
     * immutable: only the codings changed), else the document is read again.
     */
    public void changed(Mark before, List<Coding> codings) {
        Document current = selectedDocument.get();
        OpenDocument open = before.open();
        if (codings != null && open != null && before.generation() == generation && current != null
                && current.id() == open.document().id()) {
            openDocument.set(new OpenDocument(current, open.text(), open.units(), codings));
        } else {
            load(current);
        }
    }

    /**
     * The open document gets the codings an action added and loses those it removed (as the coder filter shows
     * them), without reading; it is read again when it changed meanwhile.
     */
    public void follow(Mark before, CodingEffect effect, List<Coder> coders) {
        OpenDocument open = openDocument.get();
        Document current = selectedDocument.get();
        if (before.generation() != generation || open != before.open() || current == null) {
            load(current);
            return;
        }
        Set<Long> gone = new HashSet<>();
        effect.removed().forEach(c -> gone.add(c.id()));
        List<Coding> codings = new ArrayList<>();
        for (Coding c : open.codings()) {
            if (!gone.contains(c.id())) {
                codings.add(c);
            }
        }
        List<Coding> back = effect.added().stream().filter(c -> c.documentId() == current.id()).toList();
        codings.addAll(visible(back, coders, vm.coderFilterProperty().get(), vm.coderProperty().get()));
        if (codings.size() != open.codings().size() || !back.isEmpty()) {
            openDocument.set(new OpenDocument(current, open.text(), open.units(), List.copyOf(codings)));
        }
    }

    /**
     * Opens a document at a passage (from search, retrieval or comparison): selects the document if it is not open,
     * then selects the passage and scrolls the text there.
     */
    public void showPassage(long documentId, int start, int end) {
        Document doc = vm.groups().stream().flatMap(g -> g.documents().stream()).filter(d -> d.id() == documentId)
                .findFirst().orElse(null);
        if (doc == null) {
            return;
        }
        pendingReveal = new Reveal(documentId, start, end);
        OpenDocument open = openDocument.get();
        Document current = selectedDocument.get();
        if (current != null && current.id() == documentId && open != null && open.document().id() == documentId) {
            revealPending(open);
        } else {
            selectedDocument.set(doc);
        }
    }

    private void revealPending(OpenDocument loaded) {
        Reveal r = pendingReveal;
        if (r == null || loaded == null || loaded.document().id() != r.documentId()) {
            return;
        }
        pendingReveal = null;
        selectedCoding.set(null);
        reveal.set(null);
        reveal.set(r);
        selection.set(new int[] {r.start(), r.end()});
    }

    /** The codings a filter shows: everyone's, the current coder's ({@code me}) or one chosen coder's. */
    public static List<Coding> visible(List<Coding> all, List<Coder> coders, CoderFilter filter, String me) {
        if (filter.kind() == CoderFilter.Kind.ALL) {
            return all;
        }
        String name = filter.kind() == CoderFilter.Kind.MINE ? me : filter.coder();
        Long id = coders.stream().filter(c -> c.name().equals(name)).map(Coder::id).findFirst().orElse(null);
        return all.stream().filter(c -> id != null && c.coderId() == id).toList();
    }
}
