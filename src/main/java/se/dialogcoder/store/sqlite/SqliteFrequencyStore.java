package se.dialogcoder.store.sqlite;

import se.dialogcoder.model.FrequencyHistory;
import se.dialogcoder.model.FrequencyWrite;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;
import se.dialogcoder.model.County;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.FrequencyRun;
import se.dialogcoder.store.FrequencyStore;
import se.dialogcoder.store.FrequencyStoreException;

/**
 * The frequency store as a SQLite file of the user's choosing where theme frequencies per county accumulate, one
 * export run per project and round (see {@code docs/frequency-store.md}). Writing a run is one transaction: an earlier
 * run of the same project and round is deleted and the new one inserted, all or nothing. A file that is not a store,
 * a store of a newer version, or a store another program holds locked is refused with a message naming the file, and
 * is not changed. A new store is built in a temporary file beside the target and appears only when complete.
 */
public final class SqliteFrequencyStore implements FrequencyStore {
    /** {@code PRAGMA application_id} of frequency stores ("DCfq"). */
    public static final int APPLICATION_ID = 0x44436671;
    /** The store version this build writes ({@code PRAGMA user_version}). */
    public static final int CURRENT_VERSION = 2;
    /** {@code application_id} of DialogCoder projects: named in the message when a project is chosen by mistake. */
    private static final int PROJECT_APPLICATION_ID = 0x44436F64;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Duration busyTimeout;
    private final Checkpoint checkpoint;

    /** Called at points of a write; tests throw from it to interrupt a write half-way. */
    interface Checkpoint {
        void reached(String step) throws SQLException;
    }

    public SqliteFrequencyStore() {
        this(Duration.ofSeconds(3), step -> { });
    }

    SqliteFrequencyStore(Duration busyTimeout, Checkpoint checkpoint) {
        this.busyTimeout = busyTimeout;
        this.checkpoint = checkpoint;
    }

    /**
     * Writes a run into the store, creating the store if the file does not exist, migrating an older store forward.
     *
     * @throws FrequencyStoreException naming the file and the reason; the file is then as it was
     */
    @Override
    public FrequencyWrite write(Path store, FrequencyRun run) throws FrequencyStoreException {
        check(run);
        if (Files.exists(store)) {
            return writeExisting(store, run);
        }
        return create(store, run);
    }

    /**
     * Checks, without changing a byte, that a file is a frequency store this version can write.
     *
     * @return its version
     */
    @Override
    public int inspect(Path store) throws FrequencyStoreException {
        String name = name(store);
        if (!Files.isRegularFile(store)) {
            throw new FrequencyStoreException(Files.isDirectory(store)
                    ? UserMessage.of("err.store.folder", "{0}: this is a folder, not a file.", name)
                    : UserMessage.of("err.exchange.missing", "{0}: no such file.", name));
        }
        if (!Files.isReadable(store)) {
            throw new FrequencyStoreException(UserMessage.of("err.store.noPermission",
                    "{0}: the file cannot be read (no permission); it was not changed.", name));
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(store)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 0) {
                throw new FrequencyStoreException(UserMessage.of("err.store.empty", "{0}: the file is empty, so it is not a "
                        + "DialogCoder frequency store; it was not changed. Choose an existing store or a new file "
                        + "name.", name));
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw notAStore(name, UserMessage.of("err.store.why.notSqlite", "it is not an SQLite database"));
            }
        } catch (IOException e) {
            throw new FrequencyStoreException(UserMessage.of("err.exchange.unreadable", "{0}: the file cannot be read ({1}).",
                    name, e.getMessage()), e);
        }
        try (Connection c = connect(store, true); Statement s = c.createStatement()) {
            return checkHeader(name, s);
        } catch (SQLException e) {
            throw failure(name, e, UserMessage.of("err.store.what.read", "could not be read"));
        }
    }

    /** Reads every run, its themes and its numbers, through a read-only connection: the file is not changed. */
    @Override
    public FrequencyHistory read(Path store) throws FrequencyStoreException {
        inspect(store);
        String name = name(store);
        Map<Long, List<FrequencyHistory.Theme>> themes = new HashMap<>();
        Map<Long, List<FrequencyHistory.Cell>> cells = new HashMap<>();
        List<FrequencyHistory.Run> runs = new ArrayList<>();
        try (Connection c = connect(store, true); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT run_id, uid, path, name, name_en, depth, sort_order FROM theme "
                    + "ORDER BY run_id, sort_order")) {
                while (r.next()) {
                    themes.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new FrequencyHistory.Theme(
                            r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6), r.getInt(7)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT f.run_id, f.county_code, t.uid, f.segments, f.documents, "
                    + "f.characters, f.coverage FROM frequency f JOIN theme t ON t.id = f.theme_id "
                    + "ORDER BY f.run_id, f.county_code, t.sort_order")) {
                while (r.next()) {
                    County county = County.parse(r.getString(2)).orElse(null);
                    if (county == null) {
                        continue;
                    }
                    Object coverage = r.getObject(7);
                    cells.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new FrequencyHistory.Cell(county,
                            r.getString(3), r.getInt(4), r.getInt(5), r.getLong(6),
                            coverage == null ? null : ((Number) coverage).doubleValue()));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, round, project_uuid, project_name, coder_filter, "
                    + "exported_at FROM run ORDER BY id")) {
                while (r.next()) {
                    long id = r.getLong(1);
                    runs.add(new FrequencyHistory.Run(id, r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), themes.getOrDefault(id, List.of()),
                            cells.getOrDefault(id, List.of())));
                }
            }
        } catch (SQLException e) {
            throw failure(name, e, UserMessage.of("err.store.what.read", "could not be read"));
        }
        return new FrequencyHistory(name, runs);
    }

    private static int checkHeader(String name, Statement s) throws SQLException, FrequencyStoreException {
        int appId = intPragma(s, "application_id");
        int version = intPragma(s, "user_version");
        if (appId == PROJECT_APPLICATION_ID) {
            throw notAStore(name, UserMessage.of("err.store.why.project", "it is a DialogCoder project"));
        }
        if (appId != APPLICATION_ID) {
            throw notAStore(name, UserMessage.of("err.store.why.otherKind", "it is an SQLite database of another kind"));
        }
        if (version > CURRENT_VERSION) {
            throw new FrequencyStoreException(UserMessage.of("err.store.newer", "{0}: the store was written by a newer "
                    + "DialogCoder (store version {1,number,#}; this version writes up to {2,number,#}). Update "
                    + "DialogCoder or choose another store; the file was not changed.", name, version,
                    CURRENT_VERSION));
        }
        try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String result = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new FrequencyStoreException(UserMessage.of("err.store.damagedCheck",
                        "{0}: the store is damaged ({1}); it was not changed.", name, result));
            }
        }
        return version;
    }

    private static FrequencyStoreException notAStore(String name, UserMessage why) {
        return new FrequencyStoreException(UserMessage.of("err.store.notStore", "{0}: this is not a DialogCoder frequency "
                + "store ({1}); it was not changed. Choose a store, or a new file name for a new store.", name, why));
    }

    private FrequencyWrite create(Path store, FrequencyRun run) throws FrequencyStoreException {
        String name = name(store);
        Path tmp = null;
        try {
            Path dir = store.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
            FrequencyWrite result;
            try (Connection c = connect(tmp, false)) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                }
                migrate(c, 0);
                result = insert(c, store, run, true, 0);
                c.commit();
            }
            Files.move(tmp, store);
            tmp = null;
            return result;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new FrequencyStoreException(UserMessage.of("err.store.race", "{0}: another program created this file "
                    + "while the store was being written; nothing was written. Export again.", name), e);
        } catch (IOException e) {
            throw new FrequencyStoreException(UserMessage.of("err.store.notCreated", "{0}: the store could not be created ({1}).",
                    name, e.getMessage()), e);
        } catch (SQLException e) {
            throw failure(name, e, UserMessage.of("err.store.what.created", "could not be created"));
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
                deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-journal"));
            }
        }
    }

    private FrequencyWrite writeExisting(Path store, FrequencyRun run) throws FrequencyStoreException {
        String name = name(store);
        inspect(store);
        Path dir = store.toAbsolutePath().getParent();
        if (!Files.isWritable(store) || (dir != null && !Files.isWritable(dir))) {
            throw new FrequencyStoreException(UserMessage.of("err.store.readOnlyLocation", "{0}: the store cannot be "
                    + "written (the file or its folder is read-only); it was not changed.", name));
        }
        try (Connection c = connect(store, false)) {
            // "begin immediate": takes the write lock now, or fails (after the busy timeout) before anything changes
            c.setAutoCommit(false);
            try {
                int version;
                try (Statement s = c.createStatement()) {
                    version = checkHeader(name, s);
                }
                migrate(c, version);
                FrequencyWrite result = insert(c, store, run, false, version < CURRENT_VERSION ? version : 0);
                c.commit();
                return result;
            } catch (SQLException | FrequencyStoreException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(name, e, UserMessage.of("err.store.what.written", "could not be written"));
        }
    }

    private FrequencyWrite insert(Connection c, Path store, FrequencyRun run, boolean created, int migratedFrom)
            throws SQLException {
        for (County county : County.values()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO county (code, iso, name, short_name) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET iso = excluded.iso, name = excluded.name, "
                    + "short_name = excluded.short_name")) {
                ps.setString(1, county.code());
                ps.setString(2, county.iso());
                ps.setString(3, county.officialName());
                ps.setString(4, county.shortName());
                ps.executeUpdate();
            }
        }
        boolean replaced = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM run WHERE project_uuid = ? AND round = ?")) {
            ps.setString(1, run.projectUuid());
            ps.setString(2, run.round());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    deleteRun(c, r.getLong(1));
                    replaced = true;
                }
            }
        }
        checkpoint.reached("deleted");
        long runId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run (exported_at, project_uuid, project_name, "
                + "round, coder_filter, app_version, unknown_county_documents) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, run.exportedAt().toString());
            ps.setString(2, run.projectUuid());
            ps.setString(3, run.projectName());
            ps.setString(4, run.round());
            ps.setString(5, run.coderFilter());
            ps.setString(6, run.appVersion() == null ? "dev" : run.appVersion());
            ps.setInt(7, run.unknownCountyDocuments());
            ps.executeUpdate();
            runId = generatedKey(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_county (run_id, county_code, documents, "
                + "characters, words) VALUES (?, ?, ?, ?, ?)")) {
            for (FrequencyRun.CountyTotals t : run.counties()) {
                ps.setLong(1, runId);
                ps.setString(2, t.county().code());
                ps.setInt(3, t.documents());
                ps.setLong(4, t.characters());
                ps.setLong(5, t.words());
                ps.executeUpdate();
            }
        }
        Map<Long, Long> themeIds = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO theme (run_id, uid, parent_id, path, name, "
                + "name_en, depth, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int order = 0;
            for (FrequencyRun.Theme t : run.themes()) {
                ps.setLong(1, runId);
                ps.setString(2, t.uid());
                Long parent = t.parentCodeId() == null ? null : themeIds.get(t.parentCodeId());
                if (parent == null) {
                    ps.setNull(3, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(3, parent);
                }
                ps.setString(4, t.path());
                ps.setString(5, t.name());
                ps.setString(6, t.nameEn());
                ps.setInt(7, t.depth());
                ps.setInt(8, order++);
                ps.executeUpdate();
                themeIds.put(t.codeId(), generatedKey(ps));
            }
        }
        checkpoint.reached("themes");
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO frequency (run_id, county_code, theme_id, "
                + "segments, documents, characters, words, coverage) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (FrequencyRun.Cell cell : run.cells()) {
                ps.setLong(1, runId);
                ps.setString(2, cell.county().code());
                ps.setLong(3, themeIds.get(cell.codeId()));
                ps.setInt(4, cell.segments());
                ps.setInt(5, cell.documents());
                ps.setLong(6, cell.characters());
                if (cell.words() == null) {
                    ps.setNull(7, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(7, cell.words());
                }
                if (cell.coverage() == null) {
                    ps.setNull(8, java.sql.Types.REAL);
                } else {
                    ps.setDouble(8, cell.coverage());
                }
                ps.executeUpdate();
                rows++;
                checkpoint.reached("frequency");
            }
        }
        return new FrequencyWrite(store, runId, run.round(), rows, County.values().length, run.themes().size(), created,
                replaced, migratedFrom, CURRENT_VERSION);
    }

    private static void deleteRun(Connection c, long runId) throws SQLException {
        for (String sql : new String[] {"DELETE FROM frequency WHERE run_id = ?",
            "DELETE FROM run_county WHERE run_id = ?", "UPDATE theme SET parent_id = NULL WHERE run_id = ?",
            "DELETE FROM theme WHERE run_id = ?", "DELETE FROM run WHERE id = ?"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, runId);
                ps.executeUpdate();
            }
        }
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Forward-only: runs V(from+1).sql … V(CURRENT).sql inside the caller's transaction and sets the version. */
    private static void migrate(Connection c, int from) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int v = from + 1; v <= CURRENT_VERSION; v++) {
                s.executeUpdate(script(v));
                s.executeUpdate("PRAGMA user_version = " + v);
            }
        }
    }

    static String script(int version) {
        String resource = "frequencystore/V" + version + ".sql";
        try (InputStream in = SqliteFrequencyStore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing frequency store migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(FrequencyRun run) {
        Set<County> counties = EnumSet.noneOf(County.class);
        Set<Long> themes = new java.util.HashSet<>();
        run.themes().forEach(t -> themes.add(t.codeId()));
        for (FrequencyRun.Cell cell : run.cells()) {
            if (cell.county() == null || !themes.contains(cell.codeId())) {
                throw new IllegalArgumentException("a cell of the run has no county or an unknown theme");
            }
            counties.add(cell.county());
        }
        if (!run.themes().isEmpty() && counties.size() != County.values().length) {
            throw new IllegalArgumentException("a run has a row for every one of the 21 counties");
        }
        if (run.counties().size() != County.values().length
                || run.counties().stream().map(FrequencyRun.CountyTotals::county).distinct().count()
                != County.values().length) {
            throw new IllegalArgumentException("a run has the totals of every one of the 21 counties");
        }
    }

    private Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.enforceForeignKeys(true);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static int intPragma(Statement s, String pragma) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static FrequencyStoreException failure(String name, SQLException e, UserMessage what) {
        if (e instanceof SQLiteException se) {
            int code = se.getResultCode().code & 0xff;
            if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return new FrequencyStoreException(UserMessage.of("err.store.busy", "{0}: the store is in use by another "
                        + "program, which holds it locked; nothing was written. Close that program (or its open "
                        + "change, e.g. in DB Browser for SQLite) and export again.", name), e);
            }
            if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return notAStore(name, UserMessage.of("err.store.why.notSqlite", "it is not an SQLite database"));
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                return new FrequencyStoreException(UserMessage.of("err.store.damaged", "{0}: the store is damaged; it was not changed.",
                        name), e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
                return new FrequencyStoreException(UserMessage.of("err.store.readOnly",
                        "{0}: the store cannot be written (read-only); nothing was written.", name), e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL.code) {
                return new FrequencyStoreException(UserMessage.of("err.store.full", "{0}: the disk is full; nothing was written.",
                        name), e);
            }
        }
        return new FrequencyStoreException(UserMessage.of("err.store.failed", "{0}: the store {1} ({2}); nothing was written.",
                name, what, e.getMessage()), e);
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a hidden temporary file left behind is harmless
        }
    }
}
