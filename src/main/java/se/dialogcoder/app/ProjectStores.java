package se.dialogcoder.app;

import java.nio.file.Path;
import se.dialogcoder.store.BeforeUpgrade;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.TeamAdmin;
import se.dialogcoder.store.sqlite.ProjectFile;

/**
 * The one place that knows the store engines: creates and opens a project file (SQLite, {@link ProjectFile}) or a
 * team project on a PostgreSQL server (by its {@link ServerAddress}; {@link Workspace} picks by {@link Location}). A
 * third engine is added here and in {@link Location}, and nowhere else.
 */
public final class ProjectStores {
    /** The file name extension of project files. */
    public static final String FILE_EXTENSION = ProjectFile.EXTENSION;
    /** The schema version of project files this build writes. */
    public static final int FILE_VERSION = ProjectFile.CURRENT_VERSION;

    private ProjectStores() {
    }

    /** Creates a new, empty project file. Refuses to overwrite an existing file. */
    public static Project create(Path file, String name, String round) throws StoreException {
        return new Project(ProjectFile.create(file, name, round));
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

    /** Makes an empty database ready for a team project: schema, the lead and coder roles, row-level security. */
    public static void initTeam(ServerAddress address, String password) throws StoreException {
        TeamAdmin.init(address.jdbcUrl(), address.user(), password);
    }

    /** Creates a coder's login role in the team ({@code lead}: may change the codebook, documents, coders). */
    public static String addTeamCoder(ServerAddress address, String password, String coder, boolean lead,
                                      char[] newPassword) throws StoreException {
        return TeamAdmin.addCoder(address.jdbcUrl(), address.user(), password, coder,
                lead ? TeamAdmin.Role.LEAD : TeamAdmin.Role.CODER, newPassword);
    }

    /** Shows every coder's codings to the whole team (blind coding ends), or hides them again. */
    public static void revealTeam(ServerAddress address, String password, boolean revealed) throws StoreException {
        TeamAdmin.reveal(address.jdbcUrl(), address.user(), password, revealed);
    }

    /** The schema version of a project file, checked without changing a byte. */
    public static int fileVersion(Path file) throws StoreException {
        return ProjectFile.schemaVersion(file);
    }

}
