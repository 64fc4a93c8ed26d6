package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.teamwork.TeamFixture;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * {@code dialogcoder server …} end to end on a real PostgreSQL that asks coders for passwords: init, add-coder (a
 * lead and two coders), push a project file, pull it back as the lead and as a blind coder, reveal; refusals (push
 * twice, an existing OUT, a bad address, a wrong or missing password) exit 1 with the address and no stack trace.
 * The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerCliTest extends CliTestBase {
    private static final String ADMIN_PASSWORD = "admins-lösen";
    private static final String LEAD = "Lena Lead";
    private static final String LEAD_PASSWORD = "lenas-lösen";
    private static final String ANNA_PASSWORD = "annas-lösen";
    private static ThrowawayPostgres pg;
    private static String admin;
    private static String leadRole;
    private static String annaRole;
    private static String boRole;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        pg = ThrowawayPostgres.startWithPasswords(ADMIN_PASSWORD.toCharArray());
        pg.createDatabase("team");
        admin = url(ThrowawayPostgres.SUPERUSER);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static String url(String role) {
        return "postgresql://127.0.0.1:" + pg.port() + "/team?user=" + role.replace(" ", "%20");
    }

    /** The command line with this environment for passwords and no console to prompt on. */
    private void as(Map<String, String> environment) {
        services = new Services(new AppPaths(dir.resolve("home")), new ServerLogin(environment, null));
    }

    private int withStdin(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    private void assertPlainFailure(int code) {
        assertThat(code).as(err).isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("dialogcoder: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).isEmpty();
    }

    private static List<String> snapshot(Path file) throws Exception {
        try (Project p = ProjectStores.openReadOnly(file)) {
            return TeamFixture.snapshot(p);
        }
    }

    @Test
    @Order(1)
    void initThenAddALeadAndTwoCoders() {
        as(Map.of("PGPASSWORD", ADMIN_PASSWORD));
        assertThat(run("server", "init", "--url", admin)).as(err).isZero();
        assertThat(err).contains("127.0.0.1:" + pg.port() + "/team");

        assertThat(withStdin(LEAD_PASSWORD + "\n", "server", "add-coder", LEAD, "--role", "lead", "--url", admin,
                "--password-stdin")).as(err).isZero();
        leadRole = out.strip();
        assertThat(leadRole).isNotBlank().doesNotContain(" ").doesNotContain("\n");
        assertThat(err).contains(leadRole).contains("lead").doesNotContain(LEAD_PASSWORD);

        assertThat(withStdin(ANNA_PASSWORD + "\n", "server", "add-coder", TeamFixture.ANNA, "--role", "coder",
                "--url", admin, "--password-stdin", "--json")).as(err).isZero();
        assertThat(out).containsPattern("\"coder\"\\s*:\\s*\"Anna Lind\"")
                .containsPattern("\"rights\"\\s*:\\s*\"coder\"");
        annaRole = out.replaceAll("(?s).*\"role\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(annaRole).isNotBlank().isNotEqualTo(leadRole);

        assertThat(run("server", "add-coder", TeamFixture.BO, "--role", "coder", "--url", admin)).as(err).isZero();
        boRole = out.strip();
        assertThat(err).contains("without a password");
        assertThat(List.of(leadRole, annaRole, boRole)).doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void pushUploadsTheProjectAndASecondPushIsRefused() throws Exception {
        as(Map.of("PGPASSWORD", ADMIN_PASSWORD));
        Path file = TeamFixture.build(dir.resolve("team.dcproj"));
        byte[] before = Files.readAllBytes(file);
        assertThat(run("server", "push", file.toString(), "--url", admin, "--json")).as(err).isZero();
        assertThat(out).contains("\"documents\"").contains("\"codings\"");
        assertThat(err).contains("2 documents, 3 codes, 2 coders, 5 codings, 2 sets, 5 memos");
        assertThat(Files.readAllBytes(file)).as("the pushed file is only read").isEqualTo(before);

        assertPlainFailure(run("server", "push", file.toString(), "--url", admin));
        assertThat(err).contains("127.0.0.1:" + pg.port() + "/team").contains("already holds");
    }

    @Test
    @Order(3)
    void theLeadPullsAnExactCopy() throws Exception {
        as(Map.of("PGPASSWORD", LEAD_PASSWORD));
        Path out = dir.resolve("pulled-by-lead.dcproj");
        assertThat(run("server", "pull", "--url", url(leadRole), out.toString())).as(err).isZero();
        // the same project in every table, the team's lead being one more coder of the server's project
        List<String> want = snapshot(dir.resolve("team.dcproj")).stream().map(l -> l.startsWith("coders ")
                ? "coders [" + TeamFixture.ANNA + ", " + TeamFixture.BO + ", " + LEAD + "]" : l).toList();
        assertThat(want).contains("coders [" + TeamFixture.ANNA + ", " + TeamFixture.BO + ", " + LEAD + "]");
        assertThat(snapshot(out)).containsExactlyElementsOf(want);
    }

    @Test
    @Order(4)
    void aBlindCoderPullsOnlyTheirOwnCodingsUntilTheLeadReveals() throws Exception {
        as(Map.of("PGPASSWORD", ANNA_PASSWORD));
        Path blind = dir.resolve("anna-blind.dcproj");
        assertThat(run("server", "pull", "--url", url(annaRole), blind.toString())).as(err).isZero();
        List<String> codings = snapshot(blind).stream().filter(l -> l.startsWith("coding ")).toList();
        assertThat(codings).hasSize(2).allMatch(l -> l.contains("| " + TeamFixture.ANNA + " |"));

        as(Map.of("PGPASSWORD", LEAD_PASSWORD));
        assertThat(run("server", "reveal", "--url", url(leadRole))).as(err).isZero();
        as(Map.of("PGPASSWORD", ANNA_PASSWORD));
        Path revealed = dir.resolve("anna-revealed.dcproj");
        assertThat(run("server", "pull", "--url", url(annaRole), revealed.toString())).as(err).isZero();
        assertThat(snapshot(revealed).stream().filter(l -> l.startsWith("coding "))).hasSize(5);

        as(Map.of("PGPASSWORD", LEAD_PASSWORD));
        assertThat(run("server", "reveal", "--url", url(leadRole), "--hide")).as(err).isZero();
        as(Map.of("PGPASSWORD", ANNA_PASSWORD));
        Path hidden = dir.resolve("anna-hidden.dcproj");
        assertThat(run("server", "pull", "--url", url(annaRole), hidden.toString())).as(err).isZero();
        assertThat(snapshot(hidden).stream().filter(l -> l.startsWith("coding "))).hasSize(2);
    }

    @Test
    @Order(5)
    void pullNeverOverwritesAFile() throws Exception {
        as(Map.of("PGPASSWORD", LEAD_PASSWORD));
        Path existing = dir.resolve("team.dcproj");
        byte[] before = Files.readAllBytes(existing);
        assertPlainFailure(run("server", "pull", "--url", url(leadRole), existing.toString()));
        assertThat(err).contains("team.dcproj").contains("already exists");
        assertThat(Files.readAllBytes(existing)).isEqualTo(before);
    }

    @Test
    @Order(6)
    void aWrongOrMissingPasswordFailsNamingTheAddressAndLeavesNoFile() {
        Path out = dir.resolve("never.dcproj");
        as(Map.of("PGPASSWORD", "fel"));
        assertPlainFailure(run("server", "pull", "--url", url(leadRole), out.toString()));
        assertThat(err).contains("127.0.0.1:" + pg.port() + "/team").contains("password authentication failed");
        assertThat(out).doesNotExist();

        as(Map.of());
        assertPlainFailure(run("server", "pull", "--url", url(leadRole), out.toString()));
        assertThat(err).contains(url(leadRole)).contains("PGPASSWORD").contains("~/.pgpass");
        assertThat(out).doesNotExist();
    }

    @Test
    @Order(7)
    void aBadAddressFailsNamingIt() {
        as(Map.of());
        assertPlainFailure(run("server", "init", "--url", "postgresql://127.0.0.1:1/nowhere"));
        assertThat(err).contains("127.0.0.1:1/nowhere");

        assertPlainFailure(run("server", "reveal", "--url", "postgresql://lena:hemligt@127.0.0.1/team"));
        assertThat(err).contains("password does not belong in the address").doesNotContain("hemligt");

        assertPlainFailure(run("server", "pull", "--url", "team.dcproj", dir.resolve("x.dcproj").toString()));
        assertThat(err).contains("team.dcproj").contains("not a server address");
    }

    @Test
    @Order(8)
    void aMissingRoleOrUrlIsAUsageError() {
        as(Map.of("PGPASSWORD", ADMIN_PASSWORD));
        assertThat(run("server", "add-coder", "X", "--url", admin)).isEqualTo(Cli.USAGE);
        assertThat(run("server", "add-coder", "X", "--role", "boss", "--url", admin)).isEqualTo(Cli.USAGE);
        assertThat(run("server", "push", "a.dcproj")).isEqualTo(Cli.USAGE);
    }
}
