package se.dialogcoder.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.postgresql.util.PSQLException;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.LoginRefusedException;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.Work;

/**
 * A project kept in a PostgreSQL database (one project per database). Every {@link #write} is one transaction:
 * committed as a whole or rolled back; {@link #read} runs in a read-only repeatable-read transaction, so it sees one
 * consistent state. A failed statement does not spoil the rest of its unit of work (the driver's {@code autosave}),
 * as with the project file. What a server database does not have, it does not pretend: there is no local file to
 * copy or back up ({@link #localFile()} is empty), and there is no file lock — PostgreSQL's own transactions keep
 * concurrent writers apart.
 */
public final class PostgresProject implements ProjectStore {
    private final String url;
    private final String database;
    private Connection connection;
    /** The connection broke (the server restarted, the network went): the next unit of work connects again. */
    private boolean lost;
    private final boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong changes = new AtomicLong();
    private final String role;
    private final Optional<TeamMember> member;
    /** For the second connection that listens for changes elsewhere (kept in memory only, never written). */
    private final String user;
    private final String password;
    private PgNotices notices;
    private final java.util.List<Runnable> elsewhere = new java.util.concurrent.CopyOnWriteArrayList<>();

    private PostgresProject(String url, String user, String password, Connection connection, boolean readOnly)
            throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        this.connection = connection;
        this.readOnly = readOnly;
        this.role = TeamMember.sessionUser(connection);
        this.member = TeamMember.of(connection, PgMigrations.version(connection));
        String path = url.replaceFirst("^jdbc:postgresql://[^/]*/?", "");
        int q = path.indexOf('?');
        this.database = q >= 0 ? path.substring(0, q) : path;
    }

    /**
     * Creates a new project ({@code jdbc:postgresql://host:port/db}) in an empty database, or in a team database
     * that {@link TeamAdmin#init} set up and that holds no project yet; refuses a database that holds one.
     */
    public static PostgresProject create(String url, String user, String password, String name, String round)
            throws StoreException {
        if (name == null || name.isBlank()) {
            throw new StoreException(UserMessage.of("err.project.noName", "{0}: the project needs a name.",
                    shown(url)));
        }
        Connection c = connect(url, user, password);
        try {
            int version = PgMigrations.version(c);
            if (version > PgMigrations.CURRENT) {
                throw newer(url, version);
            }
            if (version != 0 && TeamAdmin.holdsProject(c)) {
                throw new StoreException(UserMessage.of("err.detail", "{0}", shown(url)
                        + ": the database already holds a DialogCoder project; choose another database."));
            }
            PgMigrations.migrate(c, version);
            PostgresProject p = new PostgresProject(url, user, password, c, false);
            p.write(u -> {
                new PgProjectData(new Db(c)).insert(UUID.randomUUID().toString(), name.strip(), round,
                        Instant.now().toString());
                return null;
            });
            return p;
        } catch (SQLException e) {
            close(c);
            throw new StoreException(UserMessage.of("err.project.notCreated", "{0}: could not create the project ({1}).",
                    shown(url), plain(e)), e);
        } catch (StoreException | RuntimeException e) {
            close(c);
            throw e;
        }
    }

    /** Opens the project of a database, bringing an older schema forward; {@code readOnly} refuses writes. */
    public static PostgresProject open(String url, String user, String password, boolean readOnly)
            throws StoreException {
        Connection c = connect(url, user, password);
        try {
            int version = PgMigrations.version(c);
            if (version == 0) {
                throw new StoreException(UserMessage.of("err.detail", "{0}", shown(url)
                        + ": this database holds no DialogCoder project."));
            }
            if (version > PgMigrations.CURRENT) {
                throw newer(url, version);
            }
            if (version < PgMigrations.CURRENT && !readOnly
                    && (version < PgMigrations.WITHOUT_TOTALS || PgMigrations.mayMigrate(c))) {
                PgMigrations.migrate(c, version);
            }
            return new PostgresProject(url, user, password, c, readOnly);
        } catch (SQLException e) {
            close(c);
            throw new StoreException(UserMessage.of("err.project.notOpened", "{0}: could not open the project ({1}).",
                    shown(url), plain(e)), e);
        } catch (StoreException | RuntimeException e) {
            close(c);
            throw e;
        }
    }

    private static StoreException newer(String url, int version) {
        return new StoreException(UserMessage.of("err.project.newer", "{0}: the project was saved by a newer "
                + "DialogCoder (file format version {1,number,#}; this version reads up to {2,number,#}). "
                + "Update DialogCoder to open it. The file was not changed.", shown(url), version,
                PgMigrations.CURRENT));
    }

    static Connection connect(String url, String user, String password) throws StoreException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("autosave", "always");
        props.setProperty("reWriteBatchedInserts", "true");
        props.setProperty("ApplicationName", "DialogCoder");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            if (isLoginRefused(e)) {
                throw new LoginRefusedException(UserMessage.of("err.server.loginRefused", "{0}: the server refused "
                        + "the login of {1} ({2}). Set PGPASSWORD, use ~/.pgpass or type the password when asked.",
                        shown(url), user == null ? System.getProperty("user.name") : user, plain(e)), e);
            }
            throw new StoreException(UserMessage.of("err.project.notOpened", "{0}: could not open the project ({1}).",
                    shown(url), plain(e)), e);
        }
    }

    /** invalid_password / invalid_authorization, or the driver's "no password was provided" (08004). */
    private static boolean isLoginRefused(SQLException e) {
        String state = e.getSQLState();
        return "28P01".equals(state) || "28000".equals(state)
                || ("08004".equals(state) && String.valueOf(e.getMessage()).contains("password"));
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing: the first error is the one to report
        }
    }

    /**
     * One unit of work as one transaction. A connection that broke since the last unit is made again first; one that
     * breaks during the unit leaves nothing written (the server rolls the transaction back) and is told plainly.
     */
    @Override
    public <T> T write(Work<T> work) throws StoreException {
        if (readOnly) {
            throw new StoreException(UserMessage.of("err.project.openReadOnly",
                    "{0} is open read-only; the change was not made.", displayName()));
        }
        lock.lock();
        try {
            reconnectIfLost();
            return writeOnce(work);
        } catch (StoreException e) {
            if (isConnectionLoss(e)) {
                lost = true;
                throw new StoreException(UserMessage.of("err.server.connectionLost", "{0}: the connection to the "
                        + "server was lost during the change, so it was not saved (a change is saved whole or not at "
                        + "all). DialogCoder connects again with your next action.", displayName()), e);
            }
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** A read runs again once on a new connection when the connection broke: reading twice changes nothing. */
    @Override
    public <T> T read(Work<T> work) throws StoreException {
        lock.lock();
        try {
            reconnectIfLost();
            try {
                return readOnce(work);
            } catch (StoreException e) {
                if (!isConnectionLoss(e)) {
                    throw e;
                }
                lost = true;
                reconnectIfLost();
                return readOnce(work);
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T writeOnce(Work<T> work) throws StoreException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new PgUnit(new Db(connection, changes)));
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
                Optional<String> refused = refusedTable(e);
                if (refused.isPresent()) {
                    throw new StoreException(refusal(refused.get(), e), e);
                }
                if (hasState(e, "23503")) { // foreign_key_violation: what the change refers to is gone
                    throw new StoreException(UserMessage.of("err.team.changedMeanwhile", "{0}: someone else changed "
                            + "the project meanwhile (a code, document or coding this change needs was deleted or "
                            + "merged); the change was not made. The project is shown as it is now.", displayName()),
                            e);
                }
                throw new StoreException(UserMessage.of("err.project.notSaved",
                        "{0}: the change was not saved ({1}); the project is as it was before.", displayName(),
                        plain(e)), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(UserMessage.of("err.file", "{0}: {1}", displayName(), plain(e)), e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T readOnce(Work<T> work) throws StoreException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try (var s = connection.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            try {
                return work.run(new PgUnit(new Db(connection, changes)));
            } catch (StoreException e) {
                throw new StoreException(UserMessage.of("err.project.notRead", "{0}: could not read the project ({1}).",
                        displayName(), plain(e)), e);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(UserMessage.of("err.project.notRead", "{0}: could not read the project ({1}).",
                    displayName(), plain(e)), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The coder of the connected role on a team database (read when the project was opened); empty for the owner,
     * an administrator, or a database without a team.
     */
    @Override
    public Optional<String> connectedCoder() {
        return member.map(TeamMember::coderName);
    }

    /**
     * Listens, on a second connection, for the change notices other connections send (V3.sql) and calls
     * {@code listener} on the listening thread when one arrives.
     */
    @Override
    public AutoCloseable onChangeElsewhere(Runnable listener) {
        lock.lock();
        try {
            elsewhere.add(listener);
            if (notices == null) {
                startNotices();
            }
        } catch (StoreException e) {
            // no notices (a lost connection): the window reads on its own actions, and again after reconnecting
        } finally {
            lock.unlock();
        }
        return () -> elsewhere.remove(listener);
    }

    /** A broken connection (class 08, or the server ended the session: 57P01–57P03), anywhere in the causes. */
    private static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Connects again after a loss (and listens again); the windows then read again what they may have missed. */
    private void reconnectIfLost() throws StoreException {
        if (!lost) {
            return;
        }
        Connection fresh = connect(url, user, password);
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the old connection is gone already
        }
        connection = fresh;
        lost = false;
        if (notices != null) {
            notices.close();
            notices = null;
            startNotices();
            elsewhere.forEach(Runnable::run);
        }
    }

    private void startNotices() throws StoreException {
        try {
            int own;
            try (var s = connection.createStatement(); var r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                own = r.getInt(1);
            }
            notices = new PgNotices(connect(url, user, password), own, () -> elsewhere.forEach(Runnable::run));
        } catch (SQLException e) {
            throw new PgFailure(e);
        }
    }

    private static boolean hasState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The table of a write the database refused for lack of rights, anywhere in the failure's causes. */
    private static Optional<String> refusedTable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgFailure f && f.refusedTable().isPresent()) {
                return f.refusedTable();
            }
            if (t instanceof SQLException sql && PgFailure.refused(sql)) {
                return Optional.of("");
            }
        }
        return Optional.empty();
    }

    /** What the connected role may do, told when the database refused a change. */
    private UserMessage refusal(String table, Exception e) {
        if (member.isPresent() && !member.get().lead()) {
            String coder = member.get().coderName();
            if (table.equals("coding")) {
                return UserMessage.of("err.team.ownCodingsOnly", "{0} may change only their own codings and their "
                        + "memos; the change was not made.", coder);
            }
            return UserMessage.of("err.team.leadOnly", "{0} codes in this team project: only a lead may change the "
                    + "codebook, the documents, the sets and the project; the change was not made.", coder);
        }
        return UserMessage.of("err.team.refused", "{0}: the database does not let the role {1} make this change "
                + "({2}); the change was not made.", displayName(), role, plain(e));
    }

    @Override
    public ProjectInfo info() throws StoreException {
        return read(u -> u.project().info());
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The JDBC URL (it never holds the password: that is given apart). */
    @Override
    public String location() {
        return url;
    }

    @Override
    public String displayName() {
        return database;
    }

    /** Rows inserted, updated or deleted through this store since it was opened, counted as the statements ran. */
    @Override
    public long changeCount() {
        return changes.get();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (notices != null) {
                notices.close();
            }
            connection.close();
        } catch (SQLException ignored) {
            // closing twice or after a lost connection: nothing left to do
        } finally {
            lock.unlock();
        }
    }

    static String shown(String url) {
        return url.replaceAll("password=[^&]*", "password=…");
    }

    /** The reason of a database error in plain words (or the server's own text when it is none of the usual). */
    static UserMessage plain(Exception e) {
        if (e instanceof StoreException se) {
            return se.userMessage();
        }
        if (e instanceof SQLException sql) {
            String state = String.valueOf(sql.getSQLState());
            if (state.equals("53100")) {
                return UserMessage.of("err.db.full", "the disk is full");
            }
            if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
                return UserMessage.of("err.db.busy", "the file is in use by another program");
            }
            if (state.equals("25006")) {
                return UserMessage.of("err.db.readOnly", "the file is read-only");
            }
            if (state.startsWith("08")) {
                return UserMessage.of("err.detail", "{0}", "the database server cannot be reached: "
                        + sql.getMessage());
            }
            if (sql instanceof PSQLException pe && pe.getServerErrorMessage() != null) {
                return UserMessage.of("err.detail", "{0}", pe.getServerErrorMessage().getMessage());
            }
        }
        return UserMessage.of("err.detail", "{0}", String.valueOf(e.getMessage()));
    }
}
