package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.teamwork.TeamFixture;
import se.dialogcoder.model.Document;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * {@code dialogcoder server sync} end to end on a PostgreSQL that asks for passwords: Anna pulls, codes offline,
 * syncs (exit 0, JSON counts), a second sync sends nothing and says so; a memo changed on both sides exits 3 with
 * the conflict named; Bo's password and role on Anna's copy exit 1 and change nothing.
 */
class ServerSyncCliTest extends CliTestBase {
    private static final String ADMIN_PASSWORD = "admins-lösen";
    private static final String ANNA_PASSWORD = "annas-lösen";
    private static final String BO_PASSWORD = "bos-lösen";
    private static ThrowawayPostgres pg;
    private static String annaRole;
    private static String boRole;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        pg = ThrowawayPostgres.startWithPasswords(ADMIN_PASSWORD.toCharArray());
        pg.createDatabase("team");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static String url(String role) {
        return "postgresql://127.0.0.1:" + pg.port() + "/team?user=" + role;
    }

    private void as(String password) {
        services = new Services(new AppPaths(dir.resolve("home")), new ServerLogin(Map.of("PGPASSWORD", password),
                null));
    }

    private int withStdin(String input, String... args) {
        java.io.InputStream before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void anOfflineCopyIsSyncedOnceThenNothingIsSentAndConflictsExitThree() throws Exception {
        as(ADMIN_PASSWORD);
        String admin = url(ThrowawayPostgres.SUPERUSER);
        assertThat(run("server", "init", "--url", admin)).as(err).isZero();
        assertThat(withStdin(ANNA_PASSWORD + "\n", "server", "add-coder", TeamFixture.ANNA, "--role", "coder",
                "--url", admin, "--password-stdin")).as(err).isZero();
        annaRole = out.strip();
        assertThat(withStdin(BO_PASSWORD + "\n", "server", "add-coder", TeamFixture.BO, "--role", "coder",
                "--url", admin, "--password-stdin")).as(err).isZero();
        boRole = out.strip();
        assertThat(run("server", "push", TeamFixture.build(dir.resolve("team.dcproj")).toString(), "--url", admin))
                .as(err).isZero();

        as(ANNA_PASSWORD);
        Path copy = dir.resolve("anna.dcproj");
        assertThat(run("server", "pull", "--url", url(annaRole), copy.toString())).as(err).isZero();
        try (Project p = ProjectStores.open(copy)) {
            p.write(tx -> {
                Document gotland = tx.documents().list().stream().filter(d -> d.name().startsWith("Gotland"))
                        .findFirst().orElseThrow();
                long code = tx.codes().list().stream().filter(c -> c.uid().equals("uid-hp")).findFirst()
                        .orElseThrow().id();
                tx.codings().insert(gotland.id(), code, tx.coders().getOrCreate(TeamFixture.ANNA).id(), 0, 26);
                return null;
            });
        }

        assertThat(run("server", "sync", copy.toString(), "--json")).as(err).isZero();
        assertThat(out).containsPattern("\"inserted\"\\s*:\\s*1").containsPattern("\"changed\"\\s*:\\s*true")
                .containsPattern("\"conflicts\"\\s*:\\s*\\[\\s*]");
        assertThat(err).contains("anna.dcproj").contains("127.0.0.1:" + pg.port() + "/team")
                .contains("sent 1 new codings, 0 deletions, 0 changed memos; no conflicts.");

        assertThat(run("server", "sync", copy.toString())).as(err).isZero();
        assertThat(err).contains("nothing to send, the server already has this copy's work; no conflicts.");
        assertThat(out).isEmpty();

        // coding in the copy from the command line, as Anna would: the copy is hers, so no --coder is needed
        assertThat(run("code", copy.toString(), "--document", "Gotland anteckningar.docx", "--start", "0", "--end",
                "11", "--code", "Handlingsplaner")).as(err).isZero();
        assertThat(err).contains("for " + TeamFixture.ANNA);
        assertThat(run("code", copy.toString(), "--document", "Gotland anteckningar.docx", "--start", "0", "--end",
                "5", "--code", "Handlingsplaner", "--coder", TeamFixture.BO)).isEqualTo(Cli.FAILED);
        assertThat(err).contains("recorded as " + TeamFixture.ANNA);
        assertThat(run("server", "sync", copy.toString())).as(err).isZero();
        assertThat(err).contains("sent 1 new codings");

        // the same memo changed offline and online
        try (Project p = ProjectStores.open(copy)) {
            p.write(tx -> {
                tx.codings().setMemo(tx.codings().all().stream().filter(c -> c.start() == 13).findFirst()
                        .orElseThrow().id(), "offline");
                return null;
            });
        }
        try (Project s = ProjectStores.open(se.dialogcoder.app.ServerAddress.parse(url(annaRole)), ANNA_PASSWORD,
                false)) {
            s.write(tx -> {
                tx.codings().setMemo(tx.codings().all().stream().filter(c -> c.start() == 13).findFirst()
                        .orElseThrow().id(), "online");
                return null;
            });
        }
        assertThat(run("server", "sync", copy.toString(), "--json")).as(err).isEqualTo(Cli.PARTIAL);
        assertThat(err).contains("1 conflict left as they are on both sides")
                .contains("conflict: 2025_skane_dialog.txt, Handlingsplaner, 13–48: the memo was changed in the "
                        + "copy and on the server since the pull");
        assertThat(out).containsPattern("\"kind\"\\s*:\\s*\"memo-changed-on-both\"");

        // Bo's role on Anna's copy
        byte[] before = Files.readAllBytes(copy);
        as(BO_PASSWORD);
        assertThat(run("server", "sync", copy.toString(), "--url", url(boRole))).isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("dialogcoder: ").contains("anna.dcproj was pulled as Anna Lind")
                .contains("connects as Bo Ek").doesNotContain("Exception");
        assertThat(out).isEmpty();
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }
}
