package se.dialogcoder.app;

import se.dialogcoder.app.documents.ImportService;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.documents.ImportService.FileResult;
import se.dialogcoder.app.documents.ImportService.Outcome;

/**
 * A corpus of broken and hostile files of every supported format, imported in one batch with one good file into
 * a project that already holds a document: each bad file gets a message naming it, nothing escapes, memory
 * stays bounded (the surefire JVM has 1 GB; one file is a 1 GB sparse text), the good file is imported, and
 * each rejected file leaves the project byte-for-byte as it was.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    @Test
    void everyBadFileIsRefusedWithAMessageAndTheProjectStaysAsItWas() throws Exception {
        Map<String, byte[]> corpus = corpus();
        Path bad = Files.createDirectory(dir.resolve("bad"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : corpus.entrySet()) {
            files.add(Files.write(bad.resolve(e.getKey()), e.getValue()));
        }
        Path sparse = bad.resolve("sparse-1GB.txt");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(1L << 30);
        }
        files.add(sparse);
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);

        Services services = new Services(new AppPaths(dir.resolve("home")));
        Path project = dir.resolve("p.dcproj");
        try (Project p = ProjectStores.create(project, "P", "2025")) {
            importOne(services, p, write("2025_skane.txt", "Region Skåne\n\nModerator: Hej."));
        }
        // each bad file alone: refused, named, and the project's bytes untouched
        for (Path file : files) {
            byte[] before = projectBytes(project);
            FileResult r;
            try (Project p = ProjectStores.open(project)) {
                r = importOne(services, p, file);
            }
            if (r.outcome() == Outcome.FAILED) {
                assertThat(r.message()).as(file.getFileName().toString()).contains(file.getFileName().toString());
                assertThat(projectBytes(project)).as("project unchanged by " + file.getFileName()).isEqualTo(before);
            } else {
                // a few "bad" text files are merely odd and import as text (wrong encoding mix, long lines)
                assertThat(r.outcome()).as(file.getFileName().toString()).isEqualTo(Outcome.IMPORTED);
                assertThat(TOLERATED).as("imported: " + file.getFileName()).contains(file.getFileName().toString());
            }
        }
        // all of them in one batch with a good file: the batch goes on and the good file arrives
        Path good = write("2025_kalmar.txt", "Region Kalmar län\n\nSamordnare: Vi har en handlingsplan.");
        List<Path> batch = new ArrayList<>(files);
        batch.add(3, good);
        ImportService.Report report;
        try (Project p = ProjectStores.open(project)) {
            report = services.exchanges().imports().importPaths(p, batch, null, null, ImportService.NO_PROGRESS);
        }
        assertThat(report.results()).hasSize(batch.size());
        assertThat(report.results().get(3).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(report.count(Outcome.FAILED)).isGreaterThanOrEqualTo(files.size() - TOLERATED.size());
        long usedMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        assertThat(usedMb).as("heap used after the corpus").isLessThan(900);
    }

    private static FileResult importOne(Services services, Project p, Path file) {
        return services.exchanges().imports().importPaths(p, List.of(file), null, null, ImportService.NO_PROGRESS).results()
                .get(0);
    }

    /** Files in the corpus that are odd but legitimately readable as text. */
    private static final List<String> TOLERATED = List.of("mixed-encodings.txt", "long-line.txt",
            "invalid-utf8-start.txt", "invalid-utf8-middle.txt", "invalid-utf8-end.txt", "vtt-some-broken.vtt",
            "srt-no-numbers.srt");

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] projectBytes(Path project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Files.readAllBytes(project));
        Path wal = project.resolveSibling(project.getFileName() + "-wal");
        if (Files.exists(wal)) {
            out.write(Files.readAllBytes(wal));
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> corpus() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        byte[] docx = docx("Region Skåne", "Moderator: Hej.");
        byte[] pdf = pdf("Region Skane, minnesanteckningar");
        m.put("png-as.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        m.put("zero.txt", new byte[0]);
        m.put("whitespace.txt", " \n\t \r\n ".getBytes(StandardCharsets.US_ASCII));
        m.put("nul-bytes.txt", "Moderator: Hej\0\0\0 och\0 välkomna".getBytes(StandardCharsets.UTF_8));
        m.put("invalid-utf8-start.txt", concat(new byte[] {(byte) 0xC3}, "Region Skåne".getBytes(StandardCharsets.UTF_8)));
        m.put("invalid-utf8-middle.txt", concat("Region ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, "Skåne".getBytes(StandardCharsets.UTF_8)));
        m.put("invalid-utf8-end.txt", concat("Region Skåne".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xF0, (byte) 0x9F}));
        m.put("mixed-encodings.txt", concat("Västra Götaland\n".getBytes(StandardCharsets.UTF_8), "Östergötland\n".getBytes(Charset.forName("windows-1252"))));
        m.put("long-line.txt", ("Moderator: " + "ord ".repeat(400_000)).getBytes(StandardCharsets.UTF_8));
        m.put("utf16-no-text.txt", new byte[] {(byte) 0xFF, (byte) 0xFE});
        m.put("zero.docx", new byte[0]);
        m.put("truncated.docx", Arrays.copyOf(docx, docx.length / 2));
        m.put("random.docx", random(5000, 1));
        m.put("text-as.docx", "Det här är ingen Word-fil".getBytes(StandardCharsets.UTF_8));
        m.put("zip-without-word.docx", zip(Map.of("hello.txt", "hej".getBytes(StandardCharsets.UTF_8))));
        m.put("bomb.docx", zipBomb());
        m.put("xxe.docx", docxWithBody("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "&xxe;"));
        m.put("billion-laughs.docx", docxWithBody("<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>",
                "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"));
        m.put("zip-slip.docx", zip(Map.of("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8),
                "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8))));
        m.put("ole2-doc.docx", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1}, random(2000, 2)));
        m.put("zero.pdf", new byte[0]);
        m.put("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        m.put("random.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), random(4000, 3)));
        m.put("encrypted.pdf", encryptedPdf());
        m.put("image-only.pdf", emptyPagePdf());
        m.put("broken-timestamps.vtt", "WEBVTT\n\nxx:yy --> zz\nHej\n\n99 --> ?\nDå\n".getBytes(StandardCharsets.UTF_8));
        m.put("vtt-some-broken.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Moderator>Hej.\n\nbad --> worse\nnope\n".getBytes(StandardCharsets.UTF_8));
        m.put("binary.vtt", random(3000, 4));
        m.put("empty.srt", new byte[0]);
        m.put("srt-no-numbers.srt", "garbage\nmore garbage\n".getBytes(StandardCharsets.UTF_8));
        m.put("unsupported.rtf", "{\\rtf1 hej}".getBytes(StandardCharsets.US_ASCII));
        return m;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A .docx whose document.xml unpacks to 300 MB of zeros (a few hundred KB packed). */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                d.createParagraph().createRun().setText(p);
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    /** A valid docx whose document.xml is replaced by one with a DOCTYPE (XXE / entity expansion). */
    private static byte[] docxWithBody(String doctype, String body) throws IOException {
        byte[] good = docx("x");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                entries.put(e.getName(), zin.readAllBytes());
            }
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>" + body + "</w:t></w:r></w:p></w:body></w:document>";
        entries.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            d.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf("Hemlig text"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] emptyPagePdf() throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.addPage(new PDPage());
            d.save(out);
            return out.toByteArray();
        }
    }

}
