package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import se.dialogcoder.exchange.ProjectExport.CodingExport;
import se.dialogcoder.exchange.ProjectExport.DocumentExport;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Texts;

/** The .qdpx archive: a valid project.qde and the stored texts, byte for byte the same on every export. */
class QdpxWriterTest {
    @TempDir
    Path dir;

    static final String TEXT = "Region Skåne 😀 Länssamordnare: Vi har efterlevandestöd.\nModerator: Tack.";

    static ProjectExport project() {
        Document doc = new Document(7, "Skåne 2025", County.SKANE, DocumentKind.TRANSCRIPT, "2025", "2025-03-14",
                "2025_skane.txt", Texts.contentHash(TEXT), Texts.codePoints(TEXT), 9, 2, "2025-04-01T10:00:00Z");
        Document unknown = new Document(8, "Okänd", null, DocumentKind.NOTES, null, null, null, "h", 5, 1, 1,
                "not a date");
        Code theme = new Code(1, "suicidprevention", null, "Suicidprevention", "Suicide prevention",
                "Förebygga suicid", null, "#D55E00", 0);
        Code sub = new Code(2, "suicidprevention.efterlevandestod", 1L, "Efterlevandestöd \"stöd\" & <hjälp>", null,
                "Rad ett\nrad två & <tre>", null, "#CC79A7", 0);
        int start = TEXT.codePointCount(0, TEXT.indexOf("efterlevandestöd"));
        Coding c1 = new Coding(11, 7, 2, 1, start, start + 16, "2025-04-02T09:00:00.123456Z");
        Coding c2 = new Coding(12, 7, 1, 2, 0, 12, "2025-04-02T09:01:00Z");
        return new ProjectExport("3f1c2d4e-0000-4000-8000-00000000abcd", "Länsdialoger", "2025-01-01T00:00:00Z",
                "Projektets memo", "DialogCoder test", List.of(new Coder(1, "Anna"), new Coder(2, "Björn")),
                List.of(theme, sub), Map.of(1L, "Kodmemo"),
                List.of(new DocumentExport(doc, TEXT, "Dokumentmemo", Map.of("Län", "krock", "Typ av möte", "digitalt"),
                                List.of(new CodingExport(c1, "Kodningsmemo"), new CodingExport(c2, null))),
                        new DocumentExport(unknown, "Hej!\n", null, Map.of(), List.of())));
    }

    @Test
    void theArchiveHoldsAValidProjectAndTheStoredTexts() throws Exception {
        Path file = dir.resolve("export.qdpx");
        QdpxWriter.Summary summary = new QdpxWriter().write(project(), file);
        assertThat(summary).isEqualTo(new QdpxWriter.Summary(2, 2, 2, 2, 4));
        Map<String, byte[]> entries = ZipBuilder.read(file);
        byte[] qde = entries.get("project.qde");
        RefiSchemas.validateProject(qde);

        Element root = SafeXml.parse(qde, "project.qde").getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:QDA-XML:project:1.0");
        List<Element> sources = Dom.children(Dom.child(root, "Sources"), "TextSource");
        assertThat(sources).hasSize(2);
        Element skane = sources.get(0);
        String path = Dom.attr(skane, "plainTextPath");
        assertThat(path).startsWith("internal://").endsWith(".txt");
        byte[] text = entries.get("sources/" + path.substring("internal://".length()));
        assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(text[0]).as("no byte order mark").isEqualTo((byte) 'R');

        Element selection = Dom.children(skane, "PlainTextSelection").get(0);
        int start = Integer.parseInt(Dom.attr(selection, "startPosition"));
        int end = Integer.parseInt(Dom.attr(selection, "endPosition"));
        assertThat(TEXT.substring(TEXT.offsetByCodePoints(0, start), TEXT.offsetByCodePoints(0, end)))
                .as("code-point offsets, end exclusive").isEqualTo("efterlevandestöd");

        String xml = new String(qde, StandardCharsets.UTF_8);
        assertThat(xml).contains("name=\"Skåne län\"").contains("<TextValue>Skåne län</TextValue>")
                .contains("name=\"Län (attribut)\"").contains("<TextValue>krock</TextValue>")
                .contains("name=\"Typ av möte\"").contains("<PlainTextContent>Kodningsmemo</PlainTextContent>")
                .contains("Name (en): Suicide prevention").doesNotContain("not a date");
        assertThat(Dom.children(Dom.child(root, "Cases"), "Case")).as("only counties with documents are cases")
                .hasSize(1);
        assertThat(Dom.children(root, "NoteRef")).as("the project memo").hasSize(1);
        Element sub = Dom.children(Dom.children(Dom.child(Dom.child(root, "CodeBook"), "Codes"), "Code").get(0),
                "Code").get(0);
        assertThat(Dom.attr(sub, "name")).isEqualTo("Efterlevandestöd \"stöd\" & <hjälp>");
        assertThat(Dom.childText(sub, "Description")).isEqualTo("Rad ett\nrad två & <tre>");
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.qdpx");
        Path b = dir.resolve("b.qdpx");
        new QdpxWriter().write(project(), a);
        new QdpxWriter().write(project(), b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void anEmptyProjectIsStillValid() throws Exception {
        Path file = dir.resolve("tom.qdpx");
        new QdpxWriter().write(new ProjectExport("3f1c2d4e-0000-4000-8000-00000000abcd", "Tom", null, null, "t",
                List.of(), List.of(), Map.of(), List.of()), file);
        RefiSchemas.validateProject(ZipBuilder.read(file).get("project.qde"));
    }
}
