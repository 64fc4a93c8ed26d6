package se.dialogcoder.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The throwaway server the PostgreSQL tests run on is a real PostgreSQL: it starts, stores Swedish text as UTF-8,
 * has the text search the team engine will use, listens only on 127.0.0.1, and is gone after close.
 */
class ThrowawayPostgresTest {
    @Test
    void aRealServerStartsStoresSwedishTextAndStops() throws Exception {
        int port;
        java.nio.file.Path folder;
        try (ThrowawayPostgres pg = ThrowawayPostgres.start()) {
            port = pg.port();
            folder = pg.directory();
            pg.createDatabase("lansdialog");
            try (Connection c = pg.connect("lansdialog"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (text TEXT NOT NULL)");
                s.execute("INSERT INTO t VALUES ('Länet har en handlingsplan 😀 för suicidprevention')");
                try (ResultSet r = s.executeQuery("SELECT version(), length(text), "
                        + "to_tsvector('simple', text) @@ to_tsquery('simple', 'länet'), "
                        + "to_tsvector('simple', text) @@ to_tsquery('simple', 'lanet'), "
                        + "current_setting('listen_addresses') FROM t")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).startsWith("PostgreSQL ");
                    int major = Integer.parseInt(r.getString(1).split("[ .]")[1]);
                    assertThat(major).isGreaterThanOrEqualTo(15);
                    assertThat(r.getInt(2)).as("length counts code points").isEqualTo(49);
                    assertThat(r.getBoolean(3)).isTrue();
                    assertThat(r.getBoolean(4)).as("ä is not folded to a").isFalse();
                    assertThat(r.getString(5)).isEqualTo("127.0.0.1");
                }
            }
        }
        int stopped = port;
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + stopped + "/postgres?connectTimeout=2", ThrowawayPostgres.SUPERUSER,
                "")).isInstanceOf(SQLException.class);
        assertThat(folder).doesNotExist();
    }
}
