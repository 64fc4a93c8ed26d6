package se.dialogcoder.app.teamwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.app.teamwork.SyncReport.Kind;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.store.PulledCopy;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * {@code server sync} on a real PostgreSQL server: a lead and the coders Anna and Bo, the fixture pushed, Anna pulls
 * and codes offline while Bo codes on the server; Anna's sync sends exactly her changes, a second sync nothing;
 * conflicts are listed and nothing is lost; a copy pulled as Bo cannot be synced as Anna.
 */
class TeamSyncTest {
    private static final String LEAD = "Lena Lead";
    private static final String SKANE = "2025_skane_dialog.txt";
    private static final String GOTLAND = "Gotland anteckningar.docx";
    private static ThrowawayPostgres pg;
    private final TeamServer team = new TeamServer(new ServerLogin(Map.of(), null));

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        pg = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    /** A team database with the fixture pushed: the admin's address, and the lead's, Anna's and Bo's. */
    private record Team(ServerAddress admin, ServerAddress lead, ServerAddress anna, ServerAddress bo) {
    }

    private Team team(String database) throws Exception {
        pg.createDatabase(database);
        ServerAddress admin = as(database, ThrowawayPostgres.SUPERUSER);
        team.init(admin);
        ServerAddress lead = as(database, team.addCoder(admin, LEAD, TeamServer.Role.LEAD, null));
        ServerAddress anna = as(database, team.addCoder(admin, TeamFixture.ANNA, TeamServer.Role.CODER, null));
        ServerAddress bo = as(database, team.addCoder(admin, TeamFixture.BO, TeamServer.Role.CODER, null));
        team.push(TeamFixture.build(dir.resolve(database + ".dcproj")), admin);
        return new Team(admin, lead, anna, bo);
    }

    private static ServerAddress as(String database, String role) {
        return ServerAddress.parse("postgresql://127.0.0.1:" + pg.port() + "/" + database + "?user=" + role);
    }

    private static List<String> codings(ServerAddress server) throws StoreException {
        try (Project p = ProjectStores.open(server, null, true)) {
            return codings(p);
        }
    }

    private static List<String> codings(Path file) throws StoreException {
        try (Project p = ProjectStores.openReadOnly(file)) {
            return codings(p);
        }
    }

    private static List<String> codings(Project p) throws StoreException {
        return TeamFixture.snapshot(p).stream().filter(l -> l.startsWith("coding ")).toList();
    }

    private static List<String> codes(ServerAddress server) throws StoreException {
        try (Project p = ProjectStores.open(server, null, true)) {
            return TeamFixture.snapshot(p).stream().filter(l -> l.startsWith("code ")).toList();
        }
    }

    private static List<PulledCopy.Entry> baseline(Path file) throws StoreException {
        try (Project p = ProjectStores.openReadOnly(file)) {
            return p.read(tx -> tx.pulledCopy().baseline());
        }
    }

    /** Works on a project (a copy, or the server as a coder) in one unit of work. */
    private interface Step {
        void run(UnitOfWork tx, Ids ids) throws StoreException;
    }

    private record Ids(Map<String, Long> documents, Map<String, Long> codes, UnitOfWork tx) {
        long coder(String name) throws StoreException {
            return tx.coders().getOrCreate(name).id();
        }

        Coding coding(String document, String uid, int start, int end) throws StoreException {
            return tx.codings().forDocument(documents.get(document)).stream()
                    .filter(c -> c.codeId() == codes.get(uid) && c.start() == start && c.end() == end).findFirst()
                    .orElseThrow();
        }
    }

    private static void change(Project p, Step step) throws StoreException {
        p.write(tx -> {
            Map<String, Long> documents = new java.util.HashMap<>();
            for (Document d : tx.documents().list()) {
                documents.put(d.name(), d.id());
            }
            Map<String, Long> codes = new java.util.HashMap<>();
            for (Code c : tx.codes().list()) {
                codes.put(c.uid(), c.id());
            }
            step.run(tx, new Ids(documents, codes, tx));
            return null;
        });
    }

    private static void change(Path file, Step step) throws StoreException {
        try (Project p = ProjectStores.open(file)) {
            change(p, step);
        }
    }

    private static void change(ServerAddress server, Step step) throws StoreException {
        try (Project p = ProjectStores.open(server, null, false)) {
            change(p, step);
        }
    }

    private static String line(String document, String uid, String coder, int start, int end, String createdAt,
                               String memo) {
        return "coding " + document + " | " + uid + " | " + coder + " | " + start + ".." + end + " | " + createdAt
                + " | memo " + memo;
    }

    @Test
    void aSyncSendsExactlyTheCodersOfflineWorkAndASecondSyncChangesNothing() throws Exception {
        Team t = team("offline");
        Path copy = dir.resolve("anna.dcproj");
        team.pull(t.anna(), copy);
        assertThat(baseline(copy)).as("Anna's two codings as pulled").hasSize(2);

        // Anna offline: two new codings, one deleted, one memo changed
        change(copy, (tx, ids) -> {
            long anna = ids.coder(TeamFixture.ANNA);
            tx.codings().insertCopy(ids.documents().get(GOTLAND), ids.codes().get("uid-es"), anna, 0, 26,
                    "2025-05-01T08:00:00Z", "Nytt offline");
            tx.codings().insertCopy(ids.documents().get(SKANE), ids.codes().get("uid-hp"), anna, 60, 70,
                    "2025-05-01T08:01:00Z", null);
            tx.codings().delete(ids.coding(SKANE, "uid-sp", 60, 110).id());
            tx.codings().setMemo(ids.coding(SKANE, "uid-hp", 13, 48).id(), "Annas memo, ändrat offline 😀");
        });
        // Bo on the server meanwhile: a new coding and a changed memo
        change(t.bo(), (tx, ids) -> {
            long bo = ids.coder(TeamFixture.BO);
            Coding added = tx.codings().insertCopy(ids.documents().get(GOTLAND), ids.codes().get("uid-sp"), bo, 5,
                    15, "2025-05-02T09:00:00Z", "Bo online");
            assertThat(added.id()).isPositive();
            tx.codings().setMemo(ids.coding(SKANE, "uid-es", 120, 150).id(), "Bos memo, ändrat online");
        });
        List<String> before = codings(t.admin());

        SyncReport r = team.sync(copy, null);
        assertThat(r.coder()).isEqualTo(TeamFixture.ANNA);
        assertThat(List.of(r.inserted(), r.deleted(), r.memos())).containsExactly(2, 1, 1);
        assertThat(r.conflicts()).isEmpty();
        List<String> want = new ArrayList<>(before);
        assertThat(want.remove(line(SKANE, "uid-sp", TeamFixture.ANNA, 60, 110, "2025-04-01T10:05:00Z", null)))
                .isTrue();
        assertThat(want.remove(line(SKANE, "uid-hp", TeamFixture.ANNA, 13, 48, "2025-04-01T10:00:00Z",
                "Annas memo"))).isTrue();
        want.add(line(SKANE, "uid-hp", TeamFixture.ANNA, 13, 48, "2025-04-01T10:00:00Z",
                "Annas memo, ändrat offline 😀"));
        want.add(line(GOTLAND, "uid-es", TeamFixture.ANNA, 0, 26, "2025-05-01T08:00:00Z", "Nytt offline"));
        want.add(line(SKANE, "uid-hp", TeamFixture.ANNA, 60, 70, "2025-05-01T08:01:00Z", null));
        List<String> after = codings(t.admin());
        assertThat(after).containsExactlyInAnyOrderElementsOf(want)
                .contains(line(GOTLAND, "uid-sp", TeamFixture.BO, 5, 15, "2025-05-02T09:00:00Z", "Bo online"))
                .contains(line(SKANE, "uid-es", TeamFixture.BO, 120, 150, "2025-04-02T09:00:00Z",
                        "Bos memo, ändrat online"));
        assertThat(baseline(copy)).hasSize(3);

        List<String> copyCodings = codings(copy);
        SyncReport second = team.sync(copy, null);
        assertThat(second.unchanged()).isTrue();
        assertThat(second.conflicts()).isEmpty();
        assertThat(codings(t.admin())).containsExactlyElementsOf(after);
        assertThat(codings(copy)).as("the copy's codings are untouched").containsExactlyElementsOf(copyCodings);
    }

    @Test
    void conflictsAreListedAndNothingIsLostOnEitherSide() throws Exception {
        Team t = team("conflicts");
        Path copy = dir.resolve("anna.dcproj");
        team.pull(t.anna(), copy);
        change(copy, (tx, ids) -> {
            long anna = ids.coder(TeamFixture.ANNA);
            tx.codings().setMemo(ids.coding(SKANE, "uid-hp", 13, 48).id(), "offline");
            tx.codings().delete(ids.coding(SKANE, "uid-sp", 60, 110).id());
            tx.codings().insertCopy(ids.documents().get(GOTLAND), ids.codes().get("uid-es"), anna, 0, 26,
                    "2025-05-01T08:00:00Z", "med en kod som försvinner");
        });
        // Anna online changes the same memo and writes a memo on the coding she deleted offline
        change(t.anna(), (tx, ids) -> {
            tx.codings().setMemo(ids.coding(SKANE, "uid-hp", 13, 48).id(), "online");
            tx.codings().setMemo(ids.coding(SKANE, "uid-sp", 60, 110).id(), "online på den borttagna");
        });
        // the lead merges Efterlevandestöd into Handlingsplaner: the code is gone
        change(t.lead(), (tx, ids) -> {
            for (Coding c : tx.codings().forCode(ids.codes().get("uid-es"))) {
                tx.codings().setCode(c.id(), ids.codes().get("uid-hp"));
            }
            tx.codes().delete(ids.codes().get("uid-es"));
        });
        List<String> server = codings(t.admin());
        List<String> offline = codings(copy);

        SyncReport r = team.sync(copy, null);
        assertThat(r.unchanged()).isTrue();
        assertThat(r.conflicts()).extracting(c -> c.document() + " | " + c.code() + " | " + c.start() + ".."
                + c.end() + " | " + c.kind()).containsExactly(
                SKANE + " | Handlingsplaner | 13..48 | " + Kind.MEMO_CHANGED_ON_BOTH,
                SKANE + " | Suicidprevention | 60..110 | " + Kind.CHANGED_ON_SERVER,
                GOTLAND + " | Suicidprevention / Efterlevandestöd | 0..26 | " + Kind.CODE_GONE);
        assertThat(codings(t.admin())).as("the server keeps its own").containsExactlyElementsOf(server)
                .contains(line(SKANE, "uid-hp", TeamFixture.ANNA, 13, 48, "2025-04-01T10:00:00Z", "online"))
                .contains(line(SKANE, "uid-sp", TeamFixture.ANNA, 60, 110, "2025-04-01T10:05:00Z",
                        "online på den borttagna"));
        assertThat(codings(copy)).as("the copy keeps its own").containsExactlyElementsOf(offline)
                .contains(line(SKANE, "uid-hp", TeamFixture.ANNA, 13, 48, "2025-04-01T10:00:00Z", "offline"))
                .contains(line(GOTLAND, "uid-es", TeamFixture.ANNA, 0, 26, "2025-05-01T08:00:00Z",
                        "med en kod som försvinner"));

        SyncReport again = team.sync(copy, null);
        assertThat(again.unchanged()).isTrue();
        assertThat(again.conflicts()).as("a conflict is found again until the user resolves it")
                .isEqualTo(r.conflicts());
        assertThat(codings(t.admin())).containsExactlyElementsOf(server);
    }

    @Test
    void aCopyPulledAsBoIsRefusedWhenConnectedAsAnnaAndNothingChanges() throws Exception {
        Team t = team("refused");
        Path copy = dir.resolve("bo.dcproj");
        team.pull(t.bo(), copy);
        change(copy, (tx, ids) -> tx.codings().delete(ids.coding(SKANE, "uid-es", 120, 150).id()));
        List<String> server = codings(t.admin());
        List<String> codes = codes(t.admin());
        byte[] file = Files.readAllBytes(copy);

        assertThatThrownBy(() -> team.sync(copy, t.anna())).isInstanceOf(StoreException.class)
                .hasMessageContaining("bo.dcproj was pulled as " + TeamFixture.BO)
                .hasMessageContaining("connects as " + TeamFixture.ANNA).hasMessageContaining("Nothing was changed");
        assertThat(codings(t.admin())).containsExactlyElementsOf(server);
        assertThat(codes(t.admin())).containsExactlyElementsOf(codes);
        assertThat(Files.readAllBytes(copy)).isEqualTo(file);

        assertThatThrownBy(() -> team.sync(copy, t.lead())).isInstanceOf(StoreException.class)
                .hasMessageContaining("connects as " + LEAD);
        assertThat(codings(t.admin())).containsExactlyElementsOf(server);

        SyncReport asBo = team.sync(copy, null);
        assertThat(asBo.deleted()).isEqualTo(1);
        assertThat(codings(t.admin())).hasSize(server.size() - 1);
    }

    @Test
    void aFileThatWasNotPulledOrACopyOfAnotherProjectIsRefused() throws Exception {
        Team t = team("strangers");
        Path plain = TeamFixture.build(dir.resolve("plain.dcproj"));
        assertThatThrownBy(() -> team.sync(plain, t.anna())).isInstanceOf(StoreException.class)
                .hasMessageContaining("plain.dcproj was not pulled from a team server");

        Team other = team("elsewhere");
        Path copy = dir.resolve("anna-elsewhere.dcproj");
        team.pull(other.anna(), copy);
        assertThatThrownBy(() -> team.sync(copy, t.anna())).isInstanceOf(StoreException.class)
                .hasMessageContaining("holds another project than the one anna-elsewhere.dcproj was pulled from");
    }
}
