package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.Services;
import se.dialogcoder.store.postgres.PostgresProject;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * A team project over TLS, as agency IT runs it: {@code sslmode=verify-full} with the agency's CA file checks the
 * server's certificate and name; a certificate from another CA is refused with a message, not a stack trace.
 */
class TlsServerTest extends CliTestBase {
    private static ThrowawayPostgres server;
    @TempDir
    static Path certs;

    private static void openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(certs.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
    }

    /** A CA, a server certificate for 127.0.0.1 signed by it, and a second CA that signed nothing of ours. */
    private static void makeCertificates() throws Exception {
        openssl("req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=Myndighetens CA", "-keyout", "ca.key",
                "-out", "ca.crt");
        openssl("req", "-new", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr");
        Files.writeString(certs.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "san.ext", "-out", "server.crt");
        openssl("req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=Annan CA", "-keyout", "other.key",
                "-out", "other.crt");
    }

    @BeforeAll
    static void startServerWithTls() throws Exception {
        makeCertificates();
        server = ThrowawayPostgres.start();
        // the server reads its key only when it belongs to the user it runs as and nobody else may read it
        Path key = server.directory().resolve("server.key");
        Path cert = server.directory().resolve("server.crt");
        Files.copy(certs.resolve("server.key"), key);
        Files.copy(certs.resolve("server.crt"), cert);
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(new ProcessBuilder("chown", "postgres:", key.toString(), cert.toString()).start().waitFor())
                    .isZero();
        }
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET ssl_cert_file = '" + cert + "'");
            s.execute("ALTER SYSTEM SET ssl_key_file = '" + key + "'");
            s.execute("ALTER SYSTEM SET ssl = on");
            s.execute("SELECT pg_reload_conf()");
        }
        Thread.sleep(500);
        server.createDatabase("tls");
        try (Project p = new Project(PostgresProject.create(server.jdbcUrl("tls"), ThrowawayPostgres.SUPERUSER, "",
                "Över TLS", "2025"))) {
            p.info();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String address(String ca) {
        return "postgresql://127.0.0.1:" + server.port() + "/tls?user=" + ThrowawayPostgres.SUPERUSER
                + "&sslmode=verify-full&sslrootcert=" + certs.resolve(ca);
    }

    @Test
    void verifyFullWithTheAgencysCaConnectsEncrypted() throws Exception {
        services = new Services(new AppPaths(certs.resolve("home")));
        assertThat(run("info", address("ca.crt"))).as(err).isZero();
        assertThat(out).contains("Över TLS");
        // the address's options reach the driver as they are: the session is encrypted
        ServerAddress a = ServerAddress.parse(address("ca.crt"));
        Properties props = new Properties();
        props.setProperty("user", a.user());
        try (Connection c = DriverManager.getConnection(a.jdbcUrl(), props); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getBoolean(1)).isTrue();
        }
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedWithAMessage() throws Exception {
        services = new Services(new AppPaths(certs.resolve("home")));
        assertThat(run("info", address("other.crt"))).isEqualTo(Cli.FAILED);
        assertThat(err).contains("127.0.0.1:" + server.port() + "/tls").doesNotContain("\tat ");
    }
}
