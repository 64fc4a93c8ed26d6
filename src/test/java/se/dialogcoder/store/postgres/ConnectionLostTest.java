package se.dialogcoder.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.store.StoreException;

/**
 * The connection to the server breaks (the server ended the session, as on a restart or a network loss): a change
 * under way is not saved and is told plainly, reads carry on, and the next change connects again and is saved.
 */
class ConnectionLostTest {
    private static ThrowawayPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = ThrowawayPostgres.start();
        server.createDatabase("avbrott");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Ends every session of the project, as a server restart or a dropped network does. */
    private static void cut() throws Exception {
        try (Connection c = server.connect("avbrott"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE datname = 'avbrott' AND application_name = 'DialogCoder'")) {
            r.next();
            assertThat(r.getInt(1)).isPositive();
        }
    }

    private static int codings() throws Exception {
        try (Connection c = server.connect("avbrott"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM coding")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void aLostConnectionSavesNothingHalfAndTheNextActionConnectsAgain() throws Exception {
        try (PostgresProject p = PostgresProject.create(server.jdbcUrl("avbrott"), ThrowawayPostgres.SUPERUSER, "",
                "Avbrott", "2025")) {
            AtomicInteger elsewhere = new AtomicInteger();
            p.onChangeElsewhere(elsewhere::incrementAndGet);
            long[] ids = p.write(u -> {
                long doc = u.documents().insert(new NewDocument("samtal", null, se.dialogcoder.model.DocumentKind.NOTES,
                        "2025", null, "samtal.txt", "Ett samtal om handlingsplaner.", List.of(
                        new TextUnit(0, UnitKind.PARAGRAPH, 0, 30, 0, null, null, null)))).id();
                u.codes().importTree(List.of(new CodebookEntry(null, "Plan", null, null, null, "#123456", List.of())));
                long code = u.codes().list().get(0).id();
                long coder = u.coders().getOrCreate("Anna").id();
                return new long[] {doc, code, coder};
            });
            p.write(u -> u.codings().insert(ids[0], ids[1], ids[2], 0, 3));

            cut();
            assertThat((int) p.read(u -> u.codings().count())).as("a read carries on, on a new connection").isEqualTo(1);

            cut();
            assertThatThrownBy(() -> p.write(u -> {
                u.codings().insert(ids[0], ids[1], ids[2], 4, 11);
                return u.codings().insert(ids[0], ids[1], ids[2], 12, 15);
            })).isInstanceOf(StoreException.class).hasMessageContaining("connection to the server was lost")
                    .hasMessageContaining("not saved");
            assertThat(codings()).as("nothing half-written").isEqualTo(1);

            p.write(u -> u.codings().insert(ids[0], ids[1], ids[2], 4, 11));
            assertThat(codings()).as("the next change connects again and is saved").isEqualTo(2);
            assertThat(elsewhere.get()).as("after connecting again the window is told to read again").isPositive();
        }
    }
}
