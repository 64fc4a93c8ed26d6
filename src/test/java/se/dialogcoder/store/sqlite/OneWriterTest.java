package se.dialogcoder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.County;
import se.dialogcoder.store.ProjectLockedException;
import se.dialogcoder.store.ReadOnlyLocationException;
import se.dialogcoder.store.StoreException;

/** One project, one writer: a second writer is refused with a choice, read-only works, stale locks clear. */
class OneWriterTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedButReadOnlyWorks() throws Exception {
        Path file = dir.resolve("p.dcproj");
        try (ProjectFile writer = ProjectFile.create(file, "P", null)) {
            writer.write(tx -> tx.documents().insert(StoreFixtures.document("A", County.SKANE, "Text")));
            assertThatThrownBy(() -> ProjectFile.open(file)).isInstanceOf(ProjectLockedException.class)
                    .hasMessageContaining("p.dcproj").hasMessageContaining("read-only");
            try (ProjectFile reader = ProjectFile.openReadOnly(file)) {
                assertThat(reader.isReadOnly()).isTrue();
                int docs = reader.read(tx -> tx.documents().list().size());
                assertThat(docs).isEqualTo(1);
                assertThatThrownBy(() -> reader.write(tx -> tx.coders().getOrCreate("X")))
                        .hasMessageContaining("read-only");
            }
        }
        try (ProjectFile again = ProjectFile.open(file)) {
            assertThat(again.isReadOnly()).isFalse();
        }
    }

    @Test
    void anotherProcessHoldingTheLockIsDetectedAndAStaleLockIsCleared() throws Exception {
        Path file = dir.resolve("p.dcproj");
        ProjectFile.create(file, "P", null).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldOpen.class.getName(), file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("OPEN");
            assertThatThrownBy(() -> ProjectFile.open(file)).isInstanceOf(ProjectLockedException.class)
                    .hasMessageContaining("process " + child.pid());
            child.destroyForcibly(); // the holder crashes: its lock file stays behind
            child.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(ProjectLock.lockFile(file)).exists();
        try (ProjectFile p = ProjectFile.open(file)) {
            assertThat(p.isReadOnly()).isFalse();
            assertThat(Files.readString(ProjectLock.lockFile(file))).contains("process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void aReadOnlyFolderOpensReadOnly() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path file = folder.resolve("p.dcproj");
        try (ProjectFile p = ProjectFile.create(file, "P", null)) {
            p.write(tx -> tx.documents().insert(StoreFixtures.document("A", County.SKANE, "Text")));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = false;
        try {
            if (Files.isWritable(file)) {
                // root writes through permissions: make file and folder immutable instead, as a read-only medium is
                immutable = chattr("+i", file, folder);
            }
            Assumptions.assumeFalse(Files.isWritable(file), "the folder cannot be made read-only for this user");
            assertThatThrownBy(() -> ProjectFile.open(file)).isInstanceOf(ReadOnlyLocationException.class);
            try (ProjectFile p = ProjectFile.openReadOnly(file)) {
                java.util.List<se.dialogcoder.model.Document> docs = p.read(tx -> tx.documents().list());
                assertThat(docs).hasSize(1);
            }
        } finally {
            if (immutable) {
                chattr("-i", file, folder);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Runs chattr (ext4 and most Linux file systems); false when it cannot. */
    private static boolean chattr(String flag, Path... paths) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("chattr", flag));
        for (Path p : paths) {
            cmd.add(p.toString());
        }
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aFullDiskRollsTheActionBackWithAMessage() throws Exception {
        Path file = dir.resolve("p.dcproj");
        try (ProjectFile p = ProjectFile.create(file, "P", null)) {
            p.write(tx -> tx.documents().insert(StoreFixtures.document("A", County.SKANE, "Kort text")));
            int pages;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = c.createStatement(); var r = s.executeQuery("PRAGMA page_count")) {
                r.next();
                pages = r.getInt(1);
            }
            p.limitPagesForTest(pages + 2); // the "disk" is full two pages from now
            assertThatThrownBy(() -> p.write(tx -> tx.documents().insert(
                    StoreFixtures.document("B", County.SKANE, "lång text ".repeat(20_000)))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("disk is full")
                    .hasMessageContaining("as it was");
            int docs = p.read(tx -> tx.documents().list().size());
            assertThat(docs).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("ok");
        }
    }

    /** Child process: opens a project for writing and keeps it open until killed. */
    public static final class HoldOpen {
        public static void main(String[] args) throws Exception {
            ProjectFile p = ProjectFile.open(Path.of(args[0]));
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(60_000);
            p.close();
        }
    }
}
