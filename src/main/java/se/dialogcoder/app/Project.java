package se.dialogcoder.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.LocalFile;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.PulledCopy;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.Work;

/**
 * An open project as the window and the commands hold it. It hides which engine keeps the project: the GUI and the
 * CLI read what they list through the queries here and change it through the services of {@code app}, never
 * through the store contract ({@link #read}, {@link #write} and {@link #store()} are for {@code app}'s services;
 * ArchUnit keeps {@code ui} and {@code cli} away from {@code store}). Each query is one read-only unit of work.
 */
public final class Project implements AutoCloseable {
    /** What a memo belongs to. */
    public enum MemoOf { PROJECT, DOCUMENT, CODE, CODING }

    /** Everything the main window lists, read in one unit of work; counts are of one coder's codings when blind. */
    public record Overview(ProjectInfo info, List<Document> documents, List<Code> codes, List<Coder> coders,
                           Map<Long, Integer> codeCounts, Map<Long, Integer> documentCounts, int codings,
                           List<ItemSet> sets) {
    }

    /** A document's text, units and codings, read in one unit of work. */
    public record DocumentContent(String text, List<TextUnit> units, List<Coding> codings, List<Coder> coders) {
    }

    private final ProjectStore store;
    /** Changes wait for it: the backup taken when the project was opened ({@link Workspace#open}). */
    private volatile CompletableFuture<Void> writable = CompletableFuture.completedFuture(null);

    public Project(ProjectStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * Holds every change until {@code backup} is done; when it fails, changes are refused (with its reason) and
     * the project stays as it was. Reading goes on meanwhile.
     */
    void holdChangesUntil(CompletableFuture<Void> backup) {
        writable = backup;
    }

    /**
     * Completes when changes can be saved (at once, unless the backup taken on opening is still being written);
     * completes exceptionally, with the {@link StoreException} saying why, when they cannot.
     */
    public CompletionStage<Void> writable() {
        return writable.minimalCompletionStage();
    }

    private void awaitWritable() throws StoreException {
        try {
            writable.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(UserMessage.of("err.detail", "{0}", String.valueOf(cause.getMessage())), cause);
        }
    }

    /** The store behind the project: for {@code app}'s services and for tests of the store contract. */
    public ProjectStore store() {
        return store;
    }

    /** Runs work as one transaction (see {@link ProjectStore#write}); for {@code app}'s services. */
    public <T> T write(Work<T> work) throws StoreException {
        awaitWritable();
        return store.write(work);
    }

    /** Runs read-only work (see {@link ProjectStore#read}); for {@code app}'s services. */
    public <T> T read(Work<T> work) throws StoreException {
        return store.read(work);
    }

    public ProjectInfo info() throws StoreException {
        return store.info();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    /** Where the project is: a file path or a server URL without password. */
    public String location() {
        return store.location();
    }

    /** A short name for messages and titles (the file name, or the database name on a server). */
    public String displayName() {
        return store.displayName();
    }

    /** A number that grows with every committed change (to see whether a unit of work changed anything). */
    public long changeCount() throws StoreException {
        return store.changeCount();
    }

    /**
     * The coder this connection codes as, when the store fixes it: on a team project, the coder of the connected
     * database role (the database lets that role write only its own codings). Empty for a project file.
     */
    public Optional<String> connectedCoder() {
        return store.connectedCoder();
    }

    /**
     * The coder whose work this project records, when that is fixed: the connected role's coder on a team project
     * ({@link #connectedCoder()}), or the coder a local copy was pulled as ({@code server pull}), whose offline work
     * {@code server sync} sends back. Empty for an ordinary project file or an administrator's connection.
     */
    public Optional<String> fixedCoder() throws StoreException {
        Optional<String> connected = store.connectedCoder();
        if (connected.isPresent() || store.localFile().isEmpty()) {
            return connected;
        }
        return store.read(tx -> tx.pulledCopy().origin()).map(PulledCopy.Origin::coder);
    }

    /**
     * Calls {@code listener} (on a thread of the store's own) when someone else changed the project — a coder in
     * another window of a team project; closing the handle stops it (see {@link ProjectStore#onChangeElsewhere}).
     */
    public AutoCloseable onChangeElsewhere(Runnable listener) {
        return store.onChangeElsewhere(listener);
    }

    /** The project file, when the project is one local file. */
    public Optional<Path> file() {
        return store.localFile().map(LocalFile::path);
    }

    public List<Document> documents() throws StoreException {
        return store.read(tx -> tx.documents().list());
    }

    public Optional<Document> document(String name) throws StoreException {
        return store.read(tx -> tx.documents().byName(name));
    }

    public String text(long documentId) throws StoreException {
        return store.read(tx -> tx.documents().text(documentId));
    }

    public Map<String, String> attributes(long documentId) throws StoreException {
        return store.read(tx -> tx.documents().attributes(documentId));
    }

    public List<Code> codes() throws StoreException {
        return store.read(tx -> tx.codes().list());
    }

    /** Every code's path ("Parent / Child") by id. */
    public Map<Long, String> codePaths() throws StoreException {
        return store.read(tx -> tx.codes().paths());
    }

    public int codeCount() throws StoreException {
        return store.read(tx -> tx.codes().count());
    }

    public int codingCount() throws StoreException {
        return store.read(tx -> tx.codings().count());
    }

    public Optional<Coding> coding(long id) throws StoreException {
        return store.read(tx -> tx.codings().byId(id));
    }

    public List<Coding> codings(long documentId) throws StoreException {
        return store.read(tx -> tx.codings().forDocument(documentId));
    }

    /** The scores of the codings made by accepting a code suggestion, by coding id. */
    public Map<Long, Double> acceptedSuggestions() throws StoreException {
        return store.read(tx -> tx.codings().suggested());
    }

    public List<Coder> coders() throws StoreException {
        return store.read(tx -> tx.coders().list());
    }

    public List<ItemSet> sets() throws StoreException {
        return store.read(tx -> tx.sets().list());
    }

    /** A document's text and units (when {@code withText}) and its codings with the coders, in one go. */
    public DocumentContent content(long documentId, boolean withText) throws StoreException {
        return store.read(tx -> new DocumentContent(withText ? tx.documents().text(documentId) : null,
                withText ? tx.documents().units(documentId) : null, tx.codings().forDocument(documentId),
                tx.coders().list()));
    }

    /** What the main window lists; when {@code blind}, the counts are of {@code me}'s codings only. */
    public Overview overview(boolean blind, String me) throws StoreException {
        return store.read(tx -> {
            List<Coder> coders = tx.coders().list();
            if (!blind) {
                return new Overview(tx.project().info(), tx.documents().list(), tx.codes().list(), coders,
                        tx.codings().countsByCode(), tx.codings().countsByDocument(), tx.codings().count(),
                        tx.sets().list());
            }
            Long id = coders.stream().filter(c -> c.name().equals(me)).map(Coder::id).findFirst().orElse(null);
            return new Overview(tx.project().info(), tx.documents().list(), tx.codes().list(), coders,
                    id == null ? Map.of() : tx.codings().countsByCode(id),
                    id == null ? Map.of() : tx.codings().countsByDocument(id),
                    id == null ? 0 : tx.codings().count(id), tx.sets().list());
        });
    }

    /** A memo ("" when there is none). */
    public String memo(MemoOf target, long id) throws StoreException {
        String m = store.read(tx -> switch (target) {
            case PROJECT -> tx.project().memo();
            case DOCUMENT -> tx.documents().memo(id);
            case CODE -> tx.codes().memo(id);
            case CODING -> tx.codings().memo(id);
        });
        return m == null ? "" : m;
    }

    /** Saves a memo as one transaction; a blank memo is removed. Memos are not part of undo. */
    public void setMemo(MemoOf target, long id, String text) throws StoreException {
        String value = text == null || text.isBlank() ? null : text;
        awaitWritable();
        store.write(tx -> {
            switch (target) {
                case PROJECT -> tx.project().setMemo(value);
                case DOCUMENT -> tx.documents().setMemo(id, value);
                case CODE -> tx.codes().setMemo(id, value);
                case CODING -> tx.codings().setMemo(id, value);
            }
            return null;
        });
    }

    /** Closes the project, after the backup taken on opening is written (so none is left half-made). */
    @Override
    public void close() {
        try {
            writable.handle((v, e) -> null).join();
        } finally {
            store.close();
        }
    }

    @Override
    public String toString() {
        return store.toString();
    }
}
