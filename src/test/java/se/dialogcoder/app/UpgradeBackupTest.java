package se.dialogcoder.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.County;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.sqlite.Backups;
import se.dialogcoder.store.sqlite.StoreFixtures;

/**
 * Opening a project saved by an earlier DialogCoder (file format version 1) in the app, as the window does: the
 * file as it was is kept among the project's backups before it is upgraded, or it is not upgraded at all.
 */
class UpgradeBackupTest {
    private static final String ID = "6f1c2d8e-0000-4000-8000-000000000001";
    @TempDir
    Path dir;
    private Services services;
    private Path project;
    private byte[] original;

    @BeforeEach
    void setUp() throws Exception {
        services = new Services(new AppPaths(dir.resolve("home")));
        project = dir.resolve("gammalt.dcproj");
        StoreFixtures.writeV1Project(project);
        original = Files.readAllBytes(project);
    }

    private List<Path> copiesBeforeUpgrade() throws Exception {
        return services.workspace().backups().list(ID).stream().filter(b -> Backups.upgradedFrom(b).isPresent()).toList();
    }

    @Test
    void theOriginalIsAmongTheBackupsByteForByteAndCanBeRestored() throws Exception {
        try (Project p = services.workspace().open(project)) {
            assertThat(p.info().schemaVersion()).isEqualTo(ProjectStores.FILE_VERSION);
        }
        List<Path> backups = services.workspace().backups().list(ID);
        assertThat(backups).as("the original, and the usual backup of the upgraded project").hasSize(2);
        Path copy = copiesBeforeUpgrade().get(0);
        assertThat(copy.getFileName().toString()).endsWith("_gammalt_before-upgrade-v1.dcproj");
        assertThat(copy).hasBinaryContent(original);
        assertThat(ProjectStores.fileVersion(project)).isEqualTo(ProjectStores.FILE_VERSION);

        Backups.restore(copy, project);
        assertThat(project).as("back as the earlier version saved it").hasBinaryContent(original);
    }

    @Test
    void aBackupIsNeverOpenedForWritingSoTheKeptOriginalStaysAsItWas() throws Exception {
        services.workspace().open(project).close();
        Path copy = copiesBeforeUpgrade().get(0);
        assertThatThrownBy(() -> services.workspace().open(copy)).isInstanceOf(se.dialogcoder.store.ReadOnlyLocationException.class)
                .hasMessageContaining(copy.getFileName().toString()).hasMessageContaining("read-only");
        assertThatThrownBy(() -> services.workspace().openForChange(copy))
                .isInstanceOf(se.dialogcoder.store.ReadOnlyLocationException.class);
        try (Project readOnly = services.workspace().openReadOnly(copy)) {
            assertThat(readOnly.isReadOnly()).isTrue();
        }
        assertThat(copy).as("still the file as version 1 saved it").hasBinaryContent(original);
    }

    @Test
    void theOriginalIsNotPushedOutByLaterBackups() throws Exception {
        for (int i = 0; i < services.workspace().settings().backupsToKeep + 3; i++) {
            int n = i;
            try (Project p = services.workspace().open(project)) {
                p.write(tx -> tx.documents().insert(StoreFixtures.document("Dok " + n, County.GOTLAND, "Text " + n)));
            }
        }
        assertThat(services.workspace().backups().list(ID)).hasSize(services.workspace().settings().backupsToKeep + 1);
        assertThat(copiesBeforeUpgrade()).singleElement().satisfies(c -> assertThat(c).hasBinaryContent(original));
    }

    @Test
    void whenTheCopyCannotBeMadeTheProjectIsNotOpenedAndStaysAsItWas() throws Exception {
        Path blocker = dir.resolve("home").resolve("backups").resolve(ID);
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "a file where the backup folder should be");

        assertThatThrownBy(() -> services.workspace().open(project)).isInstanceOf(StoreException.class)
                .hasMessageContaining("gammalt.dcproj").hasMessageContaining("file format version 1")
                .hasMessageContaining("in the way").hasMessageContaining("not upgraded and not opened");
        assertThat(project).hasBinaryContent(original);
        assertThat(dir).isDirectoryNotContaining("glob:**-wal").isDirectoryNotContaining("glob:**-shm")
                .isDirectoryNotContaining("glob:**.lock");

        Files.delete(blocker);
        try (Project p = services.workspace().open(project)) {
            assertThat(p.info().name()).isEqualTo("Gammalt projekt");
        }
        assertThat(copiesBeforeUpgrade()).singleElement().satisfies(c -> assertThat(c).hasBinaryContent(original));
    }
}
