package se.dialogcoder.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.dialogcoder.app.CodingEffect;
import se.dialogcoder.app.ProjectSession;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.StoreException;

/**
 * State and commands of the main window without any controls (MVVM): the open project, documents by county,
 * the open document with its codings, the codebook with counts, the selection, and every coding action.
 * Database work runs on {@code background}; results are published on {@code fx}.
 */
public final class ProjectViewModel {
    /** The text of a document as the view shows it, with the codings visible under the coder filter. */
    public record OpenDocument(Document document, String text, List<TextUnit> units, List<Coding> codings) {
    }

    /** Documents of one county (county null = "Okänt län"). */
    public record CountyGroup(County county, List<Document> documents) {
    }

    /** A passage to bring into view and select in the text (code points, end exclusive). */
    public record Reveal(long documentId, int start, int end) {
    }

    /** Which codings are shown: everyone's, only the current coder's, or one chosen coder's. */
    public record CoderFilter(Kind kind, String coder) {
        public enum Kind { ALL, MINE, ONE }

        public static final CoderFilter ALL = new CoderFilter(Kind.ALL, null);
        public static final CoderFilter MINE = new CoderFilter(Kind.MINE, null);
    }

    private final Services services;
    private final Transfers transfers;
    private final MemosAndFacts memosAndFacts;
    private final Executor background;
    private final Executor fx;
    private final BiFunction<Integer, Integer, String> statusText;
    private final ReadOnlyObjectWrapper<ProjectInfo> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OpenDocument> openDocument = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<UserMessage> notice = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CountyGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Code> codes = FXCollections.observableArrayList();
    private final ObservableList<Coder> coders = FXCollections.observableArrayList();
    private final ObservableList<ItemSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<Map<Long, Integer>> codingCounts = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Map<Long, Integer>> documentCounts = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Document> selectedDocument = new SimpleObjectProperty<>();
    private final ObjectProperty<Coding> selectedCoding = new SimpleObjectProperty<>();
    private final ObjectProperty<Code> selectedCode = new SimpleObjectProperty<>();
    private final ObjectProperty<int[]> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<CoderFilter> coderFilter = new SimpleObjectProperty<>(CoderFilter.ALL);
    private final StringProperty coder = new SimpleStringProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(true);
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final javafx.beans.property.ReadOnlyLongWrapper dataVersion = new javafx.beans.property.ReadOnlyLongWrapper();
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>();
    private Reveal pendingReveal;
    private java.util.function.BiConsumer<String, Runnable> askReadOnly = (message, yes) -> error.set(message);
    /** How a failure is told to the user (the window renders the lower layers' messages in its language). */
    private volatile java.util.function.Function<Exception, String> errorText =
            e -> e.getMessage() == null ? e.toString() : e.getMessage();
    private final BooleanProperty blind = new SimpleBooleanProperty();
    private CoderFilter filterBeforeBlind = CoderFilter.ALL;
    private ProjectSession session;
    private long generation;
    private int[] lastCounts = {0, 0};
    /** Texts and units are immutable: the last few opened are kept, so going back to one is instant. */
    private final Map<Long, Object[]> textCache = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object[]> eldest) {
            return size() > 6;
        }
    };

    public ProjectViewModel(Services services, Executor background, Executor fx) {
        this(services, background, fx, (docs, codings) -> docs + " documents, " + codings + " codings");
    }

    /** @param statusText turns (documents, codings) into the status line, in the user's language */
    public ProjectViewModel(Services services, Executor background, Executor fx,
                            BiFunction<Integer, Integer, String> statusText) {
        this.services = services;
        this.background = background;
        this.fx = fx;
        this.statusText = statusText;
        this.transfers = new Transfers(this, services);
        this.memosAndFacts = new MemosAndFacts(this);
        dropVanishedCoding();
        coder.set(services.settings().coderName);
        if (services.settings().blindCoding) {
            blind.set(true);
            coderFilter.set(CoderFilter.MINE);
        }
        selectedDocument.addListener((obs, old, doc) -> {
            selectedCoding.set(null);
            selection.set(null);
            loadDocument(doc);
        });
        coderFilter.addListener((obs, old, f) -> {
            if (blind.get() && f.kind() != CoderFilter.Kind.MINE) {
                blind.set(false); // choosing to see others' codings ends blind coding
            }
            loadDocument(selectedDocument.get());
        });
        coder.addListener((obs, old, c) -> {
            services.settings().coderName = c;
            saveSettings();
            if (coderFilter.get().kind() == CoderFilter.Kind.MINE) {
                loadDocument(selectedDocument.get());
            }
            if (blind.get()) {
                refresh();
            }
        });
        blind.addListener((obs, old, on) -> {
            services.settings().blindCoding = on;
            saveSettings();
            if (on) {
                filterBeforeBlind = coderFilter.get();
                coderFilter.set(CoderFilter.MINE);
            } else if (coderFilter.get().kind() == CoderFilter.Kind.MINE) {
                coderFilter.set(filterBeforeBlind.kind() == CoderFilter.Kind.MINE ? CoderFilter.ALL
                        : filterBeforeBlind);
            }
            refresh();
        });
    }

    /** For the GUI: database work on a worker thread, results on the FX thread. */
    public static ProjectViewModel forFx(Services services, Executor background,
                                         BiFunction<Integer, Integer, String> statusText) {
        return new ProjectViewModel(services, background, Platform::runLater, statusText);
    }

    public ReadOnlyObjectProperty<ProjectInfo> projectProperty() { return project.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<OpenDocument> openDocumentProperty() { return openDocument.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Something the user should know that is no error (an older project file was upgraded), or null. */
    public ReadOnlyObjectProperty<UserMessage> noticeProperty() { return notice.getReadOnlyProperty(); }

    /** The last error, in words for the user (null when none). */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ObservableList<CountyGroup> groups() { return groups; }

    public ObservableList<Code> codes() { return codes; }

    public ObservableList<Coder> coders() { return coders; }

    /** The document sets, then the code sets, each by name. */
    public ObservableList<ItemSet> sets() { return sets; }

    public ObjectProperty<Map<Long, Integer>> codingCountsProperty() { return codingCounts; }

    public ObjectProperty<Map<Long, Integer>> documentCountsProperty() { return documentCounts; }

    public ObjectProperty<Document> selectedDocumentProperty() { return selectedDocument; }

    public ObjectProperty<Coding> selectedCodingProperty() { return selectedCoding; }

    public ObjectProperty<Code> selectedCodeProperty() { return selectedCode; }

    /** The selected passage of the open document as {start, end} code points, or null. */
    public ObjectProperty<int[]> selectionProperty() { return selection; }

    public ObjectProperty<CoderFilter> coderFilterProperty() { return coderFilter; }

    public StringProperty coderProperty() { return coder; }

    public BooleanProperty canUndoProperty() { return canUndo; }

    public BooleanProperty canRedoProperty() { return canRedo; }

    public BooleanProperty busyProperty() { return busy; }

    public BooleanProperty snapToWordsProperty() { return snapToWords; }

    /**
     * Blind coding: only the current coder's codings are shown (the coder filter is "only mine") and every count
     * (codebook, navigator, status line) counts only the current coder's codings. Remembered in the settings.
     */
    public BooleanProperty blindProperty() { return blind; }

    public Services services() { return services; }

    /**
     * Counts up each time the project's documents, codes or codings may have changed (opening, coding, undo, import,
     * document facts): views that show counts read again when it changes.
     */
    public javafx.beans.property.ReadOnlyLongProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    /** The passage the text view should scroll to and select (set by {@link #showPassage}). */
    public ReadOnlyObjectProperty<Reveal> revealProperty() { return reveal; }

    /** True while the open project is read-only (open elsewhere, or a read-only file or folder). */
    public BooleanProperty readOnlyProperty() { return readOnly; }

    /**
     * How to ask whether to open read-only when the project is open in another window (or cannot be written):
     * called on the FX thread with the explanation and the action that opens read-only.
     */
    public void setAskReadOnly(java.util.function.BiConsumer<String, Runnable> ask) {
        askReadOnly = ask;
    }

    /** How failures are put into words for {@link #errorProperty()} and the failure callbacks. */
    public void setErrorText(java.util.function.Function<Exception, String> text) {
        errorText = text;
    }

    /** Writes the status line again (after the language changed). */
    public void restatus() {
        status.set(statusText.apply(lastCounts[0], lastCounts[1]));
    }

    public void clearError() {
        error.set(null);
    }

    /** Opens a project (closing the one open before), then publishes its documents and codebook. */
    public void open(Path path, Runnable whenDone) {
        open(path, false, whenDone);
    }

    private void open(Path path, boolean readOnlyMode, Runnable whenDone) {
        ProjectSession previous = session;
        boolean same = previous != null && Path.of(previous.project().location()).toAbsolutePath().normalize()
                .equals(path.toAbsolutePath().normalize());
        if (same) {
            // reopening the project that is open: close it first, or it would lock itself out
            session = null;
        }
        boolean blindNow = blind.get();
        String me = coder.get();
        background.execute(() -> {
            Object[] result;
            try {
                if (same) {
                    previous.close();
                }
                Path[] kept = new Path[1];
                ProjectSession next = new ProjectSession(readOnlyMode ? services.openReadOnly(path)
                        : services.open(path, copy -> kept[0] = copy));
                result = new Object[] {next, snapshot(next, blindNow, me), kept[0]};
            } catch (se.dialogcoder.store.ProjectLockedException
                     | se.dialogcoder.store.ReadOnlyLocationException e) {
                String message = errorText.apply(e);
                fx.execute(() -> askReadOnly.accept(message, () -> open(path, true, whenDone)));
                return;
            } catch (Exception e) {
                String message = errorText.apply(e);
                fx.execute(() -> {
                    error.set(null);
                    error.set(message);
                });
                return;
            }
            fx.execute(() -> opened(path, result, whenDone));
        });
    }

    private void opened(Path path, Object[] result, Runnable whenDone) {
        {
            if (session != null) {
                session.close();
            }
            session = (ProjectSession) result[0];
            readOnly.set(session.project().isReadOnly());
            synchronized (textCache) {
                textCache.clear();
            }
            session.history().setListener(() -> fx.execute(this::updateHistoryFlags));
            project.set(((Snapshot) result[1]).info);
            selectedDocument.set(null);
            selectedCode.set(null);
            openDocument.set(null);
            publish((Snapshot) result[1]);
            updateHistoryFlags();
            if (result[2] instanceof Path kept) {
                notice.set(UserMessage.of("notice.upgraded", "{0} was saved by an earlier DialogCoder (file format "
                        + "version {1}) and has been upgraded to version {2}. The file as it was is kept among the "
                        + "project''s backups: {3}", String.valueOf(path.getFileName()),
                        Integer.toString(se.dialogcoder.store.sqlite.Backups.upgradedFrom(kept).orElse(0)),
                        Integer.toString(ProjectStores.FILE_VERSION), kept.toString()));
            }
            services.settings().touchRecent(path.toAbsolutePath().toString());
            saveSettings();
            whenDone.run();
        }
    }

    /** Builds the demo project if needed, then opens it. */
    public void openDemo(Runnable whenDone) {
        run(() -> services.demo().ensure(), path -> open(path, whenDone));
    }

    /** Everything the window lists, read in one go. */
    private record Snapshot(ProjectInfo info, List<Document> documents, List<Code> codes, List<Coder> coders,
                            Map<Long, Integer> codeCounts, Map<Long, Integer> documentCounts, int codings,
                            List<ItemSet> sets) {
    }

    /** Reads what the window lists; when blind, the counts are of {@code me}'s codings only. */
    private static Snapshot snapshot(ProjectSession s, boolean blind, String me) throws StoreException {
        return s.project().read(tx -> {
            List<Coder> coders = tx.coders().list();
            if (!blind) {
                return new Snapshot(tx.project().info(), tx.documents().list(), tx.codes().list(), coders,
                        tx.codings().countsByCode(), tx.codings().countsByDocument(), tx.codings().count(),
                        tx.sets().list());
            }
            Long id = coders.stream().filter(c -> c.name().equals(me)).map(Coder::id).findFirst().orElse(null);
            return new Snapshot(tx.project().info(), tx.documents().list(), tx.codes().list(), coders,
                    id == null ? Map.of() : tx.codings().countsByCode(id),
                    id == null ? Map.of() : tx.codings().countsByDocument(id),
                    id == null ? 0 : tx.codings().count(id), tx.sets().list());
        });
    }

    private Snapshot snapshot(ProjectSession s) throws StoreException {
        return snapshot(s, blind.get(), coder.get());
    }

    /** Reads the lists and counts again (after the coder or blind coding changed). */
    private void refresh() {
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        boolean blindNow = blind.get();
        String me = coder.get();
        run(() -> snapshot(s, blindNow, me), this::publish);
    }

    private void publish(Snapshot s) {
        Document selected = selectedDocument.get();
        // replace lists only when they changed: every listener (trees, the text's colours) redraws on a change
        List<CountyGroup> newGroups = group(s.documents);
        if (!groups.equals(newGroups)) {
            groups.setAll(newGroups);
        }
        if (!codes.equals(s.codes)) {
            codes.setAll(s.codes);
        }
        if (!coders.equals(s.coders)) {
            coders.setAll(s.coders);
        }
        if (!sets.equals(s.sets)) {
            sets.setAll(s.sets);
        }
        if (!s.codeCounts.equals(codingCounts.get())) {
            codingCounts.set(s.codeCounts);
        }
        if (!s.documentCounts.equals(documentCounts.get())) {
            documentCounts.set(s.documentCounts);
        }
        lastCounts = new int[] {s.documents.size(), s.codings};
        status.set(statusText.apply(s.documents.size(), s.codings));
        dataVersion.set(dataVersion.get() + 1);
        if (selected != null) {
            s.documents.stream().filter(d -> d.id() == selected.id()).findFirst().ifPresent(d -> {
                if (!d.equals(selected)) {
                    selectedDocument.set(d);
                }
            });
        }
        Code code = selectedCode.get();
        if (code != null) {
            selectedCode.set(s.codes.stream().filter(c -> c.id() == code.id()).findFirst().orElse(null));
        }
    }

    /** Groups documents into the 21 counties (always all 21, in code order) and "Okänt län" last. */
    static List<CountyGroup> group(List<Document> docs) {
        Map<County, List<Document>> by = new EnumMap<>(County.class);
        List<Document> unknown = new ArrayList<>();
        for (Document d : docs) {
            if (d.county() == null) {
                unknown.add(d);
            } else {
                by.computeIfAbsent(d.county(), k -> new ArrayList<>()).add(d);
            }
        }
        List<CountyGroup> out = new ArrayList<>();
        for (County c : County.values()) {
            out.add(new CountyGroup(c, List.copyOf(by.getOrDefault(c, List.of()))));
        }
        out.add(new CountyGroup(null, List.copyOf(unknown)));
        return out;
    }

    private void loadDocument(Document doc) {
        long gen = ++generation;
        if (doc == null || session == null) {
            openDocument.set(null);
            return;
        }
        ProjectSession s = session;
        CoderFilter filter = coderFilter.get();
        String me = coder.get();
        Object[] cached;
        synchronized (textCache) {
            cached = textCache.get(doc.id());
        }
        run(() -> s.project().read(tx -> {
            Object[] tu = cached;
            if (tu == null) {
                tu = new Object[] {tx.documents().text(doc.id()), tx.documents().units(doc.id())};
                synchronized (textCache) {
                    textCache.put(doc.id(), tu);
                }
            }
            @SuppressWarnings("unchecked")
            List<TextUnit> units = (List<TextUnit>) tu[1];
            return new OpenDocument(doc, (String) tu[0], units, visible(tx.codings().forDocument(doc.id()),
                    tx.coders().list(), filter, me));
        }), loaded -> {
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
                        });
    }

    /**
     * Opens a document at a passage (from search, retrieval or comparison): selects the document if it is not open,
     * then selects the passage and scrolls the text there.
     */
    public void showPassage(long documentId, int start, int end) {
        Document doc = groups.stream().flatMap(g -> g.documents().stream()).filter(d -> d.id() == documentId)
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

    static List<Coding> visible(List<Coding> all, List<Coder> coders, CoderFilter filter, String me) {
        if (filter.kind() == CoderFilter.Kind.ALL) {
            return all;
        }
        String name = filter.kind() == CoderFilter.Kind.MINE ? me : filter.coder();
        Long id = coders.stream().filter(c -> c.name().equals(name)).map(Coder::id).findFirst().orElse(null);
        return all.stream().filter(c -> id != null && c.coderId() == id).toList();
    }

    // ---- coding actions -------------------------------------------------------------------------------------

    /** Codes the current selection with a code. Does nothing without a selection. */
    public void applyCode(long codeId) {
        int[] sel = selection.get();
        OpenDocument doc = openDocument.get();
        if (sel == null || doc == null || sel[1] <= sel[0]) {
            return;
        }
        int[] range = snapToWords.get() ? WordSnap.snap(codePoints(doc.text()), sel[0], sel[1]) : sel;
        String who = coder.get();
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        long gen = generation;
        // the hot path: only the commit runs in the background; lists and counts are updated from what changed
        run(() -> s.code(doc.document().id(), codeId, who, range[0], range[1]), coding -> {
            if (!codingsChanged(doc, gen, new CodingEffect(List.of(coding), List.of(), true))) {
                refresh();
                loadDocument(selectedDocument.get());
            }
            selectedCoding.set(coding);
        });
    }

    /**
     * Adds the codings an action added to the counts shown (code, document, status line) and takes away those it
     * removed, all at once. In blind coding only the coder's own codings are counted.
     */
    private void count(CodingEffect effect) {
        Map<Long, Integer> byCode = new HashMap<>(codingCounts.get());
        Map<Long, Integer> byDocument = new HashMap<>(documentCounts.get());
        int total = lastCounts[1] + count(effect.added(), 1, byCode, byDocument)
                + count(effect.removed(), -1, byCode, byDocument);
        codingCounts.set(byCode);
        documentCounts.set(byDocument);
        lastCounts = new int[] {lastCounts[0], total};
        status.set(statusText.apply(lastCounts[0], lastCounts[1]));
        dataVersion.set(dataVersion.get() + 1);
    }

    /** Adds {@code delta} for each counted coding to both maps; returns the change of the total. */
    private int count(List<Coding> codings, int delta, Map<Long, Integer> byCode, Map<Long, Integer> byDocument) {
        int total = 0;
        for (Coding c : codings) {
            if (counted(c)) {
                plus(byCode, c.codeId(), delta);
                plus(byDocument, c.documentId(), delta);
                total += delta;
            }
        }
        return total;
    }

    private static void plus(Map<Long, Integer> counts, long key, int delta) {
        counts.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b); // a count that reaches 0 is left out, as read
    }

    private se.dialogcoder.model.CodePointText codePoints;

    /** The open text addressed by code points, made once per text (not on every coding). */
    private se.dialogcoder.model.CodePointText codePoints(String text) {
        if (codePoints == null || codePoints.text() != text) { // the same String object: the same open text
            codePoints = new se.dialogcoder.model.CodePointText(text);
        }
        return codePoints;
    }

    /** Codes the selection with the code pinned to key {@code n} (1–9). */
    public void applyPinned(int n) {
        List<Code> pinned = pinnedCodes();
        if (n >= 1 && n <= pinned.size() && pinned.get(n - 1) != null) {
            applyCode(pinned.get(n - 1).id());
        }
    }

    /**
     * Codes pinned to the keys 1–9, element {@code n - 1} for key {@code n}: the user's pins for this project, else
     * the top-level themes in order. A key without a code (its code was deleted, or nothing was pinned there while a
     * later key was) is null; the list ends with the last key that has a code.
     */
    public List<Code> pinnedCodes() {
        ProjectInfo info = project.get();
        List<String> pins = info == null ? null : services.settings().pins.get(info.id());
        List<Code> out = new ArrayList<>();
        if (pins != null) {
            for (String uid : pins.subList(0, Math.min(9, pins.size()))) {
                out.add(codes.stream().filter(c -> c.uid().equals(uid)).findFirst().orElse(null));
            }
            while (!out.isEmpty() && out.get(out.size() - 1) == null) {
                out.remove(out.size() - 1);
            }
        }
        if (out.isEmpty()) {
            codes.stream().filter(c -> c.parentId() == null).limit(9).forEach(out::add);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * Pins a code to key {@code n} (1–9) for this project; every other key keeps its code. When the code had
     * another key, the two keys swap codes; when it had none, the code that was on key {@code n} loses its key.
     */
    public void pin(Code code, int n) {
        ProjectInfo info = project.get();
        if (info == null || code == null || n < 1 || n > 9) {
            return;
        }
        List<Code> keys = new ArrayList<>(pinnedCodes());
        while (keys.size() < 9) {
            keys.add(null);
        }
        int old = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null && keys.get(i).id() == code.id()) {
                old = i;
            }
        }
        if (old == n - 1) {
            return;
        }
        Code displaced = keys.set(n - 1, code);
        if (old >= 0) {
            keys.set(old, displaced);
        }
        List<String> uids = new ArrayList<>(keys.stream().map(c -> c == null ? "" : c.uid()).toList());
        while (uids.get(uids.size() - 1).isEmpty()) {
            uids.remove(uids.size() - 1);
        }
        services.settings().pins.put(info.id(), uids);
        saveSettings();
    }

    /** Codes the selection with a new code named after the selected words. */
    public void codeInVivo() {
        int[] sel = selection.get();
        OpenDocument doc = openDocument.get();
        if (sel == null || doc == null || sel[1] <= sel[0]) {
            return;
        }
        int[] range = snapToWords.get() ? WordSnap.snap(codePoints(doc.text()), sel[0], sel[1]) : sel;
        String passage = codePoints(doc.text()).slice(range[0], range[1]);
        String who = coder.get();
        change(s -> s.codeInVivo(doc.document().id(), passage, who, range[0], range[1]), selectedCoding::set);
    }

    /** Removes the selected coding (one undoable step); like coding, only the commit runs in the background. */
    public void removeSelectedCoding() {
        Coding c = selectedCoding.get();
        ProjectSession s = session;
        if (c == null || s == null) {
            return;
        }
        OpenDocument doc = openDocument.get();
        long gen = generation;
        run(() -> {
            s.removeCoding(c);
            return c;
        }, removed -> {
            var effect = new CodingEffect(List.of(), List.of(removed), true);
            if (!codingsChanged(doc, gen, effect)) {
                refresh();
                loadDocument(selectedDocument.get());
            }
            if (selectedCoding.get() != null && selectedCoding.get().id() == removed.id()) {
                selectedCoding.set(null);
            }
        });
    }

    public void recodeSelected(long codeId) {
        Coding c = selectedCoding.get();
        if (c != null) {
            change(s -> {
                s.recode(c, codeId);
                return s.project().read(tx -> tx.codings().byId(c.id())).orElse(null);
            }, selectedCoding::set);
        }
    }

    /** Moves the selected coding's boundaries to the current text selection (extend or shrink). */
    public void resizeSelectedToSelection() {
        Coding c = selectedCoding.get();
        int[] sel = selection.get();
        if (c != null && sel != null && sel[1] > sel[0]) {
            change(s -> {
                s.resize(c, sel[0], sel[1]);
                return s.project().read(tx -> tx.codings().byId(c.id())).orElse(null);
            }, selectedCoding::set);
        }
    }

    /** Selects the innermost visible coding at a code-point position (or none). */
    public void selectCodingAt(int position) {
        OpenDocument doc = openDocument.get();
        if (doc == null) {
            return;
        }
        Coding best = null;
        for (Coding c : doc.codings()) {
            if (c.start() <= position && position < c.end() && (best == null || c.end() - c.start() < best.end() - best.start())) {
                best = c;
            }
        }
        selectedCoding.set(best);
    }

    /**
     * Applies a previewed auto-coding as one undoable action (Ctrl+Z takes it all back); the codebook counts, the
     * status line and the open document follow.
     */
    public void autoCode(se.dialogcoder.app.SearchService.AutoCodePreview preview, Consumer<List<Coding>> whenDone) {
        change(s -> s.autoCode(preview), whenDone);
    }

    public void undo() {
        undoOrRedo(ProjectSession::undoStep);
    }

    public void redo() {
        undoOrRedo(ProjectSession::redoStep);
    }

    /**
     * Undo and redo of codings take the quick path of coding (only the commit in the background, the view follows
     * from what changed); a step that changed more than codings reads the project again.
     */
    private void undoOrRedo(Action<CodingEffect> step) {
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        OpenDocument before = openDocument.get();
        long gen = generation;
        run(() -> step.run(s), effect -> {
            if (!effect.complete() || !codingsChanged(before, gen, effect)) {
                refresh();
                loadDocument(selectedDocument.get());
            }
        });
    }

    /**
     * Shows codings an action added and removed (a coding, its removal, an undo or redo of those) without reading
     * the project again: the counts follow and the open document gets or loses them (as the coder filter shows
     * them). Reads the open document again when it changed meanwhile.
     *
     * @return false when that is not enough (a coder the window does not know)
     */
    private boolean codingsChanged(OpenDocument before, long gen, CodingEffect effect) {
        List<Coding> all = new ArrayList<>(effect.added());
        all.addAll(effect.removed());
        if (all.stream().anyMatch(c -> coders.stream().noneMatch(k -> k.id() == c.coderId()))) {
            return false;
        }
        if (all.isEmpty()) {
            return true;
        }
        count(effect);
        OpenDocument open = openDocument.get();
        Document current = selectedDocument.get();
        if (gen != generation || open != before || current == null) {
            loadDocument(current);
            return true;
        }
        java.util.Set<Long> gone = new java.util.HashSet<>();
        effect.removed().forEach(c -> gone.add(c.id()));
        List<Coding> codings = new ArrayList<>();
        for (Coding c : open.codings()) {
            if (!gone.contains(c.id())) {
                codings.add(c);
            }
        }
        List<Coding> back = effect.added().stream().filter(c -> c.documentId() == current.id()).toList();
        codings.addAll(visible(back, coders, coderFilter.get(), coder.get()));
        if (codings.size() != open.codings().size() || !back.isEmpty()) {
            openDocument.set(new OpenDocument(current, open.text(), open.units(), List.copyOf(codings)));
        }
        return true;
    }

    /** Whether a coding is in the counts shown: every coding, or in blind coding only the coder's own. */
    private boolean counted(Coding c) {
        if (!blind.get()) {
            return true;
        }
        String me = coder.get();
        return coders.stream().anyMatch(k -> k.id() == c.coderId() && k.name().equals(me));
    }

    // ---- codebook actions -----------------------------------------------------------------------------------

    public void addCode(Long parentId, String name, String color, Consumer<Code> whenDone) {
        change(s -> s.addCode(parentId, name, color), code -> {
            selectedCode.set(code);
            whenDone.accept(code);
        });
    }

    public void updateCode(Code before, Code after) {
        change(s -> {
            s.updateCode(before, after);
            return null;
        }, x -> { });
    }

    public void moveCode(Code code, Long newParentId) {
        change(s -> {
            s.moveCode(code, newParentId);
            return null;
        }, x -> { });
    }

    public void mergeCodes(Code source, Code target) {
        change(s -> {
            s.mergeCodes(source.id(), target.id());
            return null;
        }, x -> selectedCode.set(target));
    }

    /** How many codings deleting this code (with its sub-codes) would remove; answered on the FX thread. */
    public void codingsAffectedByDelete(Code code, Consumer<Integer> answer) {
        ProjectSession s = session;
        if (s != null) {
            run(() -> s.codingsAffectedByDelete(code.id()), answer);
        }
    }

    public void deleteCode(Code code) {
        change(s -> {
            s.deleteCode(code.id());
            return null;
        }, x -> selectedCode.set(null));
    }

    // ---- document sets and code sets (each change one undoable step) ----------------------------------------

    /** Creates a set holding the given documents or codes (one undoable step). */
    public void createSet(ItemSet.Kind kind, String name, List<Long> members, Consumer<ItemSet> whenDone) {
        change(s -> s.sets().create(kind, name, null, members), whenDone);
    }

    public void addToSet(ItemSet set, List<Long> members) {
        change(s -> s.sets().add(set, members), n -> { });
    }

    public void removeFromSet(ItemSet set, List<Long> members) {
        change(s -> s.sets().remove(set, members), n -> { });
    }

    public void renameSet(ItemSet set, String name) {
        change(s -> s.sets().update(set, name, set.description()), b -> { });
    }

    public void deleteSet(ItemSet set) {
        change(s -> {
            s.sets().delete(set);
            return null;
        }, x -> { });
    }

    // ---- memos and document facts ------------------------------------------------------------------------------

    /** Memos (project, document, code, coding) and a document's county, kind, round, date and attributes. */
    public MemosAndFacts memosAndFacts() {
        return memosAndFacts;
    }

    /** Work on the open session off the FX thread; the result on the FX thread, a failure as the error. */
    <T> void withSession(Action<T> work, Consumer<T> onFx) {
        ProjectSession s = session;
        if (s != null) {
            run(() -> work.run(s), onFx);
        }
    }

    /**
     * The selected coding stays selected only while it is in the open document: a coding that an undo or redo
     * takes away (or that the coder filter hides) is no longer selected, so no panel shows it.
     */
    private void dropVanishedCoding() {
        openDocument.addListener((obs, old, open) -> {
            Coding selected = selectedCoding.get();
            if (selected != null && (open == null || open.codings().stream().noneMatch(c -> c.id() == selected.id()))) {
                selectedCoding.set(null);
            }
        });
    }

    // ---- read-only work on the open project (exports) -----------------------------------------------------------

    /** Work on the open project that may fail with a message for the user. */
    public interface ProjectWork<T> {
        T run(ProjectStore project) throws Exception;
    }

    // ---- teamwork: merge, compare, jump to a passage -------------------------------------------------------------

    /** Importing files, REFI-QDA exchange and merging coders' files into the open project. */
    public Transfers transfers() {
        return transfers;
    }

    /**
     * Work that changes what the window lists (an import, a merge, a codebook import): runs off the FX thread after
     * anything queued, marked busy meanwhile when {@code showBusy}; then the lists, counts and the open document are
     * read again and {@code onFx} gets the result. A failure is shown as {@link #errorProperty()}.
     */
    <T> void changeProject(boolean showBusy, ProjectWork<T> work, Consumer<T> onFx) {
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        if (showBusy) {
            busy.set(true);
        }
        boolean blindNow = blind.get();
        String me = coder.get();
        run(() -> new Object[] {work.run(s.project()), snapshot(s, blindNow, me)}, r -> {
            busy.set(false);
            publish((Snapshot) r[1]);
            loadDocument(selectedDocument.get());
            @SuppressWarnings("unchecked")
            T result = (T) r[0];
            onFx.accept(result);
        });
    }

    /** Work that needs no open project (a new project file from a .qdpx): off the FX thread, errors shown. */
    <T> void withoutProject(Work<T> work, Consumer<T> onFx) {
        run(work, onFx);
    }

    /** Read-only work on the open project. */
    interface ProjectQuery<T> {
        T run(ProjectStore project) throws Exception;
    }

    /**
     * Runs work on the open project off the FX thread (after any change still queued), marked busy meanwhile; the
     * result arrives on the FX thread, a failure as {@link #errorProperty()}. Nothing happens without a project.
     *
     * @return false when no project is open
     */
    public <T> boolean withProject(ProjectWork<T> work, Consumer<T> onFx) {
        ProjectSession s = session;
        if (s == null) {
            return false;
        }
        busy.set(true);
        run(() -> work.run(s.project()), result -> {
            busy.set(false);
            onFx.accept(result);
        });
        return true;
    }

    /**
     * Runs read-only work on the open project off the FX thread (after any work already queued); the answer, or
     * the error in words, arrives on the FX thread.
     *
     * @return false when no project is open (then nothing happens)
     */
    <T> boolean queryProject(ProjectQuery<T> work, Consumer<T> answer, Consumer<String> failure) {
        ProjectSession s = session;
        if (s == null) {
            return false;
        }
        background.execute(() -> {
            try {
                T result = work.run(s.project());
                fx.execute(() -> answer.accept(result));
            } catch (Exception e) {
                String message = errorText.apply(e);
                fx.execute(() -> failure.accept(message));
            }
        });
        return true;
    }

    /** The jump from the disagreement browser: see {@link #showPassage}. */
    public void revealPassage(long documentId, int start, int end) {
        showPassage(documentId, start, end);
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    /** A session action that may fail with a message for the user. */
    interface Action<T> {
        T run(ProjectSession s) throws Exception;
    }

    <T> void change(Action<T> action, Consumer<T> onFx) {
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        OpenDocument open = openDocument.get();
        CoderFilter filter = coderFilter.get();
        String me = coder.get();
        long gen = generation;
        boolean blindNow = blind.get();
        run(() -> {
            T result = action.run(s);
            List<Coding> codings = open == null ? null : s.project().read(tx -> visible(
                    tx.codings().forDocument(open.document().id()), tx.coders().list(), filter, me));
            return new Object[] {result, snapshot(s, blindNow, me), codings};
        }, r -> {
            @SuppressWarnings("unchecked")
            T result = (T) r[0];
            publish((Snapshot) r[1]);
            onFx.accept(result);
            @SuppressWarnings("unchecked")
            List<Coding> codings = (List<Coding>) r[2];
            Document current = selectedDocument.get();
            if (codings != null && gen == generation && current != null
                    && current.id() == open.document().id()) {
                // the text is immutable: only the codings changed
                openDocument.set(new OpenDocument(current, open.text(), open.units(), codings));
            } else {
                loadDocument(current);
            }
        });
    }

    private void updateHistoryFlags() {
        ProjectSession s = session;
        canUndo.set(s != null && s.history().canUndo());
        canRedo.set(s != null && s.history().canRedo());
    }

    /** Work on the open project for the analysis views (run on the worker, never on the FX thread). */
    public interface Query<T> {
        T run(ProjectSession session) throws Exception;
    }

    /**
     * Runs read work on the open project off the FX thread; the answer (or the error's message) arrives on the FX
     * thread. Does nothing while no project is open. Queries run in order with the coding actions, so a query made
     * after an action sees it.
     */
    public <T> void query(Query<T> query, Consumer<T> answer, Consumer<String> failed) {
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        background.execute(() -> {
            try {
                T result = query.run(s);
                fx.execute(() -> answer.accept(result));
            } catch (Exception e) {
                String message = errorText.apply(e);
                fx.execute(() -> failed.accept(message));
            }
        });
    }

    /** Closes the project file. */
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    private void saveSettings() {
        try {
            services.settingsStore().save(services.settings());
        } catch (java.io.IOException e) {
            error.set(e.getMessage());
        }
    }

    /** Work that may fail with a message for the user. */
    interface Work<T> {
        T get() throws Exception;
    }

    private <T> void run(Work<T> work, Consumer<T> onFx) {
        background.execute(() -> {
            try {
                T result = work.get();
                fx.execute(() -> onFx.accept(result));
            } catch (Exception e) {
                String message = errorText.apply(e);
                fx.execute(() -> {
                    busy.set(false);
                    error.set(null);
                    error.set(message);
                });
            }
        });
    }

    /** Map of document id to the number of its codings (for the navigator). */
    Map<Long, Integer> documentCounts() {
        return documentCounts.get() == null ? new HashMap<>() : documentCounts.get();
    }
}
