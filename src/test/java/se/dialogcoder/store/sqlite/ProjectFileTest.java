package se.dialogcoder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.store.ProjectLockedException;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

class ProjectFileTest {
    @TempDir
    Path dir;

    @Test
    void newProjectHasForeignKeysWalAndCurrentVersion() throws Exception {
        Path file = dir.resolve("p.dcproj");
        try (ProjectFile p = ProjectFile.create(file, "Länsdialoger 2025", "2025")) {
            assertThat(p.info().name()).isEqualTo("Länsdialoger 2025");
            assertThat(p.info().schemaVersion()).isEqualTo(Migrations.CURRENT);
            String[] pragmas = p.read(tx -> new String[] {pragma(tx, "foreign_keys"), pragma(tx, "journal_mode")});
            assertThat(pragmas).containsExactly("1", "wal");
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            assertThat(p.info().round()).isEqualTo("2025");
        }
    }

    private static String pragma(UnitOfWork tx, String name) throws StoreException {
        // reach the connection through a table query: pragmas are plain SELECT-able values
        return ((Tx) tx).project().pragma(name);
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path file = dir.resolve("x.dcproj");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> ProjectFile.create(file, "x", null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("x.dcproj").hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aFailedWriteLeavesTheProjectAsItWas() throws Exception {
        try (ProjectFile p = ProjectFile.create(dir.resolve("p.dcproj"), "p", null)) {
            Document d = p.write(tx -> tx.documents().insert(StoreFixtures.document("A", County.SKANE, "Hej hopp")));
            assertThatThrownBy(() -> p.write(tx -> {
                long coder = tx.coders().getOrCreate("Kodare").id();
                long code = tx.codes().insert(null, null, "Tema", null, null, null, "#E69F00", 0).id();
                tx.codings().insert(d.id(), code, coder, 0, 3);
                return tx.codings().insert(d.id(), code, coder, 5, 999); // outside the text: refused
            })).isInstanceOf(StoreException.class).hasMessageContaining("outside the document");
            int codings = p.read(tx -> tx.codings().count());
            int codes = p.read(tx -> tx.codes().count());
            java.util.List<se.dialogcoder.model.Coder> coders = p.read(tx -> tx.coders().list());
            assertThat(codings).isZero();
            assertThat(codes).isZero();
            assertThat(coders).isEmpty();
        }
    }

    @Test
    void codingOffsetsAreCodePointsThatSqliteSubstrUnderstands() throws Exception {
        String text = "𝄞 Region Jämtland Härjedalen har en handlingsplan.";
        try (ProjectFile p = ProjectFile.create(dir.resolve("p.dcproj"), "p", null)) {
            Coding c = p.write(tx -> {
                Document d = tx.documents().insert(StoreFixtures.document("Jämtland", County.JAMTLAND, text));
                long coder = tx.coders().getOrCreate("Kodare").id();
                long code = tx.codes().insert(null, null, "Handlingsplaner", null, null, null, "#E69F00", 0).id();
                int start = text.codePointCount(0, text.indexOf("handlingsplan"));
                return tx.codings().insert(d.id(), code, coder, start, start + "handlingsplan".length());
            });
            assertThat(c.start()).isEqualTo(36);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.dcproj"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT substr(d.text, c.start + 1, c.end - c.start) FROM coding c "
                     + "JOIN document d ON d.id = c.document_id")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("handlingsplan");
        }
    }

    @Test
    void aVersionOneProjectIsMigratedWithItsDataIntact() throws Exception {
        Path file = dir.resolve("old.dcproj");
        StoreFixtures.writeV1Project(file);
        try (ProjectFile p = ProjectFile.open(file, (f, id, v) -> { })) {
            assertThat(p.info().schemaVersion()).isEqualTo(Migrations.CURRENT);
            assertThat(p.info().name()).isEqualTo("Gammalt projekt");
            Document d = p.read(tx -> tx.documents().byName("Skåne 2024")).orElseThrow();
            assertThat(d.county()).isEqualTo(County.SKANE);
            String text = p.read(tx -> tx.documents().text(d.id()));
            Coding coding = p.read(tx -> tx.codings().forDocument(d.id())).get(0);
            assertThat(text.substring(coding.start(), coding.end())).isEqualTo("länsgemensam handlingsplan");
            // what version 2 added works on the migrated data: memos and the full-text index
            p.write(tx -> {
                tx.project().setMemo("Migrerat");
                return null;
            });
            String memo = p.read(tx -> tx.project().memo());
            int exact = p.read(tx -> ((Tx) tx).project().ftsCount("handlingsplan"));
            int prefix = p.read(tx -> ((Tx) tx).project().ftsCount("länsgem*"));
            int folded = p.read(tx -> ((Tx) tx).project().ftsCount("lansgem*"));
            assertThat(memo).isEqualTo("Migrerat");
            assertThat(exact).isEqualTo(1);
            assertThat(prefix).isEqualTo(1);
            assertThat(folded).isZero();
            // what version 8 added: the words of the documents stored before, for the word forms of a search
            List<String> words = p.read(tx -> tx.search().wordsStartingWith("handlingsplan"));
            assertThat(words).containsExactly("handlingsplan");
            // and what version 3 added: the pseudonym table
            int number = p.write(tx -> tx.pseudonyms().add("name", "ab12", "k1"));
            assertThat(number).isEqualTo(1);
        }
    }

    @Test
    void anOlderFileIsHandedOverUntouchedWhileTheLockIsHeldThenUpgraded() throws Exception {
        Path file = dir.resolve("old.dcproj");
        StoreFixtures.writeV1Project(file);
        byte[] original = Files.readAllBytes(file);
        List<String> calls = new ArrayList<>();
        try (ProjectFile p = ProjectFile.open(file, (f, id, version) -> {
            calls.add(f.getFileName() + " " + id + " v" + version);
            assertThat(f).as("as the older version left it").hasBinaryContent(original);
            assertThatThrownBy(() -> ProjectFile.open(f, (f2, id2, v2) -> { }))
                    .as("no other writer meanwhile").isInstanceOf(ProjectLockedException.class);
        })) {
            assertThat(p.info().schemaVersion()).isEqualTo(Migrations.CURRENT);
        }
        assertThat(calls).containsExactly("old.dcproj 6f1c2d8e-0000-4000-8000-000000000001 v1");
        try (ProjectFile p = ProjectFile.open(file, (f, id, version) -> calls.add("again"))) {
            assertThat(p.info().name()).isEqualTo("Gammalt projekt");
        }
        assertThat(calls).as("a current file is not handed over").hasSize(1);
    }

    @Test
    void whenTheOriginalCannotBeKeptAnOlderFileIsNeitherUpgradedNorOpened() throws Exception {
        Path file = dir.resolve("old.dcproj");
        StoreFixtures.writeV1Project(file);
        byte[] original = Files.readAllBytes(file);
        assertThatThrownBy(() -> ProjectFile.open(file, (f, id, version) -> {
            throw new StoreException(se.dialogcoder.model.UserMessage.of("err.backup.upgradeCopy",
                    "the copy {0} cannot be written ({1}).", "/backups/x", "the disk is full"));
        })).isInstanceOf(StoreException.class).isNotInstanceOf(ProjectLockedException.class)
                .hasMessageContaining("old.dcproj").hasMessageContaining("file format version 1")
                .hasMessageContaining("the disk is full").hasMessageContaining("not upgraded")
                .hasMessageContaining("unchanged");
        assertThatThrownBy(() -> ProjectFile.open(file)).as("nowhere to keep it: refused")
                .hasMessageContaining("old.dcproj").hasMessageContaining("not upgraded");

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(dir).isDirectoryNotContaining("glob:**-wal").isDirectoryNotContaining("glob:**-shm")
                .isDirectoryNotContaining("glob:**.lock");
        try (ProjectFile p = ProjectFile.open(file, (f, id, version) -> { })) {
            assertThat(p.info().schemaVersion()).as("the lock was let go").isEqualTo(Migrations.CURRENT);
        }
    }

    @Test
    void aProjectFromANewerVersionIsRefusedAndNotTouched() throws Exception {
        Path file = dir.resolve("future.dcproj");
        ProjectFile.create(file, "Framtid", null).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA journal_mode = DELETE");
            s.executeUpdate("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ProjectFile.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("future.dcproj").hasMessageContaining("newer DialogCoder")
                .hasMessageContaining("not changed");
        assertThat(Arrays.equals(before, Files.readAllBytes(file))).isTrue();
        assertThat(Files.exists(dir.resolve("future.dcproj-wal"))).isFalse();
    }

    @Test
    void filesThatAreNotProjectsAreRefusedWithAReason() throws Exception {
        Path text = dir.resolve("notes.dcproj");
        Files.writeString(text, "Det här är inte ett projekt");
        assertThatThrownBy(() -> ProjectFile.open(text)).hasMessageContaining("notes.dcproj")
                .hasMessageContaining("not an SQLite database");

        Path empty = Files.createFile(dir.resolve("empty.dcproj"));
        assertThatThrownBy(() -> ProjectFile.open(empty)).hasMessageContaining("empty");

        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t(x)");
        }
        assertThatThrownBy(() -> ProjectFile.open(other)).hasMessageContaining("not a DialogCoder project");

        assertThatThrownBy(() -> ProjectFile.open(dir.resolve("missing.dcproj"))).hasMessageContaining("no such file");
    }

    @Test
    void aCorruptProjectIsRefusedAndNotTouched() throws Exception {
        Path file = dir.resolve("broken.dcproj");
        try (ProjectFile p = ProjectFile.create(file, "Trasig", null)) {
            p.write(tx -> tx.documents().insert(StoreFixtures.document("A", County.SKANE, "x".repeat(20_000))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)");
            s.executeUpdate("PRAGMA journal_mode = DELETE");
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A); // scribble over everything after the first page
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> ProjectFile.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("broken.dcproj").hasMessageContaining("damaged");
        assertThat(Arrays.equals(bytes, Files.readAllBytes(file))).isTrue();
    }

    /** A transcript of {@code units} paragraphs of "x". */
    private static se.dialogcoder.model.NewDocument paragraphs(String name, int units) {
        List<se.dialogcoder.model.TextUnit> list = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < units; i++) {
            int start = text.length();
            text.append("xxx\n\n");
            list.add(se.dialogcoder.model.TextUnit.paragraph(i, start, start + 3));
        }
        return new se.dialogcoder.model.NewDocument(name, County.SKANE, se.dialogcoder.model.DocumentKind.NOTES,
                "2025", null, name + ".txt", text.toString(), list);
    }

    private static List<Integer> units(ProjectFile p) throws StoreException {
        return p.read(tx -> tx.documents().list()).stream().map(Document::units).toList();
    }

    @Test
    void listsCountEachDocumentsUnitsAlsoWhenAnIdComesAgainAfterARollback() throws Exception {
        try (ProjectFile p = ProjectFile.create(dir.resolve("p.dcproj"), "p", null)) {
            p.write(tx -> tx.documents().insert(paragraphs("a", 2)));
            assertThat(units(p)).containsExactly(2);
            assertThatThrownBy(() -> p.write(tx -> {
                tx.documents().insert(paragraphs("b", 3));
                assertThat(units(p)).as("read inside the write").containsExactly(2, 3);
                throw new IllegalStateException("given up");
            })).hasMessageContaining("given up");
            assertThat(units(p)).containsExactly(2);
            p.write(tx -> tx.documents().insert(paragraphs("c", 5))); // the id the rolled-back document had
            assertThat(units(p)).containsExactly(2, 5);
            List<Document> matching = p.read(tx -> tx.documents().matching(se.dialogcoder.model.CodingFilter.ALL));
            assertThat(matching).extracting(Document::units).containsExactly(2, 5);
            Document c = p.read(tx -> tx.documents().byName("c")).orElseThrow();
            assertThat(c.units()).isEqualTo(5);
        }
    }
}
