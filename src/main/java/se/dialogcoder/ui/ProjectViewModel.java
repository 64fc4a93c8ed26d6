package se.dialogcoder.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
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
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyLongProperty;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.coding.ProjectSession;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Exchanges;
import se.dialogcoder.app.Workspace;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.app.Project;
import se.dialogcoder.ui.codebook.CodebookViewModel;
import se.dialogcoder.ui.coding.CodingViewModel;
import se.dialogcoder.ui.coding.DocumentViewModel;
import se.dialogcoder.ui.documents.MemosAndFacts;
import se.dialogcoder.ui.exchange.Transfers;
import se.dialogcoder.ui.sets.SetsViewModel;

/**
 * State of the main window without any controls (MVVM): the open project, documents by county, the codebook with
 * counts, the sets, the coder and the coder filter. The open document is {@link #documents()}, the coding actions
 * {@link #coding()}, the codebook's commands {@link #codebook()}, the sets' {@link #setActions()}. Database work runs
 * through one {@link Background} (on {@code background}); results are published on {@code fx}.
 */
public final class ProjectViewModel {
    /** Work on the open project, run on the worker (never on the FX thread). */
    public interface Query<T> {
        T run(ProjectSession session) throws Exception;
    }

    /** Work on the open project that may fail with a message for the user. */
    public interface ProjectWork<T> {
        T run(Project project) throws Exception;
    }

    private final Workspace workspace;
    private final ProjectOpening opening;
    private final Background background;
    private final ProjectLists lists;
    private final ProjectTasks tasks;
    private final Transfers transfers;
    private final MemosAndFacts memosAndFacts;
    private final DocumentViewModel documents;
    private final CodingViewModel coding;
    private final CodebookViewModel codebook;
    private final SetsViewModel setActions;
    private final ReadOnlyObjectWrapper<ProjectInfo> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<UserMessage> notice = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Code> selectedCode = new SimpleObjectProperty<>();
    private final ObjectProperty<CoderFilter> coderFilter = new SimpleObjectProperty<>(CoderFilter.ALL);
    private final StringProperty coder = new SimpleStringProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(true);
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty blind = new SimpleBooleanProperty();
    private BiConsumer<String, Runnable> askReadOnly = (message, yes) -> error.set(message);
    private CoderFilter filterBeforeBlind = CoderFilter.ALL;
    private ProjectSession session;

    public ProjectViewModel(Workspace workspace, Exchanges exchanges, Executor background, Executor fx) {
        this(workspace, exchanges, background, fx, (docs, codings) -> docs + " documents, " + codings + " codings");
    }

    /** @param statusText turns (documents, codings) into the status line, in the user's language */
    public ProjectViewModel(Workspace workspace, Exchanges exchanges, Executor background, Executor fx,
                            BiFunction<Integer, Integer, String> statusText) {
        this.workspace = workspace;
        this.opening = new ProjectOpening(this, workspace);
        this.background = new Background(background, fx, this::fail);
        this.lists = new ProjectLists(statusText);
        this.tasks = new ProjectTasks(this);
        this.transfers = new Transfers(this, workspace.backups(), exchanges);
        this.memosAndFacts = new MemosAndFacts(this);
        this.documents = new DocumentViewModel(this);
        this.coding = new CodingViewModel(this, documents, workspace.settings());
        this.codebook = new CodebookViewModel(this);
        this.setActions = new SetsViewModel(this);
        coder.set(workspace.settings().coderName);
        if (workspace.settings().blindCoding) {
            blind.set(true);
            coderFilter.set(CoderFilter.MINE);
        }
        coderFilter.addListener((obs, old, f) -> {
            if (blind.get() && f.kind() != CoderFilter.Kind.MINE) {
                blind.set(false); // choosing to see others' codings ends blind coding
            }
            documents.reload();
        });
        coder.addListener((obs, old, c) -> {
            workspace.settings().coderName = c;
            saveSettings();
            if (coderFilter.get().kind() == CoderFilter.Kind.MINE) {
                documents.reload();
            }
            if (blind.get()) {
                refresh();
            }
        });
        blind.addListener((obs, old, on) -> {
            workspace.settings().blindCoding = on;
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
    public static ProjectViewModel forFx(Workspace workspace, Exchanges exchanges, Executor background,
                                         BiFunction<Integer, Integer, String> statusText) {
        return new ProjectViewModel(workspace, exchanges, background, Platform::runLater, statusText);
    }

    public ReadOnlyObjectProperty<ProjectInfo> projectProperty() { return project.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return lists.statusProperty(); }

    /** Something the user should know that is no error (an older project file was upgraded), or null. */
    public ReadOnlyObjectProperty<UserMessage> noticeProperty() { return notice.getReadOnlyProperty(); }

    /** The last error, in words for the user (null when none). */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ObservableList<CountyGroup> groups() { return lists.groups(); }

    public ObservableList<Code> codes() { return lists.codes(); }

    public ObservableList<Coder> coders() { return lists.coders(); }

    /** The document sets, then the code sets, each by name. */
    public ObservableList<ItemSet> sets() { return lists.sets(); }

    public ObjectProperty<Map<Long, Integer>> codingCountsProperty() { return lists.codingCountsProperty(); }

    public ObjectProperty<Map<Long, Integer>> documentCountsProperty() { return lists.documentCountsProperty(); }

    public ObjectProperty<Code> selectedCodeProperty() { return selectedCode; }

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

    /** True while the open project is read-only (open elsewhere, or a read-only file or folder). */
    public BooleanProperty readOnlyProperty() { return readOnly; }

    /**
     * Counts up each time the project's documents, codes or codings may have changed (opening, coding, undo, import,
     * document facts): views that show counts read again when it changes.
     */
    public ReadOnlyLongProperty dataVersionProperty() { return lists.dataVersionProperty(); }

    // the open document (see DocumentViewModel)

    public ReadOnlyObjectProperty<OpenDocument> openDocumentProperty() { return documents.openDocumentProperty(); }

    public ObjectProperty<Document> selectedDocumentProperty() { return documents.selectedDocumentProperty(); }

    public ObjectProperty<Coding> selectedCodingProperty() { return documents.selectedCodingProperty(); }

    /** The selected passage of the open document as {start, end} code points, or null. */
    public ObjectProperty<int[]> selectionProperty() { return documents.selectionProperty(); }

    /** The passage the text view should scroll to and select (set by {@link #showPassage}). */
    public ReadOnlyObjectProperty<Reveal> revealProperty() { return documents.revealProperty(); }

    /** Opens a document at a passage (from search, retrieval, comparison or the disagreement browser). */
    public void showPassage(long documentId, int start, int end) {
        documents.showPassage(documentId, start, end);
    }

    /** The jump from the disagreement browser: see {@link #showPassage}. */
    public void revealPassage(long documentId, int start, int end) {
        showPassage(documentId, start, end);
    }

    // the parts of the window's state and commands

    public DocumentViewModel documents() { return documents; }

    /** Coding, recoding, resizing, removing, auto-coding, undo and redo; the keys 1–9. */
    public CodingViewModel coding() { return coding; }

    public CodebookViewModel codebook() { return codebook; }

    /** Commands on document sets and code sets ({@link #sets()} lists them). */
    public SetsViewModel setActions() { return setActions; }

    /** Memos (project, document, code, coding) and a document's county, kind, round, date and attributes. */
    public MemosAndFacts memosAndFacts() { return memosAndFacts; }

    /** Importing files, REFI-QDA exchange and merging coders' files into the open project. */
    public Transfers transfers() { return transfers; }


    /** The one way work runs off the FX thread. */
    public Background background() { return background; }

    /** The open project, or null. */
    public ProjectSession session() { return session; }

    /**
     * How to ask whether to open read-only when the project is open in another window (or cannot be written):
     * called on the FX thread with the explanation and the action that opens read-only.
     */
    public void setAskReadOnly(BiConsumer<String, Runnable> ask) {
        askReadOnly = ask;
    }

    /** How failures are put into words for {@link #errorProperty()} and the failure callbacks. */
    public void setErrorText(Function<Exception, String> text) {
        background.setErrorText(text);
    }

    /** Writes the status line again (after the language changed). */
    public void restatus() {
        lists.restatus();
    }

    public void clearError() {
        error.set(null);
    }

    /** Shows a failure as {@link #errorProperty()} (and ends the busy mark); on the FX thread. */
    public void fail(String message) {
        busy.set(false);
        error.set(null);
        error.set(message);
    }

    /** Opens a project (closing the one open before), then publishes its documents and codebook. */
    public void open(Path path, Runnable whenDone) {
        open(Location.of(path), false, whenDone);
    }

    /** Opens a project file or a team project (a server asks {@link #setPasswordPrompt its password} when needed). */
    public void open(Location location, Runnable whenDone) {
        open(location, false, whenDone);
    }

    /**
     * How a team project's password is asked for when {@code PGPASSWORD} and {@code ~/.pgpass} give none; called on
     * the worker thread (the window shows its dialog on the FX thread and waits).
     */
    public void setPasswordPrompt(Function<ServerAddress, char[]> prompt) {
        opening.setPasswordPrompt(prompt);
    }

    private void open(Location location, boolean readOnlyMode, Runnable whenDone) {
        opening.open(location, readOnlyMode, whenDone);
    }

    /** The session open now, handed over to be closed (the project is being opened again); null when none. */
    ProjectSession releaseIfSame(Location location) {
        ProjectSession previous = session;
        if (previous != null && ProjectOpening.sameLocation(previous.project(), location)) {
            session = null;
            return previous;
        }
        return null;
    }

    /** Asks whether to open read-only instead (the project is locked or on a read-only location). */
    void askReadOnly(String message, Runnable yes) {
        askReadOnly.accept(message, yes);
    }

    void opened(Location location, ProjectOpening.Opened result, Runnable whenDone) {
        if (session != null) {
            session.close();
        }
        session = result.session();
        readOnly.set(session.project().isReadOnly());
        session.history().setListener(() -> background.onFx(this::updateHistoryFlags));
        ProjectSession opened = session;
        result.fixedCoder().ifPresent(coder::set); // a team project or a copy of one: it says who codes
        session.project().onChangeElsewhere(() -> background.onFx(() -> changedElsewhere(opened)));
        session.project().writable().whenComplete((ok, failure) -> {
            if (failure != null) { // no backup could be taken: say so now, not at the first change
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                Exception e = cause instanceof Exception ex ? ex : new IllegalStateException(cause);
                background.onFx(() -> {
                    if (session == opened) {
                        fail(background.describe(e));
                    }
                });
            }
        });
        project.set(result.snapshot().info());
        documents.reset();
        selectedCode.set(null);
        publish(result.snapshot());
        updateHistoryFlags();
        if (result.keptCopy() != null) {
            Path kept = result.keptCopy();
            notice.set(UserMessage.of("notice.upgraded", "{0} was saved by an earlier DialogCoder (file format "
                    + "version {1}) and has been upgraded to version {2}. The file as it was is kept among the "
                    + "project''s backups: {3}", location.shortName(),
                    Integer.toString(se.dialogcoder.app.ProjectBackups.upgradedFrom(kept).orElse(0)),
                    Integer.toString(ProjectStores.FILE_VERSION), kept.toString()));
        }
        workspace.settings().touchRecent(location.file().map(f -> f.toAbsolutePath().toString())
                .orElse(location.toString()));
        saveSettings();
        whenDone.run();
    }

    /** Shows what was read (the lists, counts, status line; the selected document and code in their newer versions). */
    public void publish(Project.Overview s) {
        lists.publish(s, documents.selectedDocumentProperty(), selectedCode);
    }

    /** Changes and queries on the open project, off the FX thread. */
    public ProjectTasks tasks() { return tasks; }

    /** The lists, counts and status line (the quick path of coding changes the counts here). */
    public ProjectLists lists() { return lists; }

    /** Builds the demo project if needed, then opens it. */
    public void openDemo(Runnable whenDone) {
        background.run(() -> workspace.demoProject(), path -> open(path, whenDone));
    }

    /** Someone else changed the open team project: the lists, counts, open document and analysis views follow. */
    private void changedElsewhere(ProjectSession from) {
        if (session == from) {
            refresh();
            documents.reload();
        }
    }

    /** Reads the lists and counts again (after the coder or blind coding changed, or a change the view cannot follow). */
    public void refresh() {
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        boolean blindNow = blind.get();
        String me = coder.get();
        background.run(() -> ProjectSnapshot.read(s, blindNow, me), this::publish);
    }

    /** Read work on the open project off the FX thread; the answer on the FX thread, a failure as the error. */
    public <T> void query(Query<T> query, Consumer<T> answer) {
        tasks.query(query, answer);
    }

    /**
     * Runs read work on the open project off the FX thread; the answer (or the error's message) arrives on the FX
     * thread. Queries run in order with the coding actions, so a query made after an action sees it.
     *
     * @return false when no project is open (then nothing happens)
     */
    public <T> boolean query(Query<T> query, Consumer<T> answer, Consumer<String> failed) {
        return tasks.query(query, answer, failed);
    }

    private void updateHistoryFlags() {
        ProjectSession s = session;
        canUndo.set(s != null && s.history().canUndo());
        canRedo.set(s != null && s.history().canRedo());
    }

    /** Closes the project file. */
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** The file of the open project, when one is open and kept in a file. */
    public Optional<Path> projectFile() {
        ProjectSession s = session;
        return s == null ? Optional.empty() : s.project().file();
    }

    /** The coder to record: the one chosen in the window, else the one in the settings, else the login name. */
    public String coderName() {
        return workspace.coderName(coder.get());
    }

    /** Saves the settings (coder, blind coding, pins); a failure is shown as the error. */
    public void saveSettings() {
        try {
            workspace.saveSettings();
        } catch (java.io.IOException e) {
            error.set(e.getMessage());
        }
    }
}
