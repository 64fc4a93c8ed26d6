package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Location;
import se.dialogcoder.app.Services;
import se.dialogcoder.cli.Cli;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.store.postgres.ThrowawayPostgres;

/**
 * Two coders in two windows on one team project on a real PostgreSQL server: what one does appears in the other's
 * counts, open document and codebook within a second, without reloading; undo undoes one's own actions; a coding
 * with a code the lead has just deleted is refused with a clear message and nothing is lost.
 */
class LiveTeamTest {
    private static ThrowawayPostgres server;
    @TempDir
    static Path dir;
    private static String leadUrl;
    private static String annaUrl;
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private ProjectViewModel anna;
    private ProjectViewModel lead;

    private static int cli(Services services, String... args) {
        StringWriter err = new StringWriter();
        int code = Cli.run(services, args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    @BeforeAll
    static void teamProject() throws Exception {
        server = ThrowawayPostgres.start();
        server.createDatabase("live");
        String base = "postgresql://127.0.0.1:" + server.port() + "/live?user=";
        Services admin = new Services(new AppPaths(dir.resolve("admin")));
        Path file = dir.resolve("p.dcproj");
        cli(admin, "new", file.toString(), "--round", "2025");
        cli(admin, "import", file.toString(), "samples/2025_skane_lansdialog.txt", "samples/2025_kalmar_lansdialog.txt");
        cli(admin, "server", "init", "--url", base + ThrowawayPostgres.SUPERUSER);
        cli(admin, "server", "push", file.toString(), "--url", base + ThrowawayPostgres.SUPERUSER);
        StringWriter out = new StringWriter();
        Cli.run(admin, new String[] {"server", "add-coder", "Lena", "--role", "lead", "--url",
            base + ThrowawayPostgres.SUPERUSER}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        leadUrl = base + out.toString().strip();
        out = new StringWriter();
        Cli.run(admin, new String[] {"server", "add-coder", "Anna", "--role", "coder", "--url",
            base + ThrowawayPostgres.SUPERUSER}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        annaUrl = base + out.toString().strip();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @AfterEach
    void closeWindows() {
        for (ProjectViewModel vm : new ProjectViewModel[] {anna, lead}) {
            if (vm != null) {
                onFx(vm::close);
            }
        }
        workers.shutdownNow();
        fx.shutdownNow();
    }

    private void onFx(Runnable r) {
        try {
            fx.submit(r).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T fromFx(Callable<T> c) {
        try {
            return fx.submit(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (at most {@code millis}) until the condition holds, as a person looking at the window would. */
    private void within(long millis, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!fromFx(condition)) {
            assertThat(System.nanoTime()).as("not seen within " + millis + " ms").isLessThan(end);
            Thread.sleep(20);
        }
    }

    private ProjectViewModel window(String name, String url) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name + System.nanoTime()));
        Services services = new Services(new AppPaths(home));
        ProjectViewModel vm = fromFx(() -> new ProjectViewModel(services.workspace(), services.exchanges(), workers,
                fx));
        onFx(() -> vm.open(Location.parse(url), () -> { }));
        within(10_000, () -> vm.projectProperty().get() != null);
        return vm;
    }

    private static Document document(ProjectViewModel vm, County county) {
        return vm.groups().stream().filter(g -> g.county() == county).findFirst().orElseThrow().documents().get(0);
    }

    private Coding codeAt(ProjectViewModel vm, County county, String passage, long codeId) throws Exception {
        Document d = fromFx(() -> document(vm, county));
        onFx(() -> vm.selectedDocumentProperty().set(d));
        within(5_000, () -> vm.openDocumentProperty().get() != null
                && vm.openDocumentProperty().get().document().id() == d.id());
        String text = fromFx(() -> vm.openDocumentProperty().get().text());
        int start = text.codePointCount(0, text.indexOf(passage));
        int before = fromFx(() -> vm.openDocumentProperty().get().codings().size());
        onFx(() -> {
            vm.selectionProperty().set(new int[] {start, start + passage.codePointCount(0, passage.length())});
            vm.coding().applyCode(codeId);
        });
        within(5_000, () -> vm.openDocumentProperty().get().codings().size() == before + 1
                || vm.errorProperty().get() != null);
        return fromFx(() -> vm.openDocumentProperty().get().codings().stream()
                .filter(c -> c.start() == start).findFirst().orElse(null));
    }

    @Test
    void whatOneCoderDoesAppearsInTheOthersWindowWithinASecond() throws Exception {
        lead = window("lead", leadUrl);
        anna = window("anna", annaUrl);
        assertThat(fromFx(() -> anna.coderProperty().get())).as("the database says who codes").isEqualTo("Anna");
        Code plan = fromFx(() -> anna.codes().stream().filter(c -> c.name().equals("Handlingsplaner")).findFirst()
                .orElseThrow());
        // the lead has Skåne open; Anna codes in Skåne
        Document skane = fromFx(() -> document(lead, County.SKANE));
        onFx(() -> lead.selectedDocumentProperty().set(skane));
        within(5_000, () -> lead.openDocumentProperty().get() != null);
        Coding coded = codeAt(anna, County.SKANE, "delregionala nätverken", plan.id());
        assertThat(coded).isNotNull();
        within(1_000, () -> lead.codingCountsProperty().get().getOrDefault(plan.id(), 0) == 1);
        within(1_000, () -> lead.openDocumentProperty().get().codings().stream().anyMatch(c -> c.id() == coded.id()));

        // the lead's codebook change reaches Anna's codebook
        onFx(() -> lead.codebook().addCode(null, "Nytt tema från ledaren", "#112233", c -> { }));
        within(1_000, () -> anna.codes().stream().anyMatch(c -> c.name().equals("Nytt tema från ledaren")));

        // undo undoes Anna's own action, and the lead sees that too
        onFx(() -> anna.coding().undo());
        within(1_000, () -> lead.codingCountsProperty().get().getOrDefault(plan.id(), 0) == 0);
        assertThat(fromFx(() -> lead.codes().stream().anyMatch(c -> c.name().equals("Nytt tema från ledaren"))))
                .as("Anna's undo did not undo the lead's new code").isTrue();
    }

    @Test
    void codingWithACodeTheLeadJustDeletedIsRefusedClearlyAndNothingIsLost() throws Exception {
        lead = window("lead", leadUrl);
        anna = window("anna", annaUrl);
        onFx(() -> lead.codebook().addCode(null, "Tillfälligt tema", "#445566", c -> { }));
        within(1_000, () -> anna.codes().stream().anyMatch(c -> c.name().equals("Tillfälligt tema")));
        Code temporary = fromFx(() -> anna.codes().stream().filter(c -> c.name().equals("Tillfälligt tema"))
                .findFirst().orElseThrow());
        Code kept = fromFx(() -> anna.codes().stream().filter(c -> c.name().equals("Suicidprevention")).findFirst()
                .orElseThrow());
        Coding mine = codeAt(anna, County.KALMAR, "Kalmar", kept.id());
        assertThat(mine).isNotNull();
        Code leadsView = fromFx(() -> lead.codes().stream().filter(c -> c.id() == temporary.id()).findFirst()
                .orElseThrow());
        onFx(() -> lead.codebook().deleteCode(leadsView));
        within(1_000, () -> lead.codes().stream().noneMatch(c -> c.id() == temporary.id()));

        // Anna still has the old codebook on her screen for a moment and codes with the deleted code
        onFx(() -> anna.clearError());
        Document kalmar = fromFx(() -> document(anna, County.KALMAR));
        String text = fromFx(() -> anna.openDocumentProperty().get().text());
        int start = text.codePointCount(0, text.indexOf("län"));
        onFx(() -> {
            anna.selectedDocumentProperty().set(kalmar);
            anna.selectionProperty().set(new int[] {start, start + 3});
            anna.coding().applyCode(temporary.id());
        });
        within(5_000, () -> anna.errorProperty().get() != null);
        assertThat(fromFx(() -> anna.errorProperty().get())).contains("meanwhile");
        within(1_000, () -> anna.codes().stream().noneMatch(c -> c.id() == temporary.id()));
        assertThat(fromFx(() -> anna.openDocumentProperty().get().codings())).extracting(Coding::id)
                .as("her earlier coding is still there").contains(mine.id());
    }
}
