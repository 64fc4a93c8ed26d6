package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Archives are read with limits and refused as a whole when hostile. */
class SafeZipTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "sources/../../evil.txt", "/etc/evil.txt", "C:\\Windows\\evil.txt",
        "..\\evil.txt"})
    void entryNamesEscapingTheFolderRefuseTheArchive(String name) throws Exception {
        Path zip = new ZipBuilder().add("project.qde", "<Project name=\"p\"/>").add(name, "x")
                .write(dir.resolve("slip.qdpx"));
        assertThatThrownBy(() -> SafeZip.open(zip)).isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith("slip.qdpx: ").hasMessageContaining("zip slip");
        assertThat(dir.resolve("../evil.txt").normalize()).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() throws Exception {
        Path zip = new ZipBuilder().add("project.qde", new byte[20 * 1024 * 1024]).write(dir.resolve("bomb.qdpx"));
        assertThat(Files.size(zip)).isLessThan(100_000);
        try (SafeZip z = SafeZip.open(zip)) {
            assertThatThrownBy(() -> z.read("project.qde", SafeZip.MAX_XML_BYTES))
                    .isInstanceOf(ExchangeException.class).hasMessageStartingWith("bomb.qdpx: ")
                    .hasMessageContaining("zip bomb");
        }
    }

    @Test
    void anEntryLargerThanItsLimitIsRefusedWhileReading() throws Exception {
        byte[] noise = new byte[3 * 1024 * 1024];
        new java.util.Random(1).nextBytes(noise);
        Path zip = new ZipBuilder().add("sources/big.txt", noise).write(dir.resolve("big.qdpx"));
        try (SafeZip z = SafeZip.open(zip)) {
            assertThatThrownBy(() -> z.read("sources/big.txt", 1024 * 1024))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("sources/big.txt")
                    .hasMessageContaining("more than 1 MiB");
        }
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= SafeZip.MAX_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("sources/" + i + ".txt"));
                out.closeEntry();
            }
        }
        Path zip = Files.write(dir.resolve("many.qdpx"), bytes.toByteArray());
        assertThatThrownBy(() -> SafeZip.open(zip)).isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith("many.qdpx: ").hasMessageContaining("entries");
    }

    @Test
    void filesThatAreNotZipArchivesAreNamedAsSuch() throws Exception {
        Path text = Files.writeString(dir.resolve("text.qdpx"), "Det här är ingen zip-fil.");
        assertThatThrownBy(() -> SafeZip.open(text)).isInstanceOf(ExchangeException.class)
                .hasMessage("text.qdpx: not a zip archive, so not a REFI-QDA project (.qdpx).");
        Path empty = Files.createFile(dir.resolve("empty.qdpx"));
        assertThatThrownBy(() -> SafeZip.open(empty)).hasMessageContaining("empty.qdpx: the file is empty");
        Path broken = Files.write(dir.resolve("broken.qdpx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 9, 9});
        assertThatThrownBy(() -> SafeZip.open(broken)).hasMessageStartingWith("broken.qdpx: a damaged zip archive");
        assertThatThrownBy(() -> SafeZip.open(dir.resolve("missing.qdpx"))).hasMessage("missing.qdpx: no such file.");
    }

    @Test
    void entriesAreFoundIgnoringCase() throws Exception {
        Path zip = new ZipBuilder().add("Sources/ABC.TXT", "hej").write(dir.resolve("ok.qdpx"));
        try (SafeZip z = SafeZip.open(zip)) {
            assertThat(z.find("sources/abc.txt")).contains("Sources/ABC.TXT");
            assertThat(new String(z.read("Sources/ABC.TXT", 100))).isEqualTo("hej");
        }
    }
}
