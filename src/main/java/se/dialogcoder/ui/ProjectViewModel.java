package se.dialogcoder.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.dialogcoder.app.ImportService;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.store.ProjectFile;
import se.dialogcoder.store.StoreException;

/**
 * State of the main window without any controls: the open project, its documents grouped by county, and the
 * selected document's text. Database work runs on {@code background}; results are published on {@code fx}.
 */
public final class ProjectViewModel {
    /** The text of a document as the view shows it. */
    public record OpenDocument(Document document, String text, List<TextUnit> units) {
    }

    /** Documents of one county (county null = "Okänt län"). */
    public record CountyGroup(County county, List<Document> documents) {
    }

    private final Services services;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<ProjectInfo> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OpenDocument> openDocument = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final java.util.function.BiFunction<Integer, Integer, String> statusText;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObservableList<CountyGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Document> selectedDocument = new SimpleObjectProperty<>();
    private ProjectFile file;

    public ProjectViewModel(Services services, Executor background, Executor fx) {
        this(services, background, fx, (docs, codings) -> docs + " documents, " + codings + " codings");
    }

    /** @param statusText turns (documents, codings) into the status line, in the user's language */
    public ProjectViewModel(Services services, Executor background, Executor fx,
                            java.util.function.BiFunction<Integer, Integer, String> statusText) {
        this.statusText = statusText;
        this.services = services;
        this.background = background;
        this.fx = fx;
        selectedDocument.addListener((obs, old, doc) -> loadDocument(doc));
    }

    /** For the GUI: database work on a worker thread, results on the FX thread. */
    public static ProjectViewModel forFx(Services services, Executor background,
                                         java.util.function.BiFunction<Integer, Integer, String> statusText) {
        return new ProjectViewModel(services, background, Platform::runLater, statusText);
    }

    public ReadOnlyObjectProperty<ProjectInfo> projectProperty() { return project.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<OpenDocument> openDocumentProperty() { return openDocument.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The last error, in words for the user (null when none). */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ObservableList<CountyGroup> groups() { return groups; }

    public ObjectProperty<Document> selectedDocumentProperty() { return selectedDocument; }

    /** Opens a project (closing the one open before), then publishes its documents. */
    public void open(Path path, Runnable whenDone) {
        run(() -> {
            ProjectFile next = services.open(path);
            ProjectInfo info = next.info();
            List<Document> docs = next.read(tx -> tx.documents().list());
            int codings = next.read(tx -> tx.codings().count());
            return new Object[] {next, info, docs, codings};
        }, result -> {
            if (file != null) {
                file.close();
            }
            file = (ProjectFile) result[0];
            project.set((ProjectInfo) result[1]);
            @SuppressWarnings("unchecked")
            List<Document> docs = (List<Document>) result[2];
            groups.setAll(group(docs));
            selectedDocument.set(null);
            openDocument.set(null);
            status.set(statusText.apply(docs.size(), (Integer) result[3]));
            services.settings().touchRecent(path.toAbsolutePath().toString());
            saveSettings();
            whenDone.run();
        });
    }

    /** Imports files off the FX thread, then refreshes the navigator and hands the report over. */
    public void importFiles(List<Path> paths, Consumer<ImportService.Report> whenDone) {
        ProjectFile current = file;
        if (current == null) {
            return;
        }
        run(() -> {
            ImportService.Report report = services.imports().importPaths(current, paths, null, null,
                    ImportService.NO_PROGRESS);
            return new Object[] {report, current.read(tx -> tx.documents().list()),
                current.read(tx -> tx.codings().count())};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<Document> docs = (List<Document>) result[1];
            groups.setAll(group(docs));
            status.set(statusText.apply(docs.size(), (Integer) result[2]));
            whenDone.accept((ImportService.Report) result[0]);
        });
    }

    /** Builds the demo project if needed, then opens it. */
    public void openDemo(Runnable whenDone) {
        run(() -> services.demo().ensure(), path -> open(path, whenDone));
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
        if (doc == null || file == null) {
            openDocument.set(null);
            return;
        }
        ProjectFile current = file;
        run(() -> new OpenDocument(doc, current.read(tx -> tx.documents().text(doc.id())),
                current.read(tx -> tx.documents().units(doc.id()))), loaded -> {
                    if (doc.equals(selectedDocument.get())) {
                        openDocument.set(loaded);
                    }
                });
    }

    /** Closes the project file. */
    public void close() {
        if (file != null) {
            file.close();
            file = null;
        }
    }

    private void saveSettings() {
        try {
            services.settingsStore().save(services.settings());
        } catch (java.io.IOException e) {
            error.set("Inställningarna kunde inte sparas: " + e.getMessage());
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
            } catch (StoreException e) {
                fx.execute(() -> error.set(e.getMessage()));
            } catch (Exception e) {
                fx.execute(() -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
    }
}
