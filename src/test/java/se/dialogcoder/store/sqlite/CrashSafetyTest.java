package se.dialogcoder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.County;

/**
 * A child JVM writes codings in a loop and is killed with SIGKILL at a random moment, many times. Every coding
 * whose commit returned must be there afterwards, and the file must pass {@code PRAGMA integrity_check}.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void everyCommittedCodingSurvivesAKill() throws Exception {
        Path file = dir.resolve("crash.dcproj");
        long[] ids;
        try (ProjectFile p = ProjectFile.create(file, "Krasch", "2025")) {
            ids = p.write(tx -> new long[] {
                tx.documents().insert(StoreFixtures.document("Text", County.KALMAR, "å".repeat(1000))).id(),
                tx.codes().insert(null, null, "Tema", null, null, null, "#0072B2", 0).id(),
                tx.coders().getOrCreate("Kodare").id()});
        }
        int rounds = Integer.getInteger("crash.rounds", 25);
        Random random = new Random(20251123L);
        Set<Long> committed = new HashSet<>();
        for (int round = 0; round < rounds; round++) {
            List<Long> seen = runAndKill(file, ids, 50 + random.nextInt(400));
            committed.addAll(seen);
            Set<Long> present = presentIds(file);
            assertThat(present).as("round %d: every coding whose commit returned is present", round)
                    .containsAll(committed);
            assertThat(integrity(file)).isEqualTo("ok");
        }
        assertThat(committed).as("the child got to commit codings at all").hasSizeGreaterThan(rounds);
        try (ProjectFile p = ProjectFile.open(file)) {
            int count = p.read(tx -> tx.codings().count());
            assertThat(count).isGreaterThanOrEqualTo(committed.size());
        }
    }

    private static List<Long> runAndKill(Path file, long[] ids, int millisAfterReady) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), file.toString(), Long.toString(ids[0]), Long.toString(ids[1]),
                Long.toString(ids[2])).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if ("READY".equals(line)) {
                        synchronized (seen) {
                            seen.notifyAll();
                        }
                    } else {
                        synchronized (seen) {
                            seen.add(Long.parseLong(line.trim()));
                        }
                    }
                }
            } catch (Exception ignored) {
                // the child was killed mid-line: the half line is not a returned commit
            }
        });
        reader.start();
        synchronized (seen) {
            seen.wait(20_000);
        }
        Thread.sleep(millisAfterReady);
        child.destroyForcibly(); // SIGKILL on Linux and macOS
        child.waitFor(20, TimeUnit.SECONDS);
        reader.join(5_000);
        synchronized (seen) {
            return new ArrayList<>(seen);
        }
    }

    private static Set<Long> presentIds(Path file) throws Exception {
        Set<Long> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM coding")) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    private static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            return r.getString(1);
        }
    }
}
