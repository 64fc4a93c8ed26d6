package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

class DocxReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader readers = new DocxReader();

    @Test
    void headingParagraphsAndTableRowsBecomeParagraphsInOrder() throws Exception {
        Path file = dir.resolve("2025_kalmar_anteckningar.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, "Länsdialog Kalmar län");
            paragraph(doc, "Datum: 2025-04-09");
            paragraph(doc, "Regionen har en handlingsplan för suicidprevention.");
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("Område");
            table.getRow(0).getCell(1).setText("Status");
            table.getRow(0).getCell(2).setText("Medel");
            table.getRow(1).getCell(0).setText("Efterlevandestöd");
            table.getRow(1).getCell(1).setText("Pågår");
            table.getRow(1).getCell(2).setText("Stimulansmedel");
            paragraph(doc, "");
            paragraph(doc, "Nästa steg: uppföljning i höst.");
            save(doc, file);
        }

        ParsedDocument parsed = readers.read(file);

        assertThat(parsed.text()).isEqualTo(String.join("\n\n",
                "Länsdialog Kalmar län",
                "Datum: 2025-04-09",
                "Regionen har en handlingsplan för suicidprevention.",
                "Område | Status | Medel",
                "Efterlevandestöd | Pågår | Stimulansmedel",
                "Nästa steg: uppföljning i höst."));
        assertThat(parsed.units()).hasSize(6).allMatch(u -> u.kind() == UnitKind.PARAGRAPH);
        assertThat(UnitSplitterTest.whole(parsed, parsed.units().get(3))).isEqualTo("Område | Status | Medel");
        assertThat(parsed.kind()).isEqualTo(DocumentKind.NOTES);
        assertThat(parsed.dialogueDate()).isEqualTo("2025-04-09");
    }

    @Test
    void speakerParagraphsBecomeTurns() throws Exception {
        Path file = dir.resolve("utskrift.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, "Transkription");
            paragraph(doc, "Moderator: Välkomna till dialogen.");
            paragraph(doc, "[00:01:10] Anna (region): Tack, vi börjar med styrningen.");
            paragraph(doc, "Moderator: Hur ser det ut med medlen?");
            paragraph(doc, "Representant, Folkhälsomyndigheten: Vi har en fråga.");
            paragraph(doc, "Representant, Folkhälsomyndigheten: Och en till.");
            save(doc, file);
        }

        ParsedDocument parsed = readers.read(file);

        assertThat(parsed.kind()).isEqualTo(DocumentKind.TRANSCRIPT);
        assertThat(parsed.units()).filteredOn(u -> u.kind() == UnitKind.TURN).extracting(TextUnit::speaker)
                .containsExactly("Moderator", "Anna (region)", "Moderator", "Representant, Folkhälsomyndigheten",
                        "Representant, Folkhälsomyndigheten");
        TextUnit anna = parsed.units().get(2);
        assertThat(UnitSplitterTest.body(parsed, anna)).isEqualTo("Tack, vi börjar med styrningen.");
        assertThat(anna.startMillis()).isEqualTo(70_000L);
    }

    @Test
    void bulletedListItemsKeepABullet() throws Exception {
        Path file = dir.resolve("lista.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("•");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            paragraph(doc, "Insatser:");
            for (String item : List.of("MHFA", "YAM")) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
                p.createRun().setText(item);
            }
            save(doc, file);
        }

        assertThat(readers.read(file).text()).isEqualTo("Insatser:\n\n• MHFA\n\n• YAM");
    }

    @Test
    void randomBytesAreNotAWordDocument() throws Exception {
        byte[] noise = new byte[3000];
        new Random(3).nextBytes(noise);
        Path file = dir.resolve("trasig.docx");
        Files.write(file, noise);

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessage("trasig.docx: not a valid Word document (corrupt or not .docx)");
    }

    @Test
    void truncatedDocxIsNotAWordDocument() throws Exception {
        Path whole = dir.resolve("hel.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "Text som försvinner.");
            save(doc, whole);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("avklippt.docx");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("avklippt.docx")
                .hasMessageContaining("not a valid Word document");
    }

    @Test
    void textFileRenamedToDocxIsNotAWordDocument() throws Exception {
        Path file = dir.resolve("egentligen.docx");
        Files.writeString(file, "Bara text.");

        assertThatThrownBy(() -> readers.read(file)).hasMessageContaining("not a valid Word document");
    }

    @Test
    void passwordProtectedDocxSaysSo() throws Exception {
        Path file = dir.resolve("hemlig.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("lösenord");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = encryptor.getDataStream(fs)) {
                paragraph(doc, "Hemlig text.");
                doc.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("hemlig.docx")
                .hasMessageContaining("password-protected");
    }

    @Test
    void documentWithoutTextSaysSo() throws Exception {
        Path file = dir.resolve("tom.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "   ");
            save(doc, file);
        }

        assertThatThrownBy(() -> readers.read(file)).hasMessage("tom.docx: the Word document contains no text");
    }

    static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.createRun().setText(text);
    }

    static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    static void save(XWPFDocument doc, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }
}
