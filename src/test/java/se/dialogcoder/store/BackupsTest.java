package se.dialogcoder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.County;

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
