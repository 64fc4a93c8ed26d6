package se.dialogcoder.store.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server (for the tests and for {@code bench --engine postgres} without a URL), started in a temporary directory ({@code initdb} + {@code pg_ctl}) on a free
 * port of 127.0.0.1 and a private Unix socket, and stopped (its directory deleted) by {@link #close}. Run as root
 * (as CI does), the server runs as the unprivileged {@code postgres} user through {@code runuser}, since PostgreSQL
 * refuses to run as root.
 *
 * <p>It never skips: when PostgreSQL is not installed or cannot start, {@link #start} throws with what to do
 * ({@code apt-get install -y postgresql}) and the server's log, so a test that needs it fails.
 */
public final class ThrowawayPostgres implements AutoCloseable {
    /** The superuser the cluster is created with; tests connect as it. */
    public static final String SUPERUSER = "dialogcoder_test";
    private static final long START_SECONDS = 60;
    private final Path bin;
    private final Path dir;
    private int port;
    private final boolean asPostgresUser;
    private boolean running;
    private String superuserPassword = "";

    private ThrowawayPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates a fresh cluster and starts it; throws naming the reason when that is not possible. */
    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        return start(null);
    }

    /**
     * As {@link #start}, but connections over 127.0.0.1 must log in with a password (scram-sha-256), as on a real
     * team server; the superuser's is {@code superuserPassword}. The private Unix socket stays trusted.
     */
    public static ThrowawayPostgres startWithPasswords(char[] superuserPassword)
            throws IOException, InterruptedException {
        if (superuserPassword == null || superuserPassword.length == 0) {
            throw new IllegalArgumentException("a superuser password is needed");
        }
        return start(superuserPassword);
    }

    private static ThrowawayPostgres start(char[] superuserPassword) throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("dialogcoder-pg-");
        if (root) {
            // the postgres user must be able to enter the temporary folder and own the cluster's folder
            dir.toFile().setExecutable(true, false);
            dir.toFile().setReadable(true, false);
            run(List.of("chown", "postgres:", dir.toString()), dir, "chown");
        }
        ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, freePort(), root);
        try {
            List<String> init = new ArrayList<>(List.of("-D", pg.data().toString(), "-U", SUPERUSER, "-E", "UTF8",
                    "--no-locale", "--no-sync"));
            if (superuserPassword == null) {
                init.add("--auth=trust");
            } else {
                Path pwfile = dir.resolve("superuser.pw");
                Files.writeString(pwfile, new String(superuserPassword) + "\n");
                if (root) {
                    run(List.of("chown", "postgres:", pwfile.toString()), dir, "chown");
                }
                init.addAll(List.of("--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + pwfile));
                pg.superuserPassword = new String(superuserPassword);
            }
            try {
                pg.command("initdb", init);
            } finally {
                Files.deleteIfExists(dir.resolve("superuser.pw"));
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    pg.command("pg_ctl", List.of("-D", pg.data().toString(), "-l", pg.log().toString(), "-w", "-t",
                            String.valueOf(START_SECONDS), "-o", "-p " + pg.port + " -k " + dir
                                    + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                                    + " -c full_page_writes=off", "start"));
                    pg.running = true;
                    return pg;
                } catch (IOException e) {
                    // the port was taken: try another one (PostgreSQL itself tells, no socket is opened here)
                    if (attempt >= 5 || !String.valueOf(e.getMessage()).contains("could not bind")) {
                        throw e;
                    }
                    pg.port = freePort();
                }
            }
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** The temporary folder holding the cluster, its socket and its log; deleted by {@link #close}. */
    public Path directory() {
        return dir;
    }

    public int port() {
        return port;
    }

    /** JDBC URL of a database on this server (the cluster has {@code postgres}; {@link #createDatabase} adds). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Connects as the superuser (with its password when the server was started with passwords). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, superuserPassword);
    }

    /** Creates an empty UTF-8 database. */
    public void createDatabase(String name) throws IOException {
        try (Connection c = connect("postgres"); var s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\" ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IOException("could not create the database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server at once and deletes its folder. */
    @Override
    public void close() throws IOException {
        try {
            if (running) {
                running = false;
                command("pg_ctl", List.of("-D", data().toString(), "-m", "immediate", "-w", "stop"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Path log() {
        return dir.resolve("server.log");
    }

    private void command(String program, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(args);
        try {
            run(cmd, dir, program);
        } catch (IOException e) {
            String log = Files.exists(log()) ? Files.readString(log()) : "(no server log)";
            throw new IOException(e.getMessage() + "\nserver log:\n" + log, e);
        }
    }

    private static void run(List<String> cmd, Path dir, String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        boolean done = p.waitFor(START_SECONDS + 30, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes());
        if (!done) {
            p.destroyForcibly();
            throw new IOException(what + " did not finish in " + (START_SECONDS + 30) + " s: " + out);
        }
        if (p.exitValue() != 0) {
            throw new IOException(what + " failed (exit " + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + out);
        }
    }

    /** The newest installed PostgreSQL (15 or later) of the distribution, or PG_BIN when set. */
    private static Path binaries() throws IOException {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Path.of(env);
        }
        Path base = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(base)) {
            try (Stream<Path> versions = Files.list(base)) {
                Path best = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .filter(v -> version(v) >= 15)
                        .max(Comparator.comparingInt(ThrowawayPostgres::version)).orElse(null);
                if (best != null) {
                    return best.resolve("bin");
                }
            }
        }
        throw new IOException("PostgreSQL 15 or later is not installed (no /usr/lib/postgresql/NN/bin/initdb, and "
                + "PG_BIN is not set): install it with `apt-get install -y postgresql` (.ci/run does).");
    }

    private static int version(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A port of the dynamic range picked at random; {@link #start} tries another when PostgreSQL finds it taken. */
    private static int freePort() {
        return 20000 + new java.util.Random().nextInt(40000);
    }
}
