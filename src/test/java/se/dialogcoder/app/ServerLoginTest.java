package se.dialogcoder.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * Where a team server's password comes from, against a real server that asks for one: PGPASSWORD; else the
 * driver's own ~/.pgpass lookup; else the prompt; else a refusal naming the address and the three ways.
 */
class ServerLoginTest {
    private static final String ROLE = "anna_pw";
    private static final String SECRET = "hemligt-ÅÄÖ";
    private static ThrowawayPostgres pg;
    private static ServerAddress address;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServerThatAsksForPasswords() throws Exception {
        pg = ThrowawayPostgres.startWithPasswords("superuser-lösen".toCharArray());
        try (Connection c = pg.connect("postgres"); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + SECRET + "'");
            s.execute("CREATE DATABASE team OWNER " + ROLE);
        }
        address = ServerAddress.parse("postgresql://127.0.0.1:" + pg.port() + "/team?user=" + ROLE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static ServerLogin.Attempt<String> open() {
        return password -> {
            try (Project p = ProjectStores.create(address, password, "Team", "2025")) {
                return p.info().name();
            }
        };
    }

    private static void dropProject() throws Exception {
        try (Connection c = pg.connect("postgres"); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS team");
            s.execute("CREATE DATABASE team OWNER " + ROLE);
        }
    }

    @Test
    void pgpasswordFromTheEnvironmentIsUsed() throws Exception {
        dropProject();
        ServerLogin login = new ServerLogin(Map.of("PGPASSWORD", SECRET), q -> {
            throw new AssertionError("no prompt when PGPASSWORD is set");
        });
        assertThat(login.connect(address, open())).isEqualTo("Team");
    }

    @Test
    void withoutPasswordTheDriverReadsThePgpassFile() throws Exception {
        dropProject();
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + pg.port() + ":team:" + ROLE + ":" + SECRET + "\n");
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            ServerLogin login = new ServerLogin(Map.of(), q -> {
                throw new AssertionError("no prompt when ~/.pgpass has the password");
            });
            assertThat(login.connect(address, open())).isEqualTo("Team");
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }

    @Test
    void whenTheServerAsksThePromptIsShownOnceAndItsAnswerUsed() throws Exception {
        dropProject();
        List<String> asked = new ArrayList<>();
        ServerLogin login = new ServerLogin(Map.of(), q -> {
            asked.add(q);
            return SECRET.toCharArray();
        });
        assertThat(login.connect(address, open())).isEqualTo("Team");
        assertThat(asked).containsExactly("Password for " + ROLE + " at " + address + ": ");
    }

    @Test
    void withoutAConsoleTheRefusalNamesTheAddressAndTheThreeWays() {
        ServerLogin login = new ServerLogin(Map.of(), null);
        assertThatThrownBy(() -> login.connect(address, open())).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(address.toString())
                .hasMessageContaining("PGPASSWORD").hasMessageContaining("~/.pgpass")
                .hasMessageContaining("terminal");
    }

    @Test
    void aWrongPasswordIsTheServersRefusalNamingTheDatabase() {
        ServerLogin login = new ServerLogin(Map.of("PGPASSWORD", "wrong"), null);
        assertThatThrownBy(() -> login.connect(address, open())).isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:" + pg.port() + "/team")
                .hasMessageContaining("password authentication failed");
    }
}
