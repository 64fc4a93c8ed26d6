package se.dialogcoder.ui.coding;

import se.dialogcoder.app.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.ui.MainWindow;
import se.dialogcoder.ui.ProjectViewModel;

/**
 * Benchmark of the document view, headless: opening 50 000-word transcripts with 2 000 codings each (more of them
 * than the view keeps in memory, so each open reads the file), and applying a code from key to committed and painted.
 * Prints figures; asserts nothing about time. Run with
 * {@code ./mvnw -o test -Dtest=CodingBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class CodingBenchmark {
    @TempDir
    Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.json"), "{\"coderName\": \"Bänk\", \"hintDismissed\": true}");
        window = MainWindow.of(new Services(new AppPaths(home)), stage);
        window.show();
    }

    @Test
    void openAndCode() throws Exception {
        Path project = home.resolve("bench.dcproj");
        int words = Integer.getInteger("bench.words", 50_000);
        int codingCount = Integer.getInteger("bench.codings", 2_000);
        int documents = Integer.getInteger("bench.documents", 8);
        buildProject(project, words, codingCount, documents);
        ProjectViewModel vm = window.viewModel();
        CountDownLatch opened = new CountDownLatch(1);
        Platform.runLater(() -> vm.open(project, opened::countDown));
        opened.await(60, TimeUnit.SECONDS);
        List<Document> docs = vm.groups().stream().filter(g -> g.county() == County.SKANE).findFirst().orElseThrow()
                .documents();

        // more documents than the view keeps in memory, opened in turn: every measured open reads the file
        List<Long> firstRound = new ArrayList<>();
        List<Long> openTimes = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Document d : docs) {
                (round == 0 ? firstRound : openTimes).add(timeUntilPainted(() -> vm.selectedDocumentProperty().set(d)));
            }
        }
        List<Long> reopenTimes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Document d = docs.get(docs.size() - 2 + i % 2); // the two opened last, in turn
            reopenTimes.add(timeUntilPainted(() -> vm.selectedDocumentProperty().set(d)));
        }
        Document doc = docs.get(0);
        timeUntilPainted(() -> vm.selectedDocumentProperty().set(doc));
        List<Long> codeTimes = new ArrayList<>();
        Random random = new Random(7);
        int length = vm.openDocumentProperty().get().text().length();
        int applies = Integer.getInteger("bench.applies", 120);
        for (int i = 0; i < applies; i++) {
            int start = random.nextInt(length - 200);
            codeTimes.add(timeUntilPainted(() -> {
                vm.selectionProperty().set(new int[] {start, start + 20 + random.nextInt(150)});
                vm.coding().applyPinned(1 + random.nextInt(9));
            }));
        }
        List<Long> undoTimes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            undoTimes.add(timeUntilPainted(vm.coding()::undo));
        }
        long[] undo = undoTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] open = openTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] reopen = reopenTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] code = codeTimes.subList(20, codeTimes.size()).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%nDocument view benchmark (%d documents of %d words with %d codings each, headless Monocle, "
                + "%d cores)%n", documents, words, codingCount, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-46s %8s %8s %8s%n", "measure", "median", "p95", "max");
        System.out.printf("%-46s %6d ms %8s %8s   (text read from the file, code not yet compiled)%n",
                "very first open", ms(firstRound.get(0)), "", "");
        System.out.printf("%-46s %6d ms %6d ms %6d ms   (target <= 300 ms)%n", "open a document (text read from the file)",
                ms(pct(open, 50)), ms(pct(open, 95)), ms(open[open.length - 1]));
        System.out.printf("%-46s %6d ms %6d ms %6d ms%n", "open one of the last six again (text in memory)",
                ms(pct(reopen, 50)), ms(pct(reopen, 95)), ms(reopen[reopen.length - 1]));
        System.out.printf("%-46s %6d ms %6d ms %6d ms   (target p95 <= 30 ms)%n", "apply a code: key to committed + painted",
                ms(pct(code, 50)), ms(pct(code, 95)), ms(code[code.length - 1]));
        System.out.printf("%-46s %6d ms %6d ms %6d ms%n", "undo a coding: Ctrl+Z to committed + painted",
                ms(pct(undo, 50)), ms(pct(undo, 95)), ms(undo[undo.length - 1]));
    }

    private long timeUntilPainted(Runnable action) throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        AtomicReference<Long> end = new AtomicReference<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            javafx.scene.Scene scene = window.documentView().getScene();
            window.documentView().setAfterPaint(() -> {
                // painted = styles set and the next layout pulse (stripes, text cells) done
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    end.compareAndSet(null, System.nanoTime());
                    painted.countDown();
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            });
            start[0] = System.nanoTime();
            action.run();
        });
        if (!painted.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the view did not paint");
        }
        return end.get() - start[0];
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static void buildProject(Path project, int words, int codings, int documents) throws Exception {
        try (Project p = ProjectStores.create(project, "Benchmark", "2025")) {
            se.dialogcoder.exchange.CodebookJson json = new se.dialogcoder.exchange.CodebookJson();
            p.write(tx -> tx.codes().importTree(json.defaultCodebook().codes()));
            LongTranscripts.add(p, documents, words, codings);
        }
    }
}
