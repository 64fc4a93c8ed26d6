package se.dialogcoder.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a connection of its own for the change notices of V3.sql and tells the listeners when a notice came from
 * another connection than the project's (its own writes are known already). One daemon thread, stopped on close.
 */
final class PgNotices implements AutoCloseable {
    /** How long one wait for notices lasts; a change elsewhere is seen within about this time. */
    private static final int WAIT_MILLIS = 250;

    private final Connection connection;
    private final int ownBackend;
    private final Runnable onNotice;
    private final Thread thread;
    private volatile boolean closed;

    PgNotices(Connection connection, int ownBackend, Runnable onNotice) throws SQLException {
        this.connection = connection;
        this.ownBackend = ownBackend;
        this.onNotice = onNotice;
        try (Statement s = connection.createStatement()) {
            s.execute("LISTEN dialogcoder");
        }
        this.thread = new Thread(this::listen, "dialogcoder-notices");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            while (!closed) {
                PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
                if (notices == null) {
                    continue;
                }
                boolean elsewhere = false;
                for (PGNotification n : notices) {
                    elsewhere |= n.getPID() != ownBackend;
                }
                if (elsewhere) {
                    onNotice.run();
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the connection was closed or lost: no more notices; the next action on the project reports a loss
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a lost connection: nothing left to do
        }
        try {
            thread.join(2 * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
