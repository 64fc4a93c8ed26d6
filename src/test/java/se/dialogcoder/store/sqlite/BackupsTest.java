package se.dialogcoder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.County;
import se.dialogcoder.store.StoreException;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheNewestFiveConsistentCopies() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), 5);
        Path file = dir.resolve("p.dcproj");
        String id;
        try (ProjectFile p = ProjectFile.create(file, "P", null)) {
            id = p.info().id();
            for (int i = 0; i < 7; i++) {
                int n = i;
                p.write(tx -> tx.documents().insert(StoreFixtures.document("Dok " + n, County.SKANE, "Text " + n)));
                backups.take(p);
            }
        }
        List<Path> list = backups.list(id);
        assertThat(list).hasSize(5);
        try (ProjectFile newest = ProjectFile.open(list.get(0)); ProjectFile oldest = ProjectFile.open(list.get(4))) {
            int newestDocs = newest.read(tx -> tx.documents().list().size());
            int oldestDocs = oldest.read(tx -> tx.documents().list().size());
            assertThat(newestDocs).isEqualTo(7);
            assertThat(oldestDocs).isEqualTo(3);
        }
    }

    @Test
    void anUnchangedProjectIsBackedUpOnceSoRepeatedOpeningsPushNothingOut() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), 2);
        Path file = dir.resolve("p.dcproj");
        try (ProjectFile p = ProjectFile.create(file, "P", null)) {
            String id = p.info().id();
            Path first = backups.take(p);
            p.write(tx -> tx.documents().insert(StoreFixtures.document("Dok", County.SKANE, "Text")));
            Path second = backups.take(p);
            for (int i = 0; i < 3; i++) {
                assertThat(backups.take(p)).as("the same state again").isEqualTo(second);
            }
            assertThat(backups.list(id)).containsExactly(second, first);
            assertThat(dir.resolve("backups").resolve(id)).isDirectoryNotContaining("glob:**.partial");
        }
    }

    @Test
    void aBackupBeforeAChangeThatChangedNothingIsDroppedAndTheOlderOnesStay() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), 2);
        Path file = dir.resolve("p.dcproj");
        try (ProjectFile p = ProjectFile.create(file, "P", null)) {
            String id = p.info().id();
            backups.take(p);
            p.write(tx -> tx.documents().insert(StoreFixtures.document("Ett", County.SKANE, "Ett")));
            backups.take(p);
            p.write(tx -> tx.documents().insert(StoreFixtures.document("Två", County.SKANE, "Två")));
            List<Path> before = backups.list(id);

            Backups.Snapshot s = backups.snapshot(p);
            long changes = p.changeCount();
            assertThat(s.isNew()).isTrue();
            assertThatThrownBy(() -> p.write(tx -> {
                tx.documents().insert(StoreFixtures.document("Fyra", County.SKANE, "Fyra"));
                throw new IllegalStateException("fails half-way");
            })).hasMessageContaining("half-way");
            assertThat(backups.keepIfChanged(p, s, changes)).as("rolled back: same content").isFalse();
            assertThat(backups.list(id)).isEqualTo(before);

            s = backups.snapshot(p);
            changes = p.changeCount();
            p.write(tx -> tx.documents().insert(StoreFixtures.document("Tre", County.SKANE, "Tre")));
            assertThat(backups.keepIfChanged(p, s, changes)).isTrue();
            assertThat(backups.list(id)).containsExactly(s.file(), before.get(0));
        }
    }

    private static final String V1_ID = "6f1c2d8e-0000-4000-8000-000000000001";

    @Test
    void theOriginalOfAnOlderFileIsKeptByteForByteAndOutlivesTheRotation() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), 2);
        Path file = dir.resolve("gammalt.dcproj");
        StoreFixtures.writeV1Project(file);
        byte[] original = Files.readAllBytes(file);
        try (ProjectFile p = ProjectFile.open(file, backups::keepBeforeUpgrade)) {
            for (int i = 0; i < 4; i++) {
                int n = i;
                p.write(tx -> tx.documents().insert(StoreFixtures.document("Dok " + n, County.SKANE, "Text " + n)));
                backups.take(p);
            }
        }
        List<Path> list = backups.list(V1_ID);
        assertThat(list).hasSize(3);
        Path copy = list.stream().filter(b -> Backups.upgradedFrom(b).isPresent()).findFirst().orElseThrow();
        assertThat(copy.getFileName().toString()).endsWith("_gammalt_before-upgrade-v1.dcproj");
        assertThat(Backups.upgradedFrom(copy)).hasValue(1);
        assertThat(Backups.upgradedFrom(list.get(0))).isEmpty();
        assertThat(Files.readAllBytes(copy)).isEqualTo(original);
        assertThat(dir.resolve("backups").resolve(V1_ID)).isDirectoryNotContaining("glob:**.partial");

        // restored, the original is a version-1 file again; upgrading it again keeps no second, equal copy
        Backups.restore(copy, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        try (ProjectFile p = ProjectFile.open(file, backups::keepBeforeUpgrade)) {
            assertThat(p.info().schemaVersion()).isEqualTo(ProjectFile.CURRENT_VERSION);
        }
        assertThat(backups.list(V1_ID).stream().filter(b -> Backups.upgradedFrom(b).isPresent())).containsExactly(copy);
    }

    @Test
    void committedChangesLeftInALogByACrashAreInTheKeptOriginal() throws Exception {
        Path live = dir.resolve("live.dcproj");
        Path file = dir.resolve("kraschat.dcproj");
        StoreFixtures.writeV1Project(live);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.executeUpdate("UPDATE project SET name = 'Sparat före kraschen'");
            // the files as a crash would leave them: the change is only in the log
            Files.copy(live, file);
            Files.copy(dir.resolve("live.dcproj-wal"), dir.resolve("kraschat.dcproj-wal"));
        }
        Path mainFileOnly = Files.copy(file, dir.resolve("utan-logg.dcproj"));
        try (ProjectFile p = ProjectFile.openReadOnly(mainFileOnly)) {
            assertThat(p.info().name()).as("the main file alone misses the change").isEqualTo("Gammalt projekt");
        }
        Backups backups = new Backups(dir.resolve("backups"), 5);
        Path copy = backups.keepBeforeUpgrade(file, V1_ID, 1);
        assertThat(ProjectFile.schemaVersion(copy)).isEqualTo(1);
        assertThat(dir.resolve("backups").resolve(V1_ID)).isDirectoryNotContaining("glob:**-wal");
        try (ProjectFile p = ProjectFile.openReadOnly(copy)) {
            assertThat(p.info().name()).isEqualTo("Sparat före kraschen");
        }
    }

    @Test
    void whenTheOriginalCannotBeKeptNothingIsLeftBehind() throws Exception {
        Path file = dir.resolve("gammalt.dcproj");
        StoreFixtures.writeV1Project(file);
        Files.createDirectories(dir.resolve("backups"));
        Files.writeString(dir.resolve("backups").resolve(V1_ID), "a file where the folder should be");
        Backups backups = new Backups(dir.resolve("backups"), 5);
        assertThatThrownBy(() -> backups.keepBeforeUpgrade(file, V1_ID, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining(V1_ID).hasMessageContaining("in the way");
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheReplacedFileAside() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), 5);
        Path file = dir.resolve("p.dcproj");
        Path backup;
        try (ProjectFile p = ProjectFile.create(file, "P", null)) {
            p.write(tx -> tx.documents().insert(StoreFixtures.document("Före", County.SKANE, "Före")));
            backup = backups.take(p);
            p.write(tx -> tx.documents().insert(StoreFixtures.document("Efter", County.SKANE, "Efter")));
        }
        Path aside = Backups.restore(backup, file);
        assertThat(aside).exists();
        try (ProjectFile p = ProjectFile.open(file); ProjectFile old = ProjectFile.open(aside)) {
            int now = p.read(tx -> tx.documents().list().size());
            int before = old.read(tx -> tx.documents().list().size());
            assertThat(now).isEqualTo(1);
            assertThat(before).isEqualTo(2);
        }
    }

    @Test
    void aBrokenBackupIsNotRestored() throws Exception {
        Path file = dir.resolve("p.dcproj");
        ProjectFile.create(file, "P", null).close();
        byte[] before = Files.readAllBytes(file);
        Path junk = Files.writeString(dir.resolve("junk.dcproj"), "nonsense");
        assertThatThrownBy(() -> Backups.restore(junk, file)).hasMessageContaining("junk.dcproj");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
