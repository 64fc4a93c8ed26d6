package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    @TempDir
    Path dir;

    private final Readers readers = new Readers();

    @Test
    void unknownExtensionListsTheSupportedOnes() throws Exception {
        Path file = dir.resolve("protokoll.odt");
        Files.writeString(file, "text");

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessage("protokoll.odt: unsupported file type .odt (supported: .txt .md .docx .pdf .vtt .srt)");
        assertThat(readers.supports(file)).isFalse();
    }

    @Test
    void extensionIsMatchedWhateverItsCase() throws Exception {
        Path file = dir.resolve("ANTECKNINGAR.TXT");
        Files.writeString(file, "Region Halland");

        assertThat(readers.read(file).text()).isEqualTo("Region Halland");
        assertThat(readers.supports(dir.resolve("a.Docx"))).isTrue();
    }

    @Test
    void missingFileAndFolderAreNamed() throws Exception {
        assertThatThrownBy(() -> readers.read(dir.resolve("finns-inte.txt")))
                .hasMessage("finns-inte.txt: the file does not exist");
        Path folder = Files.createDirectory(dir.resolve("mapp.txt"));
        assertThatThrownBy(() -> readers.read(folder)).hasMessage("mapp.txt: this is a folder, not a file");
    }

    @Test
    void filesAboveTheLimitsAreRefusedBeforeReading() throws Exception {
        Path text = sparse("stor.txt", Limits.MAX_TEXT_FILE_BYTES + 1);
        Path vtt = sparse("stor.vtt", Limits.MAX_TEXT_FILE_BYTES + 1);
        Path docx = sparse("stor.docx", Limits.MAX_PACKED_FILE_BYTES + 1);
        Path pdf = sparse("stor.pdf", Limits.MAX_PACKED_FILE_BYTES + 1);

        assertThatThrownBy(() -> readers.read(text))
                .hasMessage("stor.txt: the file is larger than the 16 MiB limit for text files");
        assertThatThrownBy(() -> readers.read(vtt)).hasMessageContaining("16 MiB limit for text files");
        assertThatThrownBy(() -> readers.read(docx))
                .hasMessage("stor.docx: the file is larger than the 64 MiB limit for Word and PDF files");
        assertThatThrownBy(() -> readers.read(pdf)).hasMessageContaining("64 MiB limit");
    }

    @Test
    void anUnexpectedFailureInsideAReaderBecomesAnImportException() {
        DocumentReader broken = new DocumentReader() {
            @Override
            public boolean supports(String lowerCaseFileName) {
                return true;
            }

            @Override
            public ParsedDocument read(Path file) {
                throw new IllegalStateException("bug");
            }
        };

        assertThatThrownBy(() -> new Readers(List.of(broken)).read(dir.resolve("x.txt")))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("x.txt: the file could not be read");
    }

    private Path sparse(String name, long size) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }
}
