package se.dialogcoder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;

class PdfReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader readers = new PdfReader();

    @Test
    void twoPagesOfSwedishTextWithThePageBreakAsParagraphBreak() throws Exception {
        Path file = dir.resolve("2025_orebro_anteckningar.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of(
                    "Länsdialog Örebro län 2025-05-14",
                    "",
                    "Regionen och kommunerna har en gemensam",
                    "handlingsplan för psykisk hälsa och",
                    "suicidprevention.",
                    "",
                    "Sista stycket på sidan ett."));
            page(doc, List.of("Sidan två börjar med efterlevandestöd", "och fortsätter på en andra rad."));
            doc.save(file.toFile());
        }

        ParsedDocument parsed = readers.read(file);

        assertThat(parsed.text()).isEqualTo(String.join("\n\n",
                "Länsdialog Örebro län 2025-05-14",
                "Regionen och kommunerna har en gemensam handlingsplan för psykisk hälsa och suicidprevention.",
                "Sista stycket på sidan ett.",
                "Sidan två börjar med efterlevandestöd och fortsätter på en andra rad."));
        assertThat(parsed.units()).hasSize(4).allMatch(u -> u.kind() == UnitKind.PARAGRAPH);
        assertThat(parsed.dialogueDate()).isEqualTo("2025-05-14");
    }

    @Test
    void speakerLinesWithoutGapsStillBecomeTurns() throws Exception {
        Path file = dir.resolve("utskrift.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of(
                    "Moderator: Välkomna, vi börjar med styrning",
                    "och samordning i länet.",
                    "Anna (region): Vi har ett politiskt samverkansorgan.",
                    "Moderator: Och stimulansmedlen?",
                    "Anna (region): De går till kompetensutveckling."));
            doc.save(file.toFile());
        }

        ParsedDocument parsed = readers.read(file);

        assertThat(parsed.kind()).isEqualTo(DocumentKind.TRANSCRIPT);
        assertThat(parsed.units()).extracting(TextUnit::speaker)
                .containsExactly("Moderator", "Anna (region)", "Moderator", "Anna (region)");
        assertThat(UnitSplitterTest.body(parsed, parsed.units().get(0)))
                .isEqualTo("Välkomna, vi börjar med styrning och samordning i länet.");
    }

    @Test
    void wordsBrokenAtLineEndAreJoinedButCompoundHyphensStay() throws Exception {
        Path file = dir.resolve("avstavning.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of("Arbetet med suicid-", "prevention gäller barn- och", "ungdomspsykiatri och e-",
                    "hälsa."));
            doc.save(file.toFile());
        }

        assertThat(readers.read(file).text())
                .isEqualTo("Arbetet med suicidprevention gäller barn- och ungdomspsykiatri och e- hälsa.");
    }

    @Test
    void encryptedPdfSaysSo() throws Exception {
        Path file = dir.resolve("skyddad.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of("Hemlig text."));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "användare", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("skyddad.pdf")
                .hasMessageContaining("the PDF is encrypted");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsReadUnlessCopyingTextIsForbidden() throws Exception {
        Path open = dir.resolve("oppen.pdf");
        Path locked = dir.resolve("kopieringsskydd.pdf");
        for (Path file : List.of(open, locked)) {
            try (PDDocument doc = new PDDocument()) {
                page(doc, List.of("Region Halland 2025."));
                AccessPermission permissions = new AccessPermission();
                permissions.setCanExtractContent(file.equals(open));
                StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "", permissions);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
                doc.save(file.toFile());
            }
        }

        assertThat(readers.read(open).text()).isEqualTo("Region Halland 2025.");
        assertThatThrownBy(() -> readers.read(locked))
                .hasMessage("kopieringsskydd.pdf: the PDF is encrypted (copying text is not permitted)");
    }

    @Test
    void emptyPagesHaveNoTextLayer() throws Exception {
        Path file = dir.resolve("tom.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> readers.read(file))
                .hasMessage("tom.pdf: the PDF has no text layer (scanned image?)");
    }

    @Test
    void imageOnlyPdfHasNoTextLayer() throws Exception {
        Path file = dir.resolve("skannad.pdf");
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.drawString("Skannad text", 20, 50);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 50, 500, 400, 200);
            }
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("skannad.pdf")
                .hasMessageContaining("no text layer");
    }

    @Test
    void garbageNamedPdfIsNotAPdf() throws Exception {
        Path file = dir.resolve("falsk.pdf");
        Files.writeString(file, "Det här är ingen PDF.");

        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("falsk.pdf");
    }

    @Test
    void headingsListItemsShortLinesPageNumbersAndSentencesRunningOverAPage() throws Exception {
        Path file = dir.resolve("layout.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, List.of(
                    "#Minnesanteckningar – Länsdialog 2025,",
                    "#Region Gotland",
                    "",
                    "#Deltagare",
                    "• Strateg psykisk hälsa, Region Gotland",
                    "• Informationsinsatser om stödlinjer, bland annat på färjorna, i samarbete",
                    ">med rederiet.",
                    "• Suicidpreventiv samordnare",
                    "Efterlevandestöd finns inskrivet i folkhälsoprogrammet och",
                    "",
                    "",
                    "",
                    "1"));
            page(doc, List.of("drivs tillsammans med SPES.", "Ett nytt stycke efter en kort rad som slutar en mening.",
                    "", "2"));
            doc.save(file.toFile());
        }

        assertThat(readers.read(file).text()).isEqualTo(String.join("\n\n",
                "Minnesanteckningar – Länsdialog 2025, Region Gotland",
                "Deltagare",
                "• Strateg psykisk hälsa, Region Gotland",
                "• Informationsinsatser om stödlinjer, bland annat på färjorna, i samarbete med rederiet.",
                "• Suicidpreventiv samordnare",
                "Efterlevandestöd finns inskrivet i folkhälsoprogrammet och drivs tillsammans med SPES.",
                "Ett nytt stycke efter en kort rad som slutar en mening."));
    }

    /**
     * Adds an A4 page with the lines in 12 pt Helvetica, 15 pt apart; an empty string is an empty line, a line
     * starting with # is an 18 pt bold heading, a line starting with > is indented.
     */
    static void page(PDDocument doc, List<String> lines) throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            float y = 780;
            boolean afterHeading = false;
            for (String line : lines) {
                boolean heading = line.startsWith("#");
                boolean indented = line.startsWith(">");
                String text = heading || indented ? line.substring(1) : line;
                if (heading && !afterHeading) {
                    y -= 8;
                }
                afterHeading = heading;
                if (!text.isEmpty()) {
                    content.beginText();
                    content.setFont(heading ? bold : font, heading ? 18 : 12);
                    content.newLineAtOffset(indented ? 72 : 60, y);
                    content.showText(text);
                    content.endText();
                }
                y -= heading ? 22 : 15;
            }
        }
    }
}
