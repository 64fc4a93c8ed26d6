package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds 300 seeded random mutations of valid .txt, .vtt, .srt, .docx and .pdf files to {@link Readers}: each
 * must give either a well-formed document or an {@link ImportException} naming the file; nothing else may
 * escape. A failing input is kept in {@code target/fuzz-failures/} to reproduce it.
 */
class ReaderFuzzTest {
    /** 300 cases from a fixed seed; {@code -Dfuzz.cases=N -Dfuzz.seed=S} for a longer or different run. */
    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 20250312L);
    /** PDFBox warns at length about damaged files; keep the test log readable (restored afterwards). */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");
    private static Level pdfboxLevel;
    private static final byte[][] INTERESTING = {
        {0}, {(byte) 0xFF}, {(byte) 0xFE}, {'\r'}, {'\n', '\n'}, "-->".getBytes(StandardCharsets.US_ASCII),
        "<v ".getBytes(StandardCharsets.US_ASCII), "&amp".getBytes(StandardCharsets.US_ASCII), {'['}, {':'},
        {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "99:99:99".getBytes(StandardCharsets.US_ASCII),
        "Anna: ".getBytes(StandardCharsets.UTF_8), {(byte) 0xF0, (byte) 0x9D, (byte) 0x84, (byte) 0x9E},
    };

    @TempDir
    Path dir;

    @BeforeAll
    static void quietPdfBox() {
        pdfboxLevel = PDFBOX_LOG.getLevel();
        PDFBOX_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restorePdfBoxLog() {
        PDFBOX_LOG.setLevel(pdfboxLevel);
    }

    @Test
    void mutatedFilesGiveADocumentOrAClearErrorAndNothingElse() throws Exception {
        List<String> extensions = List.of("txt", "vtt", "srt", "docx", "pdf");
        List<byte[]> seeds = List.of(txt(), vtt(), srt(), docx(), pdf());
        Readers readers = new Readers();
        Random random = new Random(SEED);
        int documents = 0;
        int errors = 0;
        for (int i = 0; i < CASES; i++) {
            int format = i % extensions.size();
            String extension = extensions.get(format);
            byte[] bytes = extension.equals("docx") && random.nextBoolean()
                    ? mutateInsideZip(seeds.get(format), random)
                    : mutate(seeds.get(format), random);
            Path file = dir.resolve("fall-" + i + "." + extension);
            Files.write(file, bytes);
            try {
                ParsedDocument doc = readers.read(file);
                UnitChecks.assertWellFormed(doc);
                documents++;
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith(file.getFileName() + ": ");
                assertThat(e.reason()).isNotBlank();
                errors++;
            } catch (Throwable t) {
                Path kept = Path.of("target", "fuzz-failures", file.getFileName().toString());
                Files.createDirectories(kept.getParent());
                Files.write(kept, bytes);
                fail("case " + i + " (" + kept + ") threw " + t, t);
            }
        }
        System.out.printf("fuzz: %d cases, seed %d: %d documents, %d import errors%n", CASES, SEED, documents,
                errors);
        // both outcomes occur, so the mutations are neither all harmless nor all fatal
        assertThat(documents).isGreaterThan(30);
        assertThat(errors).isGreaterThan(30);
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int operations = 1 + random.nextInt(4);
        for (int k = 0; k < operations; k++) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> {
                    for (int n = 1 + random.nextInt(8); n > 0 && b.length > 0; n--) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> {
                    byte[] noise = new byte[1 + random.nextInt(20)];
                    random.nextBytes(noise);
                    b = insert(b, at, noise);
                }
                case 2 -> b = remove(b, at, Math.min(b.length - at, 1 + random.nextInt(64)));
                case 3 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length));
                case 4 -> b = insert(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + random.nextInt(200))));
                default -> b = insert(b, at, INTERESTING[random.nextInt(INTERESTING.length)]);
            }
        }
        return b;
    }

    /** Mutates the XML of a .docx and zips it again, so the damage reaches the XML parser. */
    private static byte[] mutateInsideZip(byte[] zip, Random random) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = mutate(content, random);
                }
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                zipOut.write(content);
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] b, int at, byte[] extra) {
        byte[] out = new byte[b.length + extra.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(b, at, out, at + extra.length, b.length - at);
        return out;
    }

    private static byte[] remove(byte[] b, int at, int count) {
        byte[] out = new byte[b.length - count];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + count, out, at, b.length - at - count);
        return out;
    }

    private static byte[] txt() {
        return String.join("\n", "Länsdialog 2025 – Region Västerbotten", "Datum: 2025-05-14", "",
                "Moderator: Välkomna till dialogen om psykisk hälsa.",
                "[00:01:10] Länssamordnare (region): Vi har en plan för 2024–2027 𝄞.",
                "Moderator: Och stimulansmedlen?", "Länssamordnare (region): Går till MHFA och YAM.", "",
                "Anteckning: efterlevandestöd.").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] vtt() {
        return String.join("\n", "WEBVTT", "", "NOTE fiktivt", "", "a1b2c3d4-0000-4000-8000-000000000000/1-0",
                "00:00:01.000 --> 00:00:03.500", "<v Anna Andersson>Hej och <b>välkomna</b> &amp; tack.</v>", "",
                "00:00:03.500 --> 00:00:06.000 align:start", "<v Anna Andersson>Vi börjar.</v>", "",
                "0:0:6.0 --> 0:0:9.0", "<v.loud Bertil>Region Umeå &lt;3</v>", "", "1:10.5 --> 1:12,0",
                "Cecilia: Tack.").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] srt() {
        return String.join("\r\n", "1", "00:00:01,000 --> 00:00:04,000", "Anna: Välkomna.", "", "2",
                "00:00:04,000 --> 00:00:06,500", "Anna: Vi börjar <i>nu</i>.", "", "3",
                "00:00:07,000 --> 00:00:09,000", "Bertil: Tack, Örebro län.", "").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxReaderTest.heading(doc, "Minnesanteckningar Region Jönköpings län");
            DocxReaderTest.paragraph(doc, "Datum: 2025-05-07");
            DocxReaderTest.paragraph(doc, "Moderator: Välkomna.");
            DocxReaderTest.paragraph(doc, "Moderator: Nästa fråga.");
            var table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Insats");
            table.getRow(1).getCell(1).setText("Stimulansmedel");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A two-page PDF with uncompressed content streams, so mutations hit the text operators too. */
    private static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : List.of(List.of("Region Gotland 2025-05-07", "Första sidan med text som",
                    "fortsätter här."), List.of("Andra sidan.", "Moderator: Hej", "Moderator: Hej igen"))) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    float y = 780;
                    for (String line : new ArrayList<>(lines)) {
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(60, y);
                        content.showText(line);
                        content.endText();
                        y -= 15;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
