package se.dialogcoder.store;

import java.nio.file.Path;

/** A project kept in one local file (see {@link ProjectStore#localFile()}). */
public interface LocalFile {
    /** The project file. */
    Path path();

    /** Writes a consistent copy of the whole project to {@code target} (which must not exist). */
    void copyTo(Path target) throws StoreException;
}
