package se.dialogcoder.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.postgres.TeamAdmin.Role;

/**
 * Rights enforced by the database, not the client: a team database on a real server where every login needs its
 * password over 127.0.0.1. Coder A, connected with plain JDBC as a hostile client would, cannot change coder B's
 * codings or memos, the codebook, the documents or the project; sees only their own codings until the lead reveals;
 * and through {@link PostgresProject} codes as themselves and is told plainly when the database refuses a change.
 */
class TeamRightsTest {
    private static final char[] ADMIN_PASSWORD = "it-förvaltning 2025".toCharArray();
    private static final String TEXT = "Länet har en handlingsplan för suicidprevention och stöd till efterlevande.";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static ThrowawayPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = ThrowawayPostgres.startWithPasswords(ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** A team database with a pushed project (one document, two codes), lead L and coders A and B, one coding each. */
    private record Team(String db, String url, String lead, String a, String b, long document, long code, long other,
                        long codingA, long codingB, long coderA, long coderB) {
    }

    private static Team team() throws Exception {
        String db = "lansteam" + DATABASES.incrementAndGet();
        server.createDatabase(db);
        String url = server.jdbcUrl(db);
        String admin = ThrowawayPostgres.SUPERUSER;
        String pw = new String(ADMIN_PASSWORD);
        TeamAdmin.init(url, admin, pw);
        long[] ids = new long[3];
        try (PostgresProject p = PostgresProject.create(url, admin, pw, "Länsdialoger", "2025")) {
            p.write(u -> {
                ids[0] = u.documents().insert(new NewDocument("Skåne anteckningar", County.parse("12").orElseThrow(),
                        DocumentKind.NOTES, "2025", null, "skane.txt", TEXT,
                        List.of(TextUnit.paragraph(0, 0, TEXT.codePointCount(0, TEXT.length()))))).id();
                ids[1] = u.codes().insert("", null, "Suicidprevention", null, null, null, "#0072B2", 0).id();
                ids[2] = u.codes().insert("", null, "Efterlevandestöd", null, null, null, "#E69F00", 1).id();
                u.codes().setMemo(ids[1], "lead's memo");
                return null;
            });
        }
        String lead = TeamAdmin.addCoder(url, admin, pw, "Lead L", Role.LEAD, "lead-pw".toCharArray());
        String a = TeamAdmin.addCoder(url, admin, pw, "Kodare A", Role.CODER, "a-pw".toCharArray());
        String b = TeamAdmin.addCoder(url, admin, pw, "Kodare B", Role.CODER, "b-pw".toCharArray());
        long coderA;
        long coderB;
        long codingA;
        long codingB;
        try (Connection c = login(url, a, "a-pw")) {
            coderA = number(c, "SELECT dialogcoder_coder_id()");
            codingA = insertCoding(c, ids[0], ids[1], coderA, 0, 5, "A's memo");
        }
        try (Connection c = login(url, b, "b-pw")) {
            coderB = number(c, "SELECT dialogcoder_coder_id()");
            codingB = insertCoding(c, ids[0], ids[1], coderB, 6, 9, "B's memo");
        }
        return new Team(db, url, lead, a, b, ids[0], ids[1], ids[2], codingA, codingB, coderA, coderB);
    }

    @Test
    void eachCoderGetsALoginRoleOfTheirOwnThatNeedsItsPassword() throws Exception {
        Team t = team();
        assertThat(t.a()).isEqualTo(t.db() + "_kodare_a");
        assertThat(t.lead()).isEqualTo(t.db() + "_lead_l");
        assertThatThrownBy(() -> login(t.url(), t.a(), "wrong")).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> login(t.url(), t.a(), null)).isInstanceOf(SQLException.class);
        try (Connection c = login(t.url(), t.a(), "a-pw")) {
            assertThat(number(c, "SELECT count(*) FROM team_member")).isEqualTo(3);
        }
        assertThat(state(t)).contains("Kodare A", "Kodare B", "Lead L");
        // the server keeps a SCRAM verifier, never the password
        try (Connection c = server.connect(t.db())) {
            assertThat(text(c, "SELECT rolpassword FROM pg_authid WHERE rolname = '" + t.a() + "'"))
                    .startsWith("SCRAM-SHA-256$").doesNotContain("a-pw");
        }
    }

    /** The totals kept on write show each member what their codings show: a blind coder only their own. */
    @Test
    void totalsShowACoderOnlyWhatTheyMaySee() throws Exception {
        Team t = team();
        try (PostgresProject p = PostgresProject.open(t.url(), t.a(), "a-pw", false)) {
            assertThat(segments(p, t.code())).isEqualTo(1); // A's own coding only
            int count = p.read(u -> u.codings().count());
            assertThat(count).isEqualTo(1);
            java.util.Map<Long, Integer> byCode = p.read(u -> u.codings().countsByCode());
            assertThat(byCode).containsExactly(java.util.Map.entry(t.code(), 1));
            p.write(u -> u.codings().insert(t.document(), t.other(), t.coderA(), 10, 20));
            assertThat(segments(p, t.other())).isEqualTo(1);
        }
        try (Connection c = login(t.url(), t.a(), "a-pw")) {
            assertThat(number(c, "SELECT count(*) FROM coding_total WHERE coder_id <> " + t.coderA())).isZero();
            assertThat(number(c, "SELECT count(*) FROM coding_total_part WHERE coder_id <> " + t.coderA())).isZero();
            assertThatThrownBy(() -> update(c, "UPDATE coding_total SET segments = 99")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> update(c, "INSERT INTO coding_total_dirty VALUES (1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (PostgresProject p = PostgresProject.open(t.url(), t.lead(), "lead-pw", false)) {
            assertThat(segments(p, t.code())).isEqualTo(2); // the lead sees A's and B's
            int count = p.read(u -> u.codings().count());
            assertThat(count).isEqualTo(3);
        }
        TeamAdmin.reveal(t.url(), t.lead(), "lead-pw", true);
        try (PostgresProject p = PostgresProject.open(t.url(), t.b(), "b-pw", false)) {
            assertThat(segments(p, t.code())).isEqualTo(2);
            java.util.Map<Long, Integer> ofA = p.read(u -> u.codings().countsByCode(t.coderA()));
            assertThat(ofA).containsEntry(t.other(), 1);
        }
    }

    /**
     * A team database of an older DialogCoder (schema 3, no totals): a lead opens and codes in it as it is (counts
     * from the codings; a member may not change the schema); the administrator's opening brings it to the current version.
     */
    @Test
    void anOlderTeamDatabaseOpensForMembersAndIsBroughtForwardByItsOwner() throws Exception {
        Team t = team();
        try (Connection c = server.connect(t.db())) {
            OlderSchema.backToVersion3(c);
        }
        try (PostgresProject p = PostgresProject.open(t.url(), t.lead(), "lead-pw", false)) {
            assertThat(p.info().schemaVersion()).isEqualTo(3);
            assertThat(p.read(u -> u.counts().codeTotals(se.dialogcoder.model.CodingFilter.ALL)).isPresent()).isFalse();
            long lead = number(p);
            p.write(u -> u.codings().insert(t.document(), t.other(), lead, 10, 20));
            int count = p.read(u -> u.codings().count());
            assertThat(count).isEqualTo(3);
        }
        try (PostgresProject p = PostgresProject.open(t.url(), ThrowawayPostgres.SUPERUSER, new String(ADMIN_PASSWORD),
                false)) {
            assertThat(p.info().schemaVersion()).isEqualTo(PgMigrations.CURRENT);
        }
        try (PostgresProject p = PostgresProject.open(t.url(), t.lead(), "lead-pw", false)) {
            assertThat(segments(p, t.code())).isEqualTo(2);
            assertThat(segments(p, t.other())).isEqualTo(1);
        }
    }

    private static long number(PostgresProject p) throws StoreException {
        return p.read(u -> u.coders().list().stream().filter(k -> k.name().equals("Lead L")).findFirst()
                .orElseThrow().id());
    }

    /** The codings of a code counted from the totals (every coder the connection may see). */
    private static int segments(PostgresProject p, long code) throws StoreException {
        return p.read(u -> u.counts().codeTotals(se.dialogcoder.model.CodingFilter.ALL).orElseThrow().stream()
                .filter(x -> x.codeId() == code).mapToInt(se.dialogcoder.model.CodeTotal::segments).sum());
    }

    @Test
    void everyMemberReadsTheWordsOfTheDocumentsAndOnlyALeadAddsThem() throws Exception {
        Team t = team();
        try (Connection c = login(t.url(), t.a(), "a-pw")) {
            assertThat(number(c, "SELECT count(*) FROM search_word")).isPositive();
            assertRefused(() -> update(c, "INSERT INTO search_word(word) VALUES ('påhittat')"));
        }
        String text = "Länsplanerna är klara.";
        try (PostgresProject p = PostgresProject.open(t.url(), t.lead(), "lead-pw", false)) {
            p.write(u -> u.documents().insert(new NewDocument("Gotland", County.GOTLAND, DocumentKind.NOTES, "2025",
                    null, "g.txt", text, List.of(TextUnit.paragraph(0, 0, text.length())))));
            List<String> words = p.read(u -> u.search().wordsStartingWith("länsplan"));
            assertThat(words).containsExactly("länsplanerna");
        }
    }

    @Test
    void aCoderCannotChangeAnotherCodersCodingsOrMemosWithPlainJdbc() throws Exception {
        Team t = team();
        TeamAdmin.reveal(t.url(), t.lead(), "lead-pw", true); // A can see B's coding, and still not change it
        String before = state(t);
        try (Connection c = login(t.url(), t.a(), "a-pw")) {
            assertThat(number(c, "SELECT count(*) FROM coding WHERE id = " + t.codingB())).isEqualTo(1);
            assertThat(update(c, "UPDATE coding SET start = 1 WHERE id = " + t.codingB())).isZero();
            assertThat(update(c, "UPDATE coding SET memo = 'A was here' WHERE id = " + t.codingB())).isZero();
            assertThat(update(c, "UPDATE coding SET coder_id = " + t.coderA() + " WHERE id = " + t.codingB())).isZero();
            assertThat(update(c, "DELETE FROM coding WHERE id = " + t.codingB())).isZero();
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("DELETE FROM coding")).as("only A's own coding goes").isEqualTo(1);
            }
            c.rollback();
            assertRefused(() -> insertCoding(c, t.document(), t.code(), t.coderB(), 10, 20, "in B's name"));
            assertRefused(() -> update(c, "UPDATE coding SET coder_id = " + t.coderB() + " WHERE id = " + t.codingA()));
        }
        assertThat(state(t)).isEqualTo(before);
    }

    @Test
    void aCoderCannotChangeTheCodebookTheDocumentsTheProjectOrTheTeam() throws Exception {
        Team t = team();
        String before = state(t);
        try (Connection c = login(t.url(), t.a(), "a-pw")) {
            for (String sql : List.of(
                    "UPDATE code SET name = 'Styrning' WHERE id = " + t.code(),
                    "UPDATE code SET memo = 'A''s view' WHERE id = " + t.code(),
                    "DELETE FROM code WHERE id = " + t.other(),
                    "INSERT INTO code(uid, name, color) VALUES ('x', 'Ny kod', '#000000')",
                    "INSERT INTO code_set(name) VALUES ('A:s urval')",
                    "UPDATE document SET memo = 'A''s note' WHERE id = " + t.document(),
                    "UPDATE document SET county = '01'",
                    "DELETE FROM text_unit",
                    "INSERT INTO attribute(document_id, name, value) VALUES (" + t.document() + ", 'kommun', 'Lund')",
                    "UPDATE project SET revealed = true",
                    "UPDATE project SET memo = 'A''s memo'",
                    "INSERT INTO coder(name) VALUES ('Kodare C')",
                    "UPDATE team_member SET kind = 'lead' WHERE role_name = '" + t.a() + "'",
                    "INSERT INTO team_member VALUES ('" + t.a() + "x', " + t.coderB() + ", 'lead')",
                    "TRUNCATE coding")) {
                assertRefused(() -> update(c, sql));
            }
        }
        assertThat(state(t)).isEqualTo(before);
    }

    @Test
    void aCoderChangesTheirOwnCodingsAndMemos() throws Exception {
        Team t = team();
        try (Connection c = login(t.url(), t.a(), "a-pw")) {
            long mine = insertCoding(c, t.document(), t.other(), t.coderA(), 20, 40, null);
            assertThat(update(c, "UPDATE coding SET memo = 'tydligt', code_id = " + t.code() + " WHERE id = " + mine))
                    .isEqualTo(1);
            assertThat(update(c, "UPDATE coding SET start = 1 WHERE id = " + t.codingA())).isEqualTo(1);
            assertThat(update(c, "DELETE FROM coding WHERE id = " + mine)).isEqualTo(1);
        }
        try (Connection c = server.connect(t.db())) {
            assertThat(text(c, "SELECT start || '-' || \"end\" || ' ' || memo FROM coding WHERE id = " + t.codingA()))
                    .isEqualTo("1-5 A's memo");
            assertThat(number(c, "SELECT count(*) FROM coding")).isEqualTo(2);
        }
    }

    @Test
    void codingIsBlindUntilTheLeadRevealsAndTheLeadSeesEverything() throws Exception {
        Team t = team();
        assertThat(visibleCodings(t.url(), t.a(), "a-pw")).containsExactly(t.codingA());
        assertThat(visibleCodings(t.url(), t.b(), "b-pw")).containsExactly(t.codingB());
        assertThat(visibleCodings(t.url(), t.lead(), "lead-pw")).containsExactly(t.codingA(), t.codingB());
        assertThatThrownBy(() -> TeamAdmin.reveal(t.url(), t.a(), "a-pw", true)).isInstanceOf(StoreException.class)
                .hasMessageContaining("only a lead may reveal");
        assertThat(visibleCodings(t.url(), t.a(), "a-pw")).containsExactly(t.codingA());

        TeamAdmin.reveal(t.url(), t.lead(), "lead-pw", true);
        assertThat(visibleCodings(t.url(), t.a(), "a-pw")).containsExactly(t.codingA(), t.codingB());
        assertThat(visibleCodings(t.url(), t.b(), "b-pw")).containsExactly(t.codingA(), t.codingB());

        TeamAdmin.reveal(t.url(), ThrowawayPostgres.SUPERUSER, new String(ADMIN_PASSWORD), false);
        assertThat(visibleCodings(t.url(), t.a(), "a-pw")).containsExactly(t.codingA());
    }

    @Test
    void throughTheStoreACoderCodesAsThemselvesAndARefusedChangeIsToldAndUndone() throws Exception {
        Team t = team();
        TeamAdmin.reveal(t.url(), t.lead(), "lead-pw", true);
        String before = state(t);
        try (PostgresProject p = PostgresProject.open(t.url(), t.a(), "a-pw", false)) {
            assertThat(p.connectedCoder()).contains("Kodare A");
            long coder = p.read(u -> u.coders().byName(p.connectedCoder().orElseThrow()).orElseThrow().id());
            assertThat(coder).isEqualTo(t.coderA());
            int seen = p.read(u -> u.codings().count());
            assertThat(seen).isEqualTo(2);

            // one unit of work: an own coding, then B's coding deleted: refused as a whole
            assertThatThrownBy(() -> p.write(u -> {
                u.codings().insert(t.document(), t.code(), coder, 10, 20);
                u.codings().delete(t.codingB());
                return null;
            })).isInstanceOf(StoreException.class).satisfies(e -> assertThat(((StoreException) e).userMessage().key())
                    .isEqualTo("err.team.ownCodingsOnly"))
                    .hasMessage("Kodare A may change only their own codings and their memos; the change was not made.");
            assertThatThrownBy(() -> p.write(u -> {
                u.codings().setMemo(t.codingB(), "A was here");
                return null;
            })).hasMessageContaining("Kodare A may change only their own codings");
            assertThatThrownBy(() -> p.write(u -> {
                u.codings().insert(t.document(), t.code(), t.coderB(), 10, 20);
                return null;
            })).hasMessageContaining("Kodare A may change only their own codings");
            assertThatThrownBy(() -> p.write(u -> {
                u.codes().setMemo(t.code(), "A's view");
                return null;
            })).hasMessage("Kodare A codes in this team project: only a lead may change the codebook, the documents, "
                    + "the sets and the project; the change was not made.");
            assertThatThrownBy(() -> p.write(u -> {
                u.coders().getOrCreate("Kodare C");
                return null;
            })).hasMessageContaining("only a lead may change");
            assertThat(state(t)).isEqualTo(before);

            // what is A's own works, and the connection carries on after the refusals
            long mine = p.write(u -> {
                long id = u.codings().insert(t.document(), t.other(), u.coders().getOrCreate("Kodare A").id(), 10, 20)
                        .id();
                u.codings().setMemo(id, "efterlevande");
                u.codings().setRange(t.codingA(), 0, 8);
                return id;
            });
            String memo = p.read(u -> u.codings().memo(mine));
            assertThat(memo).isEqualTo("efterlevande");
            int end = p.read(u -> u.codings().byId(t.codingA()).orElseThrow().end());
            assertThat(end).isEqualTo(8);
        }
        try (PostgresProject p = PostgresProject.open(t.url(), t.lead(), "lead-pw", false)) {
            assertThat(p.connectedCoder()).contains("Lead L");
            p.write(u -> {
                u.codes().setMemo(t.code(), "the lead's second memo");
                u.codings().setMemo(t.codingB(), "the lead may");
                return null;
            });
        }
        try (PostgresProject p = PostgresProject.open(t.url(), ThrowawayPostgres.SUPERUSER, new String(ADMIN_PASSWORD),
                false)) {
            assertThat(p.connectedCoder()).isEmpty();
        }
    }

    @Test
    void aDeletedOwnCodingCanBePutBackWithItsIdByItsCoder() throws Exception {
        Team t = team();
        try (PostgresProject p = PostgresProject.open(t.url(), t.a(), "a-pw", false)) {
            var coding = p.read(u -> u.codings().byId(t.codingA()).orElseThrow());
            p.write(u -> {
                u.codings().delete(coding.id());
                return null;
            });
            p.write(u -> {
                u.codings().restore(coding, "A's memo");
                return null;
            });
            var back = p.read(u -> u.codings().byId(t.codingA()));
            assertThat(back).contains(coding);
            long next = p.write(u -> u.codings().insert(t.document(), t.code(), t.coderA(), 30, 31).id());
            assertThat(next).isGreaterThan(t.codingB());
        }
    }

    @Test
    void setUpRefusesWhatIsNotAnEmptyDatabaseAndAddsEachCoderOnce() throws Exception {
        Team t = team();
        String admin = ThrowawayPostgres.SUPERUSER;
        String pw = new String(ADMIN_PASSWORD);
        assertThatThrownBy(() -> TeamAdmin.init(t.url(), admin, pw)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds a DialogCoder project");
        assertThatThrownBy(() -> TeamAdmin.addCoder(t.url(), admin, pw, " Kodare A ", Role.LEAD, null))
                .hasMessageContaining("Kodare A is in the team already, as the database role " + t.a());
        assertThatThrownBy(() -> TeamAdmin.addCoder(t.url(), t.lead(), "lead-pw", "Kodare C", Role.CODER, null))
                .hasMessageContaining("may not create database roles");
        assertThatThrownBy(() -> PostgresProject.create(t.url(), admin, pw, "Andra", "2026"))
                .hasMessageContaining("already holds a DialogCoder project");

        server.createDatabase("främmande");
        try (Connection c = server.connect("främmande"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kunder (id int)");
        }
        String foreign = server.jdbcUrl("främmande");
        assertThatThrownBy(() -> TeamAdmin.init(foreign, admin, pw)).hasMessageContaining("not DialogCoder's (kunder)");

        String db = "tomt" + DATABASES.incrementAndGet();
        server.createDatabase(db);
        String empty = server.jdbcUrl(db);
        TeamAdmin.init(empty, admin, pw);
        assertThatThrownBy(() -> TeamAdmin.init(empty, admin, pw)).hasMessageContaining("is already a team database");
        assertThatThrownBy(() -> TeamAdmin.reveal(empty, admin, pw, true)).hasMessageContaining("holds no project yet");
        try (Connection c = server.connect(db)) {
            assertThat(number(c, "SELECT count(*) FROM project")).isZero();
            assertThat(number(c, "SELECT max(version) FROM schema_version")).isEqualTo(PgMigrations.CURRENT);
        }
        // a coder with the same name in another team database gets another role; the databases do not mix
        String other = TeamAdmin.addCoder(empty, admin, pw, "Kodare A", Role.CODER, "a2-pw".toCharArray());
        assertThat(other).isEqualTo(db + "_kodare_a").isNotEqualTo(t.a());
        assertThatThrownBy(() -> login(t.url(), other, "a2-pw")).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> login(empty, t.a(), "a-pw")).isInstanceOf(SQLException.class);
        // a name that folds to a taken role gets a number
        assertThat(TeamAdmin.addCoder(empty, admin, pw, "kodare-Å", Role.CODER, null)).isEqualTo(db + "_kodare_a_2");
        assertThat(TeamAdmin.groupRole("x".repeat(80), Role.LEAD)).hasSize(63).endsWith("_lead");
        assertThat(TeamAdmin.groupRole("pg_team", Role.CODER)).isEqualTo("dc_pg_team_coder");
    }

    @Test
    void aVersionOneDatabaseMovesForwardWithItsDataAndItsOwnerSeesEverything() throws Exception {
        String db = "gammal" + DATABASES.incrementAndGet();
        server.createDatabase(db);
        try (Connection c = server.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL "
                    + "DEFAULT now())");
            s.execute(PgMigrations.script(1));
            s.execute("INSERT INTO schema_version(version) VALUES (1)");
            s.execute("INSERT INTO project(id, uuid, name, created_at) VALUES (1, 'u', 'Gammal', '2024-01-01')");
            s.execute("INSERT INTO coder(name) VALUES ('Ensam')");
            s.execute("INSERT INTO document(name, kind, content_hash, text, characters, words, imported_at, "
                    + "search_vector) VALUES ('a', 'notes', 'h1', 'Handlingsplanen', 15, 1, 'x', "
                    + "'handlingsplanen:1'::tsvector), ('b', 'notes', 'h2', 'Länsplaner saknas', 17, 2, 'x', NULL)");
        }
        try (PostgresProject p = PostgresProject.open(server.jdbcUrl(db), ThrowawayPostgres.SUPERUSER,
                new String(ADMIN_PASSWORD), false)) {
            assertThat(p.info().schemaVersion()).isEqualTo(PgMigrations.CURRENT);
            assertThat(p.info().name()).isEqualTo("Gammal");
            assertThat(p.connectedCoder()).isEmpty();
            var coders = p.read(u -> u.coders().list());
            assertThat(coders).hasSize(1);
            // version 5: the words of the documents stored before, with and without a vector
            java.util.List<String> words = p.read(u -> u.search().wordsContaining("plan"));
            assertThat(words).containsExactly("handlingsplanen", "länsplaner");
        }
        try (Connection c = server.connect(db)) {
            assertThat(text(c, "SELECT revealed::text FROM project")).isEqualTo("false");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static Connection login(String url, String role, String password) throws SQLException {
        Connection c = DriverManager.getConnection(url, role, password);
        c.setAutoCommit(false);
        return c;
    }

    private interface Sql {
        void run() throws Exception;
    }

    /** The database refuses the statement for lack of rights (SQLSTATE 42501) and the transaction is undone. */
    private static void assertRefused(Sql sql) throws SQLException {
        assertThatThrownBy(sql::run).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            int n = s.executeUpdate(sql);
            c.commit();
            return n;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static long insertCoding(Connection c, long document, long code, long coder, int start, int end,
                                     String memo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO coding(document_id, code_id, coder_id, start, "
                + "\"end\", created_at, memo) VALUES (?, ?, ?, ?, ?, '2025-05-01T10:00:00Z', ?) RETURNING id")) {
            ps.setLong(1, document);
            ps.setLong(2, code);
            ps.setLong(3, coder);
            ps.setInt(4, start);
            ps.setInt(5, end);
            ps.setString(6, memo);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                c.commit();
                return id;
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static List<Long> visibleCodings(String url, String role, String password) throws SQLException {
        try (Connection c = login(url, role, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM coding ORDER BY id")) {
            List<Long> ids = new java.util.ArrayList<>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            return ids;
        }
    }

    /** Every row a coder could have touched, as the administrator sees them. */
    private static String state(Team t) throws SQLException {
        try (Connection c = server.connect(t.db())) {
            StringBuilder out = new StringBuilder();
            for (String table : TeamAdmin.TABLES) {
                out.append(table).append(": ").append(text(c, "SELECT coalesce(string_agg(x::text, ' | ' ORDER BY "
                        + "x::text), '') FROM " + table + " x")).append('\n');
            }
            return out.toString();
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
