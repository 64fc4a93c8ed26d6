package se.dialogcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.Document;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * The totals PostgreSQL keeps on write (folded in by the database at every commit) always equal a full recount from
 * the codings: the same random sequences of changes as {@link TotalsPropertyTest}, on a real server, including
 * changes made with plain SQL by another connection (folded in when that connection commits), and an existing
 * project migrated to the schema with totals.
 */
class PostgresTotalsPropertyTest {
    private static ThrowawayPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startServer() throws Exception {
        server = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static String newDatabase() throws Exception {
        String db = "summor" + DATABASES.incrementAndGet();
        server.createDatabase(db);
        return db;
    }

    private static void sql(String db, String sql) throws Exception {
        try (Connection c = server.connect(db); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void totalsEqualAFullRecount(long seed) throws Exception {
        Random rnd = new Random(seed);
        String db = newDatabase();
        try (Project p = new Project(PostgresProject.create(server.jdbcUrl(db), ThrowawayPostgres.SUPERUSER, "",
                "Totals", "2025"))) {
            List<Document> docs = TotalsPropertyTest.documents(p, rnd);
            List<Code> codes = TotalsPropertyTest.codebook(p);
            List<Coding> deleted = new ArrayList<>();
            for (int step = 0; step < 40; step++) {
                String what = TotalsPropertyTest.change(p, rnd, docs, codes, deleted, s -> sql(db, s));
                TotalsPropertyTest.assertSame(p, "seed " + seed + " step " + step + " (" + what + ")");
            }
            assertThat(p.read(tx -> tx.counts().codeTotals(CodingFilter.ALL)).isPresent()).isTrue();
        }
    }

    /**
     * Two windows coding the same documents at once (each commit folds its documents in at the same moment as the
     * other's): the totals lose neither window's codings.
     */
    @Test
    void twoWritersAtOnceLoseNothing() throws Exception {
        String db = newDatabase();
        String url = server.jdbcUrl(db);
        List<Document> docs;
        List<Code> codes;
        try (Project p = new Project(PostgresProject.create(url, ThrowawayPostgres.SUPERUSER, "", "Totals", "2025"))) {
            Random rnd = new Random(3);
            docs = TotalsPropertyTest.documents(p, rnd);
            codes = TotalsPropertyTest.codebook(p);
        }
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            long seed = w;
            writers.add(new Thread(() -> {
                Random rnd = new Random(seed);
                try (Project p = new Project(PostgresProject.open(url, ThrowawayPostgres.SUPERUSER, "", false))) {
                    for (int i = 0; i < 40; i++) {
                        TotalsPropertyTest.insertOne(p, rnd, docs, codes);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread t : writers) {
            t.join(120_000);
        }
        assertThat(failures).isEmpty();
        try (Project p = new Project(PostgresProject.open(url, ThrowawayPostgres.SUPERUSER, "", true))) {
            int count = p.read(tx -> tx.codings().count());
            assertThat(count).isEqualTo(80);
            TotalsPropertyTest.assertSame(p, "after two writers at once");
        }
    }

    /**
     * In one transaction, codings of a code are removed and then the code is moved in the tree, or re-coded and the
     * code deleted (as merging does): the code's old ancestors lose those codings.
     */
    @Test
    void codingsChangedAndTheirCodeMovedOrDeletedInOneTransaction() throws Exception {
        String db = newDatabase();
        try (Project p = new Project(PostgresProject.create(server.jdbcUrl(db), ThrowawayPostgres.SUPERUSER, "",
                "Totals", "2025"))) {
            Random rnd = new Random(8);
            List<Document> docs = TotalsPropertyTest.documents(p, rnd);
            List<Code> codes = TotalsPropertyTest.codebook(p);
            Code a11 = codes.get(2);
            long coder = p.write(tx -> tx.coders().getOrCreate("anna").id());
            p.write(tx -> {
                for (Document d : docs) {
                    tx.codings().insert(d.id(), a11.id(), coder, 1, 15);
                    tx.codings().insert(d.id(), codes.get(5).id(), coder, 5, 25);
                }
                return null;
            });
            TotalsPropertyTest.assertSame(p, "coded");
            p.write(tx -> {
                for (Coding c : tx.codings().all()) {
                    if (c.codeId() == a11.id() && c.documentId() == docs.get(0).id()) {
                        tx.codings().delete(c.id());
                    }
                }
                tx.codes().update(new Code(a11.id(), a11.uid(), codes.get(3).id(), a11.name(), a11.nameEn(),
                        a11.description(), a11.descriptionEn(), a11.color(), a11.sortOrder()));
                return null;
            });
            TotalsPropertyTest.assertSame(p, "a coding removed, then its code moved under B");
            Code b1 = codes.get(4);
            p.write(tx -> {
                for (Coding c : tx.codings().all()) {
                    if (c.codeId() == a11.id()) {
                        tx.codings().setCode(c.id(), b1.id());
                    }
                }
                tx.codes().delete(a11.id());
                return null;
            });
            TotalsPropertyTest.assertSame(p, "A11's codings merged into B1 and A11 deleted");
        }
    }

    /** A project saved before the totals existed (schema 3) gets them when it is opened, equal to a recount. */
    @Test
    void anOlderProjectGetsItsTotalsByMigration() throws Exception {
        String db = newDatabase();
        String url = server.jdbcUrl(db);
        try (Project p = new Project(PostgresProject.create(url, ThrowawayPostgres.SUPERUSER, "", "Totals", "2025"))) {
            Random rnd = new Random(17);
            List<Document> docs = TotalsPropertyTest.documents(p, rnd);
            List<Code> codes = TotalsPropertyTest.codebook(p);
            for (int i = 0; i < 60; i++) {
                TotalsPropertyTest.insertOne(p, rnd, docs, codes);
            }
        }
        try (Connection c = server.connect(db)) {
            se.dialogcoder.store.postgres.OlderSchema.backToVersion3(c);
        }
        try (Project p = new Project(PostgresProject.open(url, ThrowawayPostgres.SUPERUSER, "", true))) {
            assertThat(p.read(tx -> tx.counts().codeTotals(CodingFilter.ALL)).isPresent()).isFalse();
            TotalsPropertyTest.assertSame(p, "read-only, older schema");
        }
        try (Project p = new Project(PostgresProject.open(url, ThrowawayPostgres.SUPERUSER, "", false))) {
            assertThat(p.info().schemaVersion()).isEqualTo(6);
            assertThat(p.read(tx -> tx.counts().codeTotals(CodingFilter.ALL)).isPresent()).isTrue();
            int count = p.read(tx -> tx.codings().count());
            assertThat(count).isEqualTo(60);
            TotalsPropertyTest.assertSame(p, "after the migration");
        }
    }
}
