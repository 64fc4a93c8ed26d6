package se.dialogcoder.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.BeforeUpgrade;
import se.dialogcoder.store.LocalFile;
import se.dialogcoder.store.ProjectLockedException;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.ReadOnlyLocationException;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.Work;

/**
 * One project = one SQLite file. Opening checks that the file is a DialogCoder project of a schema version this
 * build knows (newer files are refused and left untouched), migrates older files forward once their original has
 * been kept (see {@link BeforeUpgrade}), and turns on foreign keys and WAL. Every {@link #write} is one immediate
 * transaction: all of it is committed, or none of it.
 */
public final class ProjectFile implements ProjectStore, LocalFile {
    /** The file name extension of projects. */
    public static final String EXTENSION = ".dcproj";
    /** {@code PRAGMA application_id} of DialogCoder projects ("DCod"). */
    static final int APPLICATION_ID = 0x44436F64;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path path;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final ProjectLock writerLock;
    private final boolean readOnly;
    /** A private snapshot file to delete on close (read-only opening of an older file), or null. */
    private final Path snapshot;
    /** The schema version of the file itself when {@link #snapshot} is a migrated copy of it, else 0. */
    private final int snapshotOfVersion;
    /**
     * Text units per document, as read transactions counted them: a stored document's units never change and
     * documents are never deleted, and only this connection writes the file (it holds the writer lock), so a count
     * read from committed data stays true. Null for a read-only connection, whose file another process may replace.
     */
    private final java.util.Map<Long, Integer> unitCounts;

    private ProjectFile(Path path, Connection connection, ProjectLock writerLock) {
        this(path, connection, writerLock, false, null, 0);
    }

    private ProjectFile(Path path, Connection connection, boolean readOnly, Path snapshot, int snapshotOfVersion) {
        this(path, connection, null, readOnly, snapshot, snapshotOfVersion);
    }

    private ProjectFile(Path path, Connection connection, ProjectLock writerLock, boolean readOnly, Path snapshot,
            int snapshotOfVersion) {
        this.path = path;
        this.connection = connection;
        this.writerLock = writerLock;
        this.readOnly = readOnly;
        this.snapshot = snapshot;
        this.snapshotOfVersion = snapshotOfVersion;
        this.unitCounts = readOnly ? null : new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** Creates a new, empty project file. Refuses to overwrite an existing file. */
    public static ProjectFile create(Path path, String name, String round) throws StoreException {
        if (Files.exists(path)) {
            throw new StoreException(UserMessage.of("err.project.exists",
                    "{0}: a file of that name already exists; choose another name.", name(path)));
        }
        if (name == null || name.isBlank()) {
            throw new StoreException(UserMessage.of("err.project.noName", "{0}: the project needs a name.", name(path)));
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ProjectLock writer = ProjectLock.acquire(path);
            Connection c = connect(path, false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                Migrations.migrate(c, 0);
                ProjectFile file = new ProjectFile(path, c, writer);
                file.write(tx -> {
                    try {
                        new ProjectTable(c).insert(UUID.randomUUID().toString(), name.strip(), round,
                                Instant.now().toString());
                    } catch (SQLException e) {
                        throw new SqlFailure(e);
                    }
                    return null;
                });
                return file;
            } catch (SQLException | StoreException | RuntimeException e) {
                c.close();
                writer.close();
                Files.deleteIfExists(path);
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException(UserMessage.of("err.project.notCreated", "{0}: could not create the project ({1}).",
                    name(path), e.getMessage()), e);
        }
    }

    /**
     * Opens an existing project for writing. A file written by an earlier version is not migrated: that needs
     * {@link #open(Path, BeforeUpgrade)}, which keeps the original first.
     *
     * @throws ProjectLockedException when another window or process has it open for writing
     * @throws StoreException when it is no project, damaged, newer, older, or cannot be written (read-only file or
     *     folder: use {@link #openReadOnly})
     */
    public static ProjectFile open(Path path) throws StoreException {
        return open(path, BeforeUpgrade.REFUSE);
    }

    /**
     * Opens an existing project for writing, migrating it forward if it was written by an earlier version. Before
     * the migration, while this process already holds the project's writer lock, {@code beforeUpgrade} is given the
     * file exactly as the older version left it (to keep a copy of it); when it fails, the file is neither migrated
     * nor opened and has not changed.
     *
     * @throws ProjectLockedException when another window or process has it open for writing
     * @throws StoreException when it is no project, damaged, newer, cannot be written (read-only file or folder: use
     *     {@link #openReadOnly}), or {@code beforeUpgrade} refused
     */
    public static ProjectFile open(Path path, BeforeUpgrade beforeUpgrade) throws StoreException {
        int version = inspect(path);
        Path parent = path.toAbsolutePath().getParent();
        if (!Files.isWritable(path) || (parent != null && !Files.isWritable(parent))) {
            throw new ReadOnlyLocationException(UserMessage.of("err.project.readOnlyLocation",
                    "{0} is read-only (the file or its folder cannot be written). It can be opened read-only.",
                    name(path)));
        }
        ProjectLock writer = ProjectLock.acquire(path);
        try {
            if (version < Migrations.CURRENT) {
                // again under the lock: another process may have upgraded the file since it was looked at
                version = inspect(path);
                if (version < Migrations.CURRENT) {
                    keepOriginal(path, version, beforeUpgrade);
                }
            }
            Connection c = connect(path, false);
            try {
                if (version < Migrations.CURRENT) {
                    Migrations.migrate(c, version);
                }
                return new ProjectFile(path, c, writer);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            writer.close();
            throw new StoreException(UserMessage.of("err.project.notOpened", "{0}: could not open the project ({1}).",
                    name(path), plain(e)), e);
        } catch (StoreException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** Hands the untouched older file to {@code beforeUpgrade}; the caller holds the writer lock. */
    private static void keepOriginal(Path path, int version, BeforeUpgrade beforeUpgrade) throws StoreException {
        String name = String.valueOf(path.getFileName());
        String id;
        try (Connection c = connect(path, true)) {
            id = new Tx(c).project().info().id();
        } catch (SQLException | StoreException e) {
            throw new StoreException(UserMessage.of("err.project.notReadUnchanged",
                    "{0}: could not read the project ({1}). It was not changed.", name, plain(e)), e);
        }
        try {
            beforeUpgrade.keepOriginal(path, id, version);
        } catch (StoreException e) {
            throw new StoreException(UserMessage.of("err.project.upgradeCopyFailed", "{0} was saved by an earlier "
                    + "DialogCoder (file format version {1}). Before it is upgraded to version {2}, a copy of the "
                    + "original is kept, and that failed: {3} The project was not upgraded and not opened; the file "
                    + "is unchanged.", name, Integer.toString(version), Integer.toString(Migrations.CURRENT),
                    e.userMessage()), e);
        }
    }

    /**
     * Copies a project file that nobody is writing (the caller holds its writer lock) to {@code target}, which must
     * not exist, and forces the copy to disk. The copy is byte for byte the file; only when a log of committed
     * changes is pending beside it ({@code -wal} or {@code -journal} left by a crash) is it a consistent copy that
     * includes them ({@code VACUUM INTO}, which keeps the schema version). Either way it is checked before it counts.
     */
    static void copyOriginal(Path source, Path target, int version) throws StoreException, IOException {
        if (logPending(source)) {
            try {
                vacuumInto(source, target);
            } catch (SQLException e) {
                throw new IOException(plain(e).english(), e);
            }
            if (inspect(target) != version) {
                throw new IOException("the copy does not hold file format version " + version);
            }
        } else {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            if (Files.mismatch(source, target) != -1L) {
                throw new IOException("the copy differs from the original");
            }
        }
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static boolean logPending(Path path) throws IOException {
        Path abs = path.toAbsolutePath();
        for (String suffix : new String[] {"-wal", "-journal"}) {
            Path log = abs.resolveSibling(abs.getFileName() + suffix);
            if (Files.exists(log) && Files.size(log) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void vacuumInto(Path source, Path target) throws SQLException {
        try (Connection c = connect(source, true); var ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        }
    }

    /** True when opened with {@link #openReadOnly}: changes are refused. */
    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The schema version this build writes. */
    public static final int CURRENT_VERSION = Migrations.CURRENT;

    /** The schema version of a project file (checked without changing a byte). */
    public static int schemaVersion(Path path) throws StoreException {
        return inspect(path);
    }

    /**
     * Opens a project for reading only: the file is never written, migrated or checkpointed. A file of the
     * current schema version is read through a read-only connection; a file written by an earlier version is
     * first copied ({@code VACUUM INTO}, read-only) to a private temporary snapshot, which is migrated there and
     * deleted on {@link #close()}. {@link #write} is refused.
     */
    public static ProjectFile openReadOnly(Path path) throws StoreException {
        int version = inspect(path);
        String name = String.valueOf(path.getFileName());
        if (version == Migrations.CURRENT) {
            try {
                return new ProjectFile(path, connect(path, true), true, null, 0);
            } catch (SQLException e) {
                throw new StoreException(UserMessage.of("err.project.notOpened", "{0}: could not open the project ({1}).",
                        name, plain(e)), e);
            }
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("dialogcoder-read-", EXTENSION);
            Files.delete(copy); // VACUUM INTO wants a new file
            vacuumInto(path, copy);
            Connection c = connect(copy, false);
            try {
                Migrations.migrate(c, version);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new ProjectFile(path, c, true, copy, version);
        } catch (SQLException | IOException e) {
            deleteSnapshot(copy);
            throw new StoreException(UserMessage.of("err.project.notRead", "{0}: could not read the project ({1}).", name,
                    e instanceof SQLException se ? plain(se) : e.getMessage()), e);
        }
    }

    private static void deleteSnapshot(Path copy) {
        if (copy == null) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temp folder
            }
        }
    }

    /**
     * Checks, without changing a byte, that the file is a DialogCoder project this version can open.
     *
     * @return its schema version
     */
    static int inspect(Path path) throws StoreException {
        String name = String.valueOf(path.getFileName());
        if (!Files.exists(path)) {
            throw new StoreException(UserMessage.of("err.project.missing", "{0}: no such file.", name));
        }
        if (!Files.isRegularFile(path)) {
            throw new StoreException(UserMessage.of("err.project.folder", "{0}: this is a folder, not a project file.", name));
        }
        if (!Files.isReadable(path)) {
            throw new StoreException(UserMessage.of("err.project.noPermission", "{0}: the file cannot be read (no permission).",
                    name));
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(path)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 0) {
                throw new StoreException(UserMessage.of("err.project.empty",
                        "{0}: the file is empty; it is not a DialogCoder project.", name));
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(UserMessage.of("err.project.notSqlite",
                        "{0}: this is not a DialogCoder project (not an SQLite database).", name));
            }
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.project.unreadable", "{0}: the file cannot be read ({1}).", name,
                    e.getMessage()), e);
        }
        try (Connection c = connect(path, true); Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            if (appId != APPLICATION_ID) {
                throw new StoreException(UserMessage.of("err.project.notDialogCoder",
                        "{0}: this is an SQLite database but not a DialogCoder project.", name));
            }
            if (version > Migrations.CURRENT) {
                throw new StoreException(UserMessage.of("err.project.newer", "{0}: the project was saved by a newer "
                        + "DialogCoder (file format version {1,number,#}; this version reads up to {2,number,#}). "
                        + "Update DialogCoder to open it. The file was not changed.", name, version,
                        Migrations.CURRENT));
            }
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                String result = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new StoreException(UserMessage.of("err.project.damaged",
                            "{0}: the project file is damaged ({1}). Restore a backup (dialogcoder restore).",
                            name, result));
                }
            }
            return version;
        } catch (SQLException e) {
            throw new StoreException(UserMessage.of("err.project.damagedOrUnreadable", "{0}: the project file is "
                    + "damaged or unreadable ({1}). Restore a backup (dialogcoder restore).", name, plain(e)), e);
        }
    }

    private static int intPragma(Statement s, String pragma) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * A read-only connection leaves nothing behind: when the file has no {@code -wal} or {@code -journal} beside it
     * (nobody has it open, its content is all in the file) it is opened {@code immutable}, so SQLite creates no
     * side files either; otherwise the pending log is read the normal way.
     */
    private static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
            Path abs = path.toAbsolutePath();
            boolean pending = Files.exists(abs.resolveSibling(abs.getFileName() + "-wal"))
                    || Files.exists(abs.resolveSibling(abs.getFileName() + "-journal"));
            if (!pending) {
                config.setOpenMode(SQLiteOpenMode.OPEN_URI);
                return config.createConnection("jdbc:sqlite:" + abs.toUri() + "?immutable=1");
            }
        } else {
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
    }

    /** Runs {@code work} as one transaction: committed as a whole, or rolled back and reported. */
    @Override
    public <T> T write(Work<T> work) throws StoreException {
        if (readOnly) {
            throw new StoreException(UserMessage.of("err.project.openReadOnly",
                    "{0} is open read-only; the change was not made.", name(path)));
        }
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Tx(connection));
                new TotalsTable(connection).bringUpToDate();
                connection.commit();
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof RuntimeException re && !(e instanceof IllegalArgumentException)) {
                    throw re;
                }
                throw new StoreException(UserMessage.of("err.project.notSaved",
                        "{0}: the change was not saved ({1}); the project is as it was before.", name(path),
                        plain(e)), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(UserMessage.of("err.file", "{0}: {1}", name(path), plain(e)), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only work on a consistent snapshot. */
    @Override
    public <T> T read(Work<T> work) throws StoreException {
        lock.lock();
        try {
            return work.run(new Tx(connection, outsideWrite() ? unitCounts : null));
        } catch (StoreException e) {
            throw new StoreException(UserMessage.of("err.project.notRead", "{0}: could not read the project ({1}).",
                    name(path), plain(e)), e);
        } finally {
            lock.unlock();
        }
    }

    /** False inside a write (a read nested in its work), whose data may not be committed yet. */
    private boolean outsideWrite() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Rows inserted, updated or deleted through this connection since it was opened (SQLite's
     * {@code total_changes()}), including changes later rolled back: when it has not moved, nothing was changed.
     */
    @Override
    public long changeCount() throws StoreException {
        return read(tx -> {
            try (Statement s = connection.createStatement(); var rs = s.executeQuery("SELECT total_changes()")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        });
    }

    /** Simulates a full disk for tests: the file may not grow beyond {@code pages} pages. */
    void limitPagesForTest(int pages) throws StoreException {
        read(tx -> {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
            return null;
        });
    }

    /**
     * The project's facts. Its schema version is the file's own: for an older file opened read-only it is the
     * older version, although it is read through a migrated snapshot.
     */
    @Override
    public ProjectInfo info() throws StoreException {
        ProjectInfo info = read(tx -> tx.project().info());
        return snapshotOfVersion == 0 ? info : new ProjectInfo(info.id(), info.name(), info.round(), info.createdAt(),
                snapshotOfVersion);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public String displayName() {
        return name(path);
    }

    /** The project file itself: it is copied and backed up as a file. */
    @Override
    public Optional<LocalFile> localFile() {
        return Optional.of(this);
    }

    /**
     * Writes a consistent copy of the whole project to {@code target} (which must not exist). A project open for
     * writing is copied through a connection of its own, so reads through this one go on meanwhile (the copy is the
     * project as committed when it starts; a write that commits during it is not in it).
     */
    @Override
    public void copyTo(Path target) throws StoreException {
        if (!readOnly) {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(5000);
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
            try (Connection reader = config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
                 var ps = reader.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            } catch (SQLException e) {
                throw new StoreException(UserMessage.of("err.project.notRead",
                        "{0}: could not read the project ({1}).", name(path), plain(e)), e);
            }
            return;
        }
        read(tx -> {
            try (var ps = connection.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
            return null;
        });
    }

    /** The reason of a database error in plain words (or the error's own text when it is none of the usual). */
    static UserMessage plain(Exception e) {
        if (e instanceof StoreException se) {
            return se.userMessage();
        }
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return UserMessage.of("err.db.full", "the disk is full");
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
                return UserMessage.of("err.db.busy", "the file is in use by another program");
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY) {
                return UserMessage.of("err.db.readOnly", "the file is read-only");
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB) {
                return UserMessage.of("err.db.damaged", "the file is damaged");
            }
        }
        return UserMessage.of("err.detail", "{0}", e.getMessage());
    }

    private static String name(Path path) {
        return String.valueOf(path.getFileName());
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing twice or after a failure: nothing left to do
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
            deleteSnapshot(snapshot);
            lock.unlock();
        }
    }
}
