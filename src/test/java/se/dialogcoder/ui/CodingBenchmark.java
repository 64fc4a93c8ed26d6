package se.dialogcoder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import se.dialogcoder.app.Services;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.store.ProjectFile;

/**
 * Benchmark of the document view, headless: opening a 50 000-word transcript with 2 000 codings, and applying a
 * code from key to committed and painted. Prints figures; asserts nothing about time. Run with
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
        window = new MainWindow(new Services(new AppPaths(home)), stage);
        window.show();
    }

    @Test
    void openAndCode() throws Exception {
        Path project = home.resolve("bench.dcproj");
        int words = Integer.getInteger("bench.words", 50_000);
        int codingCount = Integer.getInteger("bench.codings", 2_000);
        buildProject(project, words, codingCount);
        ProjectViewModel vm = window.viewModel();
        CountDownLatch opened = new CountDownLatch(1);
        Platform.runLater(() -> vm.open(project, opened::countDown));
        opened.await(60, TimeUnit.SECONDS);
        Document doc = vm.groups().stream().filter(g -> g.county() == County.SKANE).findFirst().orElseThrow()
                .documents().get(0);

        List<Long> openTimes = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            openTimes.add(timeUntilPainted(() -> {
                vm.selectedDocumentProperty().set(null);
                vm.selectedDocumentProperty().set(doc);
            }));
        }
        List<Long> codeTimes = new ArrayList<>();
        Random random = new Random(7);
        int length = vm.openDocumentProperty().get().text().length();
        int applies = Integer.getInteger("bench.applies", 120);
        for (int i = 0; i < applies; i++) {
            int start = random.nextInt(length - 200);
            codeTimes.add(timeUntilPainted(() -> {
                vm.selectionProperty().set(new int[] {start, start + 20 + random.nextInt(150)});
                vm.applyPinned(1 + random.nextInt(9));
            }));
        }
        long[] open = openTimes.subList(1, openTimes.size()).stream().mapToLong(Long::longValue).sorted().toArray();
        long[] code = codeTimes.subList(20, codeTimes.size()).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%nDocument view benchmark (%d words, %d codings, headless Monocle, %d cores)%n", words,
                codingCount, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-46s %8s %8s %8s%n", "measure", "median", "p95", "max");
        System.out.printf("%-46s %6d ms %8s %8s   (text read from the file, code not yet compiled)%n",
                "first open of the document", ms(openTimes.get(0)), "", "");
        System.out.printf("%-46s %6d ms %6d ms %6d ms   (target <= 300 ms)%n", "open document in the view",
                ms(pct(open, 50)), ms(pct(open, 95)), ms(open[open.length - 1]));
        System.out.printf("%-46s %6d ms %6d ms %6d ms   (target p95 <= 30 ms)%n", "apply a code: key to committed + painted",
                ms(pct(code, 50)), ms(pct(code, 95)), ms(code[code.length - 1]));
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

    private static void buildProject(Path project, int words, int codings) throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("samples.dir", "samples"),
                "2025_skane_lansdialog.txt"));
        List<String> turns = Arrays.stream(sample.split("\n\n")).filter(t -> t.contains(": ")).toList();
        StringBuilder text = new StringBuilder("Länsdialog – Region Skåne (benchmark)\n\n");
        List<TextUnit> units = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < words; i++) {
            String turn = turns.get(i % turns.size());
            int start = text.codePointCount(0, text.length());
            text.append(turn).append("\n\n");
            int end = start + turn.codePointCount(0, turn.length());
            String speaker = turn.substring(0, turn.indexOf(": "));
            units.add(new TextUnit(units.size(), UnitKind.TURN, start, end, start + speaker.length() + 2, speaker,
                    null, null));
            count += turn.split("\\s+").length;
        }
        String body = text.toString();
        try (ProjectFile p = ProjectFile.create(project, "Benchmark", "2025")) {
            se.dialogcoder.exchange.CodebookJson json = new se.dialogcoder.exchange.CodebookJson();
            p.write(tx -> tx.codes().importTree(json.defaultCodebook().codes()));
            Random random = new Random(11);
            p.write(tx -> {
                Document d = tx.documents().insert(new NewDocument("benchmark", County.SKANE, DocumentKind.TRANSCRIPT,
                        "2025", null, "bench.txt", body, units));
                long coder = tx.coders().getOrCreate("Bänk").id();
                var codes = tx.codes().list();
                int length = body.codePointCount(0, body.length());
                for (int i = 0; i < codings; i++) {
                    int start = random.nextInt(length - 400);
                    tx.codings().insert(d.id(), codes.get(random.nextInt(codes.size())).id(), coder, start,
                            start + 30 + random.nextInt(350));
                }
                return null;
            });
        }
    }
}
