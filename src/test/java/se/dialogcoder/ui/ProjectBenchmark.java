package se.dialogcoder.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.bench.Benchmark;
import se.dialogcoder.app.bench.PeakMemory;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.ui.analysis.AnalysisWindow;
import se.dialogcoder.ui.coding.LongTranscripts;

/**
 * The main window on a big project, headless: opening it, scrolling the document list, opening long transcripts,
 * coding, and every analysis view; with the process's peak resident memory. Prints each figure with its target;
 * asserts nothing about time. Run on the 10× project of {@code bench --scale 10 --keep DIR} with
 * {@code ./mvnw -o test -Dtest=ProjectBenchmark -Dbench=true -Dtest.heap=768m -Dbench.project=DIR/bench.dcproj};
 * without {@code bench.project} it builds one ({@code bench} at {@code -Dbench.scale}, default 1). The project is
 * copied first (never changed) and the copy gets {@code bench.documents} transcripts of {@code bench.words} words
 * with {@code bench.codings} codings each (see {@link LongTranscripts}).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ProjectBenchmark {
    private static final long TIMEOUT_SECONDS = 600;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final String WORKER = "dialogcoder-worker";
    private static final String RENDERER = "QuantumRenderer-0";

    /** One measurement: the time until shown, and the CPU time the FX thread, the worker and the renderer used. */
    private record Sample(long wall, long fx, long worker, long renderer) {
    }
    @TempDir
    Path home;
    private Services services;
    private MainWindow window;
    private boolean allMet = true;
    /** The figures' lines, printed together at the end. */
    private final List<String> out = new ArrayList<>();
    /** When the last {@link #timeUntilPulse} started its action. */
    private volatile long lastStart;

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"Bänk\", \"hintDismissed\": true}");
        services = new Services(new AppPaths(home));
        window = MainWindow.of(services, stage);
        window.show();
    }

    @Test
    void bigProject() throws Exception {
        String loadBefore = loadAverage();
        long t = System.nanoTime();
        Path project = prepare();
        double prepareSeconds = (System.nanoTime() - t) / 1e9;
        long rssPrepared = PeakMemory.residentBytes();
        ProjectViewModel vm = window.viewModel();
        String parts = System.getProperty("bench.parts", "list,documents,coding,analysis");

        openTimes(vm, project);
        if (parts.contains("list")) {
            documentList();
        }
        List<Document> longDocs = documents(vm, d -> d.name().startsWith("benchmark "));
        if (parts.contains("documents")) {
            openingDocuments(vm, longDocs);
        }
        Random random = new Random(7);
        if (parts.contains("coding") || parts.contains("analysis")) {
            openDocument(vm, longDocs.get(0));
        }
        if (parts.contains("coding")) {
            coding(vm, longDocs.get(0), random);
        }
        if (parts.contains("analysis")) {
            analysisViews(vm, random);
        }

        System.gc();
        if (Boolean.getBoolean("bench.histogram")) {
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(home.resolveSibling(home.getFileName() + "-histogram.txt").toFile()).start()
                    .waitFor();
        }
        long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long peak = PeakMemory.residentBytes();
        int documents = onFx(() -> vm.groups().stream().mapToInt(g -> g.documents().size()).sum());
        System.out.printf("%nGUI benchmark: %,d documents, %,d codings (%s, %.0f MB); headless Monocle, %d cores, "
                + "max heap %d MB; prepared in %.0f s%n", documents, vm.lists().codingTotal(), project.getFileName(),
                Files.size(project) / 1e6, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, prepareSeconds);
        System.out.printf("load average before: %s; after: %s%n", loadBefore, loadAverage());
        System.out.printf("%-60s %9s %9s %9s %-17s  %s%n", "measure", "median", "p95", "max", "CPU ms: FX wkr rnd",
                "target");
        out.forEach(System.out::println);
        boolean memoryMet = peak > 0 && peak <= 1L << 30;
        allMet &= memoryMet;
        System.out.printf("%-60s %9s %9s %9s %-17s  %s%n", "peak RSS of the process (VmHWM)", mb(peak), "", "", "",
                "≤ 1 GB " + (memoryMet ? "✔" : "✘"));
        System.out.printf("  RSS after preparing the copy %s, now %s; heap in use after GC %s%n", mb(rssPrepared),
                mb(currentRss()), mb(heapUsed));
        System.out.println(allMet ? "every target met" : "some targets missed (✘)");
    }

    /** Opening: from the command to the lists and counts shown and the next layout pulse done. */
    private void openTimes(ProjectViewModel vm, Path project) throws Exception {
        List<Sample> backups = new ArrayList<>();
        Sample cold = openProject(vm, project, backups);
        List<Sample> opens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opens.add(openProject(vm, project, backups));
        }
        row("open the project → window usable (first, JIT cold)", List.of(cold), 2000, false);
        row("open the project again (warm)", opens, 2000, false);
        row("  the backup taken on opening written (changes wait for it)", backups, -1, false);
    }

    /** The document list: every county opened, then scrolled a page at a time to its end, and a mouse wheel. */
    private void documentList() throws Exception {
        TreeView<?> tree = onFx(() -> (TreeView<?>) window.stage().getScene().lookup("#navigator"));
        Sample expand = timeUntilPulse(() -> tree.getRoot().getChildren().forEach(c -> c.setExpanded(true)), () -> true);
        VirtualFlow<?> flow = onFx(() -> (VirtualFlow<?>) tree.lookup(".virtual-flow"));
        List<Sample> pages = new ArrayList<>();
        int rows = onFx(tree::getExpandedItemCount);
        for (int i = 0; i < 400 && !onFx(() -> atEnd(flow, rows)); i++) {
            pages.add(timeUntilPulse(() -> flow.scrollPixels(flow.getHeight() - 24), () -> true));
        }
        List<Sample> wheel = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            wheel.add(timeUntilPulse(() -> flow.scrollPixels(-3 * 24.0), () -> true));
        }
        Sample collapse = timeUntilPulse(() -> tree.getRoot().getChildren().forEach(c -> c.setExpanded(false)),
                () -> true);
        row("open all 21 counties in the document list (" + rows + " rows)", List.of(expand), -1, false);
        row("scroll the document list a page (" + pages.size() + " pages)", pages, 300, true);
        row("scroll the document list 3 rows (mouse wheel)", wheel, 300, true);
        row("close all counties", List.of(collapse), -1, false);
    }

    /** Long transcripts, more than the view keeps in memory, opened in turn (rounds 2 and 3 read the file). */
    private void openingDocuments(ProjectViewModel vm, List<Document> longDocs) throws Exception {
        List<Sample> firstRound = new ArrayList<>();
        List<Sample> longOpens = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Document d : longDocs) {
                (round == 0 ? firstRound : longOpens).add(openDocument(vm, d));
            }
        }
        List<Document> ordinary = documents(vm, d -> !d.name().startsWith("benchmark ")).subList(0, 12);
        List<Sample> ordinaryOpens = new ArrayList<>();
        for (Document d : ordinary) {
            ordinaryOpens.add(openDocument(vm, d));
        }
        row("very first open of a long transcript (JIT cold)", firstRound.subList(0, 1), -1, false);
        row("open a " + Integer.getInteger("bench.words", 50_000) / 1000 + "k-word document with "
                + Integer.getInteger("bench.codings", 2_000) + " codings", longOpens, 300, true);
        row("open an ordinary document of the project", ordinaryOpens, 300, true);
    }

    /** Coding on a long transcript: key to committed, counts updated and painted. */
    private void coding(ProjectViewModel vm, Document target, Random random) throws Exception {
        int applies = Integer.getInteger("bench.applies", 120);
        int totalBefore = vm.lists().codingTotal();
        int docCountBefore = vm.documentCountsProperty().get().getOrDefault(target.id(), 0);
        List<Sample> codeTimes = new ArrayList<>();
        for (int i = 0; i < applies; i++) {
            codeTimes.add(applyCode(vm, random));
        }
        boolean countsFollowed = vm.lists().codingTotal() == totalBefore + applies
                && vm.documentCountsProperty().get().getOrDefault(target.id(), 0) == docCountBefore + applies;
        row("apply a code: key → committed, counts, painted", codeTimes.subList(Math.min(20, applies / 5), applies),
                30, true);
        List<Sample> commits = new ArrayList<>();
        long codeId = onFx(() -> vm.codes().get(0).id());
        int length = onFx(() -> vm.openDocumentProperty().get().text().length());
        for (int i = 0; i < 40; i++) {
            int start = random.nextInt(length - 200);
            java.util.concurrent.CompletableFuture<Long> took = new java.util.concurrent.CompletableFuture<>();
            onFx(() -> {
                vm.query(s -> {
                    long t = System.nanoTime();
                    s.code(target.id(), codeId, "Bänk", start, start + 50);
                    long d = System.nanoTime() - t;
                    s.undo();
                    return d;
                }, took::complete);
                return null;
            });
            commits.add(new Sample(took.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), -1, -1, -1));
        }
        row("  of it the commit alone (write, totals folded in, on the worker)", commits.subList(10, 40), -1, false);
        out.add("  counts followed every coding (codebook, document list, status line): "
                + (countsFollowed ? "yes ✔" : "no ✘"));
        allMet &= countsFollowed;
    }

    /**
     * The analysis views, from the command to the figures shown: the window opened at each tab after a coding (so
     * the tab reads again), and the tabs switched in the open window after a coding; then searches.
     */
    private void analysisViews(ProjectViewModel vm, Random random) throws Exception {
        Sample first = showAnalysis(AnalysisWindow.Page.FREQUENCIES);
        AnalysisWindow.Page[] pages = {AnalysisWindow.Page.FREQUENCIES, AnalysisWindow.Page.MATRIX,
            AnalysisWindow.Page.COOCCURRENCE, AnalysisWindow.Page.CHARTS, AnalysisWindow.Page.COMPARE,
            AnalysisWindow.Page.RETRIEVAL};
        Map<AnalysisWindow.Page, List<Sample>> opened = new java.util.LinkedHashMap<>();
        Map<AnalysisWindow.Page, List<Sample>> switched = new java.util.LinkedHashMap<>();
        for (int round = 0; round < 5; round++) {
            for (AnalysisWindow.Page page : pages) {
                onFx(() -> {
                    window.analysisWindow().close();
                    return null;
                });
                applyCode(vm, random);
                opened.computeIfAbsent(page, p -> new ArrayList<>()).add(showAnalysis(page));
            }
            for (AnalysisWindow.Page page : pages) {
                applyCode(vm, random);
                timeUntilPulse(() -> { }, () -> !window.analysisWindow().busyProperty().get()); // the shown tab read
                switched.computeIfAbsent(page, p -> new ArrayList<>()).add(showAnalysis(page));
            }
        }
        List<Sample> searches = new ArrayList<>();
        for (String query : Benchmark.QUERIES) {
            searches.add(search(query));
        }
        row("first open of the analysis window (frequencies, JIT cold)", List.of(first), 200, false);
        for (AnalysisWindow.Page page : pages) {
            String name = page.name().toLowerCase(java.util.Locale.ROOT);
            row("analysis window opened at " + name + " (after a coding)", opened.get(page), 200, false);
            row("  " + name + " tab chosen in the open window (after a coding)", switched.get(page), 200, false);
        }
        row("search: first page shown (" + searches.size() + " queries)", searches, 200, false);
        out.add(String.format("  nodes in the scenes: main window %,d, analysis window %,d", nodes(
                window.stage().getScene().getRoot()), nodes(window.analysisWindow().stage().getScene().getRoot())));
    }

    private static int nodes(javafx.scene.Node n) {
        int count = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                count += nodes(c);
            }
        }
        return count;
    }

    /** The project to measure: a copy of {@code bench.project} (or a new bench project) with long transcripts added. */
    private Path prepare() throws Exception {
        Path copy = home.resolve("gui-bench.dcproj");
        String given = System.getProperty("bench.project");
        if (given != null && !given.isBlank()) {
            Files.copy(Path.of(given), copy, StandardCopyOption.COPY_ATTRIBUTES);
        } else {
            Path dir = home.resolve("bench");
            Benchmark.Options o = Benchmark.Options.defaults().scaled(Integer.getInteger("bench.scale", 1));
            services.benchmark().run(new Benchmark.Options(o.counties(), o.docsPerCounty(), o.words(), o.codings(),
                    o.seed(), dir, o.scale()), s -> System.out.println("bench: " + s));
            Files.move(dir.resolve("bench.dcproj"), copy);
        }
        try (Project p = ProjectStores.open(copy)) {
            LongTranscripts.add(p, Integer.getInteger("bench.documents", 8), Integer.getInteger("bench.words", 50_000),
                    Integer.getInteger("bench.codings", 2_000));
        }
        return copy;
    }

    /** Opens the project; adds to {@code backups} the time until its backup is written and changes can be saved. */
    private Sample openProject(ProjectViewModel vm, Path project, List<Sample> backups) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Sample usable = timeUntilPulse(() -> vm.open(project, () -> done.set(true)), () -> done.get()
                && vm.groups().size() == County.values().length + 1 && !vm.codingCountsProperty().get().isEmpty()
                && navigatorFilled());
        vm.session().project().writable().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        backups.add(new Sample(System.nanoTime() - lastStart, -1, -1, -1));
        return usable;
    }

    private boolean navigatorFilled() {
        TreeView<?> tree = (TreeView<?>) window.stage().getScene().lookup("#navigator");
        return tree.getRoot().getChildren().size() >= County.values().length;
    }

    private Sample openDocument(ProjectViewModel vm, Document d) throws Exception {
        AtomicBoolean painted = new AtomicBoolean();
        return timeUntilPulse(() -> {
            window.documentView().setAfterPaint(() -> painted.set(true));
            vm.selectedDocumentProperty().set(d);
        }, painted::get);
    }

    private Sample applyCode(ProjectViewModel vm, Random random) throws Exception {
        AtomicBoolean painted = new AtomicBoolean();
        int length = onFx(() -> vm.openDocumentProperty().get().text().length());
        Object[] countsBefore = new Object[1];
        int start = random.nextInt(length - 200);
        int end = start + 20 + random.nextInt(150);
        int key = 1 + random.nextInt(9);
        return timeUntilPulse(() -> {
            countsBefore[0] = vm.codingCountsProperty().get();
            window.documentView().setAfterPaint(() -> painted.set(true));
            vm.selectionProperty().set(new int[] {start, end});
            vm.coding().applyPinned(key);
        }, () -> painted.get() && vm.codingCountsProperty().get() != countsBefore[0]);
    }

    private Sample showAnalysis(AnalysisWindow.Page page) throws Exception {
        return timeUntilPulse(() -> window.showAnalysis(page), () -> !window.analysisWindow().busyProperty().get());
    }

    private Sample search(String query) throws Exception {
        return timeUntilPulse(() -> {
            window.showAnalysis(AnalysisWindow.Page.SEARCH);
            window.analysisWindow().search().queryProperty().set(query);
            window.analysisWindow().search().search();
        }, () -> window.analysisWindow().search().resultProperty().get() != null
                && query.equals(window.analysisWindow().search().resultProperty().get().query()));
    }

    private static boolean atEnd(VirtualFlow<?> flow, int rows) {
        var last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= rows - 1;
    }

    /**
     * Runs {@code action} on the FX thread and returns the nanoseconds until the end of the first layout pulse at
     * which {@code ready} holds (checked after each pulse; a pulse is asked for while it does not).
     */
    private Sample timeUntilPulse(Runnable action, BooleanSupplier ready) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicLong start = new AtomicLong();
        AtomicLong end = new AtomicLong();
        long[] fx = new long[2];
        long[] others = new long[4];
        Platform.runLater(() -> {
            Scene scene = window.stage().getScene();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (ready.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    end.set(System.nanoTime());
                    fx[1] = THREADS.getCurrentThreadCpuTime();
                    others[1] = cpu(WORKER);
                    others[3] = cpu(RENDERER);
                    finished.countDown();
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            others[0] = cpu(WORKER);
            others[2] = cpu(RENDERER);
            fx[0] = THREADS.getCurrentThreadCpuTime();
            start.set(System.nanoTime());
            lastStart = start.get();
            action.run();
            Platform.requestNextPulse();
        });
        if (!finished.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not ready after " + TIMEOUT_SECONDS + " s");
        }
        return new Sample(end.get() - start.get(), fx[1] - fx[0], others[1] - others[0], others[3] - others[2]);
    }

    /** The CPU time a thread of this name has used so far (0 when there is none). */
    private static long cpu(String thread) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(thread)) {
                return Math.max(0, THREADS.getThreadCpuTime(t.getId()));
            }
        }
        return 0;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Platform.runLater(task);
        return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static List<Document> documents(ProjectViewModel vm, java.util.function.Predicate<Document> which)
            throws Exception {
        return onFx(() -> vm.groups().stream().flatMap(g -> g.documents().stream()).filter(which).toList());
    }

    /**
     * Adds a line: median, p95 and max of the time in ms, with the target ({@code p95}: the p95 is held to it, else
     * the max), and the median CPU time of the FX thread, the worker and the renderer.
     */
    private void row(String measure, List<Sample> samples, long targetMs, boolean p95) {
        long[] sorted = samples.stream().mapToLong(Sample::wall).sorted().toArray();
        long median = pct(sorted, 50);
        long p = pct(sorted, 95);
        long max = sorted[sorted.length - 1];
        String target = "";
        if (targetMs > 0) {
            boolean met = (p95 ? p : max) <= targetMs * 1_000_000;
            allMet &= met;
            target = (p95 ? "p95 " : "") + "≤ " + targetMs + " ms " + (met ? "✔" : "✘");
        }
        String cpu = samples.get(0).fx() < 0 ? "" : String.format("%5d %5d %5d", median(samples, Sample::fx),
                median(samples, Sample::worker), median(samples, Sample::renderer));
        out.add(String.format("%-60s %9s %9s %9s %-17s  %s", measure, ms(median), sorted.length == 1 ? "" : ms(p),
                sorted.length == 1 ? "" : ms(max), cpu, target));
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> part) {
        return Math.round(pct(samples.stream().mapToLong(part).sorted().toArray(), 50) / 1e6);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    private static String ms(long nanos) {
        return String.format("%,d ms", Math.round(nanos / 1e6));
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format("%,d MB", bytes >> 20);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** The resident memory now ({@code VmRSS}), or -1 where the system does not say. */
    private static long currentRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
