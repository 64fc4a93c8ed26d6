package se.dialogcoder.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * A throwaway PostgreSQL server (initdb + pg_ctl in a temporary folder) for one test class, stopped after it, and a
 * fresh database per project asked for. Register as {@code @RegisterExtension static final PostgresPerClass PG}.
 * When the server cannot start, the class's tests fail.
 */
final class PostgresPerClass implements BeforeAllCallback, AfterAllCallback {
    private final String prefix;
    private final AtomicInteger databases = new AtomicInteger();
    private ThrowawayPostgres server;

    /** @param prefix the start of the databases' names */
    PostgresPerClass(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = ThrowawayPostgres.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
        }
    }

    ThrowawayPostgres server() {
        return server;
    }

    /** A new project in a new database of the server, opened by the superuser. */
    ProjectStore newProject(String name) throws Exception {
        String db = prefix + databases.incrementAndGet();
        server.createDatabase(db);
        return PostgresProject.create(server.jdbcUrl(db), ThrowawayPostgres.SUPERUSER, "", name, "2025");
    }
}
