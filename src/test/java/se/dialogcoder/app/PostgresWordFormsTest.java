package se.dialogcoder.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/** Word forms of a search on the PostgreSQL engine, on a throwaway server; each test gets a fresh database. */
class PostgresWordFormsTest extends WordFormsContractTest {
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
        String db = "former" + DATABASES.incrementAndGet();
        server.createDatabase(db);
        return PostgresProject.create(server.jdbcUrl(db), ThrowawayPostgres.SUPERUSER, "", "Former", "2025");
    }
}
