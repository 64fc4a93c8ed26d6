package se.dialogcoder.app;

import java.nio.file.Path;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.BeforeUpgrade;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.sqlite.ProjectFile;

/**
 * The one place that knows the store engines: creates and opens a project by its location. A location is a project
 * file (SQLite, {@link ProjectFile}) unless it is a server URL ({@code postgresql://…}); a second engine is added
 * here, in {@link #create(String, String, String)}, {@link #open(String, BeforeUpgrade)} and
 * {@link #openReadOnly(String)}, and nowhere else.
 */
public final class ProjectStores {
    /** The file name extension of project files. */
    public static final String FILE_EXTENSION = ProjectFile.EXTENSION;
    /** The schema version of project files this build writes. */
    public static final int FILE_VERSION = ProjectFile.CURRENT_VERSION;

    private ProjectStores() {
    }

    /** True when the location names a project on a PostgreSQL server rather than a project file. */
    public static boolean isServer(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://");
    }

    /** Creates a new, empty project. Refuses to overwrite an existing one. */
    public static Project create(String location, String name, String round) throws StoreException {
        refuseServer(location);
        return create(Path.of(location), name, round);
    }

    /** Creates a new, empty project file. Refuses to overwrite an existing file. */
    public static Project create(Path file, String name, String round) throws StoreException {
        return new Project(ProjectFile.create(file, name, round));
    }

    /**
     * Opens a project for writing; a project of an older schema version is migrated forward once
     * {@code beforeUpgrade} has kept its original (a project file: see {@link ProjectFile#open(Path, BeforeUpgrade)}).
     */
    public static Project open(String location, BeforeUpgrade beforeUpgrade) throws StoreException {
        refuseServer(location);
        return open(Path.of(location), beforeUpgrade);
    }

    /**
     * Opens a project file for writing; a file of an older schema version is refused (upgrading it needs
     * {@link #open(Path, BeforeUpgrade)}, which keeps the original first).
     */
    public static Project open(Path file) throws StoreException {
        return open(file, BeforeUpgrade.REFUSE);
    }

    /** Opens a project file for writing (see {@link #open(String, BeforeUpgrade)}). */
    public static Project open(Path file, BeforeUpgrade beforeUpgrade) throws StoreException {
        return new Project(ProjectFile.open(file, beforeUpgrade));
    }

    /** Opens a project for reading only: it is never written, migrated or locked. */
    public static Project openReadOnly(String location) throws StoreException {
        refuseServer(location);
        return openReadOnly(Path.of(location));
    }

    /** Opens a project file for reading only (see {@link ProjectFile#openReadOnly}). */
    public static Project openReadOnly(Path file) throws StoreException {
        return new Project(ProjectFile.openReadOnly(file));
    }

    /**
     * Creates the project of a team server's database, made ready by {@code server init} (see {@link ServerLogin}
     * for where {@code password} comes from; null: none, or the driver's ~/.pgpass). Refused when the database
     * already holds a project.
     */
    public static Project create(ServerAddress address, String password, String name, String round)
            throws StoreException {
        return new Project(PostgresProject.create(address.jdbcUrl(), address.user(), password, name, round));
    }

    /** Opens the project of a team server's database as the address's role; {@code readOnly} refuses writes. */
    public static Project open(ServerAddress address, String password, boolean readOnly) throws StoreException {
        return new Project(PostgresProject.open(address.jdbcUrl(), address.user(), password, readOnly));
    }

    /** The schema version of a project file, checked without changing a byte. */
    public static int fileVersion(Path file) throws StoreException {
        return ProjectFile.schemaVersion(file);
    }

    private static void refuseServer(String location) throws StoreException {
        if (isServer(location)) {
            throw new StoreException(UserMessage.of("err.project.serverNotSupported", "{0}: projects on a "
                    + "PostgreSQL server cannot be opened by this version of DialogCoder; open a project file.",
                    location.replaceFirst("//[^@/]*@", "//")));
        }
    }
}
