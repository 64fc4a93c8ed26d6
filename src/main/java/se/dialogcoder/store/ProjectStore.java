package se.dialogcoder.store;

import java.util.Optional;
import se.dialogcoder.model.ProjectInfo;

/**
 * An open project, whatever engine keeps it (a project file on SQLite, a database on a server). Every
 * {@link #write} is one transaction: all of it is committed, or none of it, and a failure leaves the project as it
 * was. Failures are {@link StoreException}s told in plain words.
 */
public interface ProjectStore extends AutoCloseable {
    /** Runs {@code work} as one transaction: committed as a whole, or rolled back and reported. */
    <T> T write(Work<T> work) throws StoreException;

    /** Runs read-only work on a consistent snapshot. */
    <T> T read(Work<T> work) throws StoreException;

    /**
     * The project's facts. Its schema version is the stored one: for an older project opened read-only it is the
     * older version, although it may be read through an upgraded snapshot.
     */
    ProjectInfo info() throws StoreException;

    /** True when opened read-only: {@link #write} is refused. */
    boolean isReadOnly();

    /** Where the project is, as a user would name it: a file path, or a server URL without password. */
    String location();

    /** A short name of the project's location for messages, e.g. the file name. */
    String displayName();

    /**
     * A counter of rows inserted, updated or deleted through this store since it was opened, including changes
     * later rolled back: when it has not moved, nothing was changed.
     */
    long changeCount() throws StoreException;

    /**
     * The project as one local file, when the engine keeps it so (the SQLite project file): it can then be copied
     * and backed up as a file. Empty for a project on a server.
     */
    default Optional<LocalFile> localFile() {
        return Optional.empty();
    }

    /**
     * The coder this connection codes as, when the store fixes it: on a team database, the coder of the connected
     * database role (the database lets that role write only its own codings). Empty when any coder may be chosen
     * (a project file, or the administrator or owner of a database).
     */
    default Optional<String> connectedCoder() {
        return Optional.empty();
    }

    /**
     * Calls {@code listener} — on a thread of the store's own, soon after the commit — whenever another connection
     * changed the project (a coding, a memo, the codebook, documents, sets), so that a window follows its team. Closing
     * the handle stops it. By default nothing is watched (a project file is written by one window at a time).
     */
    default AutoCloseable onChangeElsewhere(Runnable listener) {
        return () -> { };
    }

    @Override
    void close();
}
