package se.dialogcoder.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/** Makes a throwaway server ask every role but its superuser for a password (scram-sha-256) over TCP. */
final class PasswordServer {
    private PasswordServer() {
    }

    static void requirePasswords(ThrowawayPostgres pg) throws Exception {
        Path hba = pg.directory().resolve("data/pg_hba.conf");
        Files.writeString(hba, "local all all trust\n"
                + "host all " + ThrowawayPostgres.SUPERUSER + " 127.0.0.1/32 trust\n"
                + "host all all 127.0.0.1/32 scram-sha-256\n");
        try (Connection c = pg.connect("postgres"); var s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("SELECT pg_reload_conf()");
        }
        Thread.sleep(300);
    }
}
