package se.dialogcoder.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.postgresql.util.PasswordUtil;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;

/**
 * Sets up and runs a team database: {@link #init} makes the schema with its row-level security and the database's
 * two group roles ({@code <db>_lead}, {@code <db>_coder}), {@link #addCoder} gives a coder a login role of their own,
 * {@link #reveal} ends (or resumes) blind coding. Each call is one transaction: done as a whole, or not at all.
 * See docs/team-server.md, "Rights and roles".
 */
public final class TeamAdmin {
    /** What a member of the team may do: a lead the codebook, documents, coders and reveal; a coder their codings. */
    public enum Role { LEAD, CODER }

    /** The tables of a project; the group roles are granted exactly these. */
    static final List<String> TABLES = List.of("project", "document", "text_unit", "code", "coder", "coding",
            "attribute", "pseudonym", "document_set", "document_set_member", "code_set", "code_set_member",
            "team_member", "search_word", "suggestion_accepted");
    private static final List<String> WITH_ID = List.of("document", "text_unit", "code", "coder", "coding",
            "document_set", "code_set");
    private static final int MAX_NAME = 63;

    private TeamAdmin() {
    }

    /**
     * Makes an empty database a team database without a project (push one with
     * {@link PostgresProject#create}). Run by the database's owner or an administrator with CREATEROLE; refuses a
     * database that holds other tables, a project, or is a team database already.
     */
    public static void init(String jdbcUrl, String user, String password) throws StoreException {
        String shown = PostgresProject.shown(jdbcUrl);
        try (Connection c = PostgresProject.connect(jdbcUrl, user, password)) {
            transaction(c, () -> {
                String db = database(c);
                int version = PgMigrations.version(c);
                if (version > PgMigrations.CURRENT) {
                    throw new StoreException(UserMessage.of("err.team.newer", "{0}: the database was set up by a "
                            + "newer DialogCoder (version {1,number,#}); nothing was changed.", shown, version));
                }
                if (version == 0) {
                    String other = otherTables(c);
                    if (!other.isEmpty()) {
                        throw new StoreException(UserMessage.of("err.team.notEmpty", "{0}: the database already "
                                + "holds tables that are not DialogCoder''s ({1}); set up the team project in an "
                                + "empty database. Nothing was changed.", shown, other));
                    }
                } else if (holdsProject(c)) {
                    throw new StoreException(UserMessage.of("err.team.hasProject", "{0}: the database already holds "
                            + "a DialogCoder project; set up the team project in an empty database. Nothing was "
                            + "changed.", shown));
                } else if (version >= 2) {
                    throw new StoreException(UserMessage.of("err.team.already", "{0} is already a team database; "
                            + "add coders to it, or push a project into it. Nothing was changed.", shown));
                }
                String lead = groupRole(db, Role.LEAD);
                String coder = groupRole(db, Role.CODER);
                for (String group : List.of(lead, coder)) {
                    if (roleExists(c, group)) {
                        throw new StoreException(UserMessage.of("err.team.roleTaken", "{0}: the server already has "
                                + "a role named {1} (left by an earlier database of that name?). An administrator "
                                + "can remove it (DROP ROLE), or choose another database name. Nothing was changed.",
                                shown, group));
                    }
                    execute(c, "CREATE ROLE " + quote(group) + " NOLOGIN");
                }
                PgMigrations.migrateInTransaction(c, version);
                grant(c, db, lead, coder);
                return null;
            });
        } catch (SQLException e) {
            throw notDone(shown, e);
        }
    }

    /**
     * Creates the login role of a coder ({@code <db>_<coder>}, folded to a–z, 0–9 and _, at most 63 bytes, made
     * unique on the server), grants it the database's lead or coder group, and records it in the team with its
     * coder (made, or found by name). {@code newPassword} may be null: the role then has no password (certificate
     * or LDAP login). Refuses a coder who is in the team already. Returns the role's name.
     */
    public static String addCoder(String jdbcUrl, String user, String password, String coderName, Role role,
                                  char[] newPassword) throws StoreException {
        String shown = PostgresProject.shown(jdbcUrl);
        if (coderName == null || coderName.isBlank() || role == null) {
            throw new StoreException(UserMessage.of("err.team.noCoderName", "{0}: the coder needs a name and a "
                    + "role (lead or coder); nothing was changed.", shown));
        }
        String name = coderName.strip();
        try (Connection c = PostgresProject.connect(jdbcUrl, user, password)) {
            return transaction(c, () -> {
                String db = database(c);
                requireTeam(c, shown, db);
                try (PreparedStatement ps = c.prepareStatement("SELECT t.role_name FROM team_member t JOIN coder k "
                        + "ON k.id = t.coder_id WHERE k.name = ?")) {
                    ps.setString(1, name);
                    try (ResultSet r = ps.executeQuery()) {
                        if (r.next()) {
                            throw new StoreException(UserMessage.of("err.team.coderExists", "{0}: {1} is in the team "
                                    + "already, as the database role {2}; nothing was changed.", shown, name,
                                    r.getString(1)));
                        }
                    }
                }
                String login = freeRole(c, db, name);
                StringBuilder create = new StringBuilder("CREATE ROLE ").append(quote(login))
                        .append(" LOGIN IN ROLE ").append(quote(groupRole(db, role)));
                if (newPassword != null) {
                    // the SCRAM verifier is made here: the password itself never reaches the server or its log
                    create.append(" PASSWORD '").append(PasswordUtil.encodeScramSha256(newPassword).replace("'", "''"))
                            .append('\'');
                }
                try {
                    execute(c, create.toString());
                } catch (SQLException e) {
                    if (PgFailure.refused(e)) {
                        throw new StoreException(UserMessage.of("err.team.noCreateRole", "{0}: the role {1} may not "
                                + "create database roles (it needs CREATEROLE, as the administrator who set up the "
                                + "database has); nothing was changed.", shown, TeamMember.sessionUser(c)), e);
                    }
                    throw e;
                }
                long coderId;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO coder(name) VALUES (?) ON CONFLICT (name) "
                        + "DO UPDATE SET name = EXCLUDED.name RETURNING id")) {
                    ps.setString(1, name);
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        coderId = r.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_member(role_name, coder_id, kind) "
                        + "VALUES (?, ?, ?)")) {
                    ps.setString(1, login);
                    ps.setLong(2, coderId);
                    ps.setString(3, role == Role.LEAD ? "lead" : "coder");
                    ps.executeUpdate();
                }
                return login;
            });
        } catch (SQLException e) {
            throw notDone(shown, e);
        }
    }

    /**
     * Reveals every coding to every coder of the team ({@code true}: blind coding ends) or hides the others' codings
     * again ({@code false}). Only a lead or an administrator may; the project must have been pushed.
     */
    public static void reveal(String jdbcUrl, String user, String password, boolean revealed) throws StoreException {
        String shown = PostgresProject.shown(jdbcUrl);
        try (Connection c = PostgresProject.connect(jdbcUrl, user, password)) {
            transaction(c, () -> {
                requireTeam(c, shown, database(c));
                int n;
                try (PreparedStatement ps = c.prepareStatement("UPDATE project SET revealed = ? WHERE id = 1")) {
                    ps.setBoolean(1, revealed);
                    n = ps.executeUpdate();
                } catch (SQLException e) {
                    if (PgFailure.refused(e)) {
                        throw new StoreException(UserMessage.of("err.team.revealLeadOnly", "{0}: only a lead may "
                                + "reveal the codings or hide them again; nothing was changed.", shown), e);
                    }
                    throw e;
                }
                if (n == 0) {
                    throw new StoreException(UserMessage.of("err.team.noProject", "{0}: the team database holds no "
                            + "project yet; push one first. Nothing was changed.", shown));
                }
                return null;
            });
        } catch (SQLException e) {
            throw notDone(shown, e);
        }
    }

    /** The group role of a database's leads or coders: {@code <db>_lead}, {@code <db>_coder}. */
    public static String groupRole(String database, Role role) {
        return join(fold(database), role == Role.LEAD ? "lead" : "coder");
    }

    /** The login role a coder of a database gets, before a number is added to make it unique. */
    public static String loginRole(String database, String coderName) {
        String coder = fold(coderName);
        return join(fold(database), coder.length() > 30 ? coder.substring(0, 30) : coder);
    }

    static boolean holdsProject(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM project)")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws SQLException, StoreException;
    }

    private static <T> T transaction(Connection c, Step<T> step) throws SQLException, StoreException {
        c.setAutoCommit(false);
        try {
            T result = step.run();
            c.commit();
            return result;
        } catch (SQLException | StoreException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static StoreException notDone(String shown, SQLException e) {
        return new StoreException(UserMessage.of("err.team.notDone", "{0}: the team database was not changed ({1}).",
                shown, PostgresProject.plain(e)), e);
    }

    private static void requireTeam(Connection c, String shown, String db) throws SQLException, StoreException {
        if (PgMigrations.version(c) < 2 || !roleExists(c, groupRole(db, Role.LEAD))) {
            throw new StoreException(UserMessage.of("err.team.notTeam", "{0} is not a team database (set it up "
                    + "with server init first); nothing was changed.", shown));
        }
    }

    private static void grant(Connection c, String db, String lead, String coder) throws SQLException {
        String both = quote(lead) + ", " + quote(coder);
        String schema = quote(one(c, "SELECT current_schema()"));
        // the database is the team's: other roles of the server may not connect to it
        execute(c, "REVOKE CONNECT, TEMPORARY ON DATABASE " + quote(db) + " FROM PUBLIC");
        execute(c, "GRANT CONNECT ON DATABASE " + quote(db) + " TO " + both);
        execute(c, "REVOKE CREATE ON SCHEMA " + schema + " FROM PUBLIC");
        execute(c, "GRANT USAGE ON SCHEMA " + schema + " TO " + both);
        String tables = String.join(", ", TABLES.stream().map(TeamAdmin::quote).toList());
        execute(c, "GRANT SELECT ON schema_version, " + tables + " TO " + both);
        execute(c, "GRANT INSERT, UPDATE, DELETE ON " + tables + " TO " + quote(lead));
        execute(c, "GRANT INSERT, UPDATE, DELETE ON coding, suggestion_accepted TO " + quote(coder));
        for (String table : WITH_ID) {
            String sequence = one(c, "SELECT pg_get_serial_sequence('" + table + "', 'id')");
            execute(c, "GRANT USAGE, SELECT, UPDATE ON SEQUENCE " + sequence + " TO " + quote(lead)
                    + (table.equals("coding") ? ", " + quote(coder) : ""));
        }
    }

    /** A login role name for the coder that no role of the server has yet. */
    private static String freeRole(Connection c, String db, String coderName) throws SQLException {
        String base = loginRole(db, coderName);
        if (!roleExists(c, base)) {
            return base;
        }
        for (int n = 2; n < 1000; n++) {
            String tail = "_" + n;
            String name = (base.length() + tail.length() > MAX_NAME ? base.substring(0, MAX_NAME - tail.length())
                    : base) + tail;
            if (!roleExists(c, name)) {
                return name;
            }
        }
        throw new SQLException("no free role name for " + coderName);
    }

    /** a–z, 0–9 and _ (å, ä, ö and other accents folded), never empty, never starting with the reserved pg_. */
    static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (plain.isEmpty()) {
            plain = "x";
        }
        return plain.startsWith("pg_") || plain.equals("pg") ? "dc_" + plain : plain;
    }

    private static String join(String database, String tail) {
        int room = MAX_NAME - tail.length() - 1;
        String db = database.length() > room ? database.substring(0, room) : database;
        return db + "_" + tail;
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    private static String database(Connection c) throws SQLException {
        return one(c, "SELECT current_database()");
    }

    private static String otherTables(Connection c) throws SQLException {
        return one(c, "SELECT coalesce(string_agg(relname, ', ' ORDER BY relname), '') FROM pg_class "
                + "WHERE relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND relkind IN ('r', 'p', 'v', 'm', 'f')");
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
