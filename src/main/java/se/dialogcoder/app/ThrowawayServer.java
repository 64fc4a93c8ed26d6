package se.dialogcoder.app;

import java.io.IOException;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * A PostgreSQL server started for one run in a temporary folder on 127.0.0.1 and removed afterwards (the
 * benchmark's second engine when no server is given).
 */
public final class ThrowawayServer implements AutoCloseable {
    private final ThrowawayPostgres server;

    private ThrowawayServer(ThrowawayPostgres server) {
        this.server = server;
    }

    /** Starts the server (PostgreSQL 15+ must be installed). */
    public static ThrowawayServer start() throws IOException {
        try {
            return new ThrowawayServer(ThrowawayPostgres.start());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting PostgreSQL", e);
        }
    }

    /** A new, empty project in a new database of the server. */
    public Project newProject(String database, String name, String round) throws IOException, StoreException {
        server.createDatabase(database);
        return new Project(PostgresProject.create(server.jdbcUrl(database), ThrowawayPostgres.SUPERUSER, "", name,
                round));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
