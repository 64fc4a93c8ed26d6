package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {
    private static final String SWEDISH = "Västra Götaland\nJämtland Härjedalen\nÖstergötland";

    @TempDir
    Path dir;

    private final DocumentReader readers = new PlainTextReader();

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le-nobom",
        "utf-32le-bom", "windows-1252", "iso-8859-1"})
    void swedishLettersSurviveEveryCommonEncoding(String encoding) throws Exception {
        Path file = dir.resolve("dialog-" + encoding + ".txt");
        Files.write(file, encode(SWEDISH, encoding));

        ParsedDocument doc = readers.read(file);

        assertThat(doc.text()).isEqualTo(SWEDISH);
        assertThat(doc.units()).hasSize(1);
    }

    @Test
    void windowsLineEndsAndQuotesFromWord1252AreRead() throws Exception {
        Path file = dir.resolve("gammal.txt");
        Files.write(file, "”Det handlar om livet” – Sörmland\r\nRad två\r\n".getBytes("windows-1252"));

        assertThat(readers.read(file).text()).isEqualTo("”Det handlar om livet” – Sörmland\nRad två");
    }

    @Test
    void binaryFileNamedTxtIsRefusedWithItsName() throws Exception {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        Path file = dir.resolve("bilaga.txt");
        Files.write(file, noise);

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bilaga.txt")
                .hasMessageContaining("not a text file");
    }

    @Test
    void pdfRenamedToTxtIsRefusedAsBinary() throws Exception {
        Path file = dir.resolve("rapport.txt");
        Files.write(file, "%PDF-1.7\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> readers.read(file))
                .hasMessageContaining("rapport.txt").hasMessageContaining("not a text file");
    }

    @Test
    void emptyFileIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("tom.txt");
        Files.write(file, new byte[0]);

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessage("tom.txt: the file is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"   \n\t\n  ", "\uFEFF  \r\n", "\u00A0\u2003\n"})
    void whitespaceOnlyFileIsRefusedWithItsName(String content) throws Exception {
        Path file = dir.resolve("blank.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("blank.txt")
                .hasMessageContaining("contains no text");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252InsteadOfReplacementCharacters() throws Exception {
        byte[] bytes = "Region Skåne".getBytes("ISO-8859-1");
        assertThat(TextDecoder.decode(Path.of("x.txt"), bytes)).isEqualTo("Region Skåne");
    }

    private static byte[] encode(String text, String encoding) throws Exception {
        switch (encoding) {
            case "utf-8":
                return text.getBytes(StandardCharsets.UTF_8);
            case "utf-8-bom":
                return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "utf-16le-bom":
                return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "utf-16be-bom":
                return concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case "utf-16le-nobom":
                return text.getBytes(StandardCharsets.UTF_16LE);
            case "utf-32le-bom":
                return concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(Charset.forName("UTF-32LE")));
            case "windows-1252":
                return text.getBytes(Charset.forName("windows-1252"));
            case "iso-8859-1":
                return text.getBytes(StandardCharsets.ISO_8859_1);
            default:
                throw new IllegalArgumentException(encoding);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
