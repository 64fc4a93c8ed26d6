package se.dialogcoder.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * The store contract on the PostgreSQL engine, on a real PostgreSQL server started for this class (initdb + pg_ctl
 * in a temporary folder); each test gets a fresh database. When the server cannot start, the tests fail.
 */
class PostgresStoreContractTest extends StoreContractTest {
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

    @Override
    protected ProjectStore newProject() throws Exception {
        String db = "kontrakt" + DATABASES.incrementAndGet();
        server.createDatabase(db);
        return PostgresProject.create(server.jdbcUrl(db), ThrowawayPostgres.SUPERUSER, "", "Kontrakt", "2025");
    }

    @Override
    protected boolean keepsLocalFile() {
        return false;
    }
}
