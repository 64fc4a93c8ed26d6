package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.exchange.CodebookJson.Codebook;
import se.dialogcoder.model.CodebookEntry;

/** The REFI-QDA codebook: valid when written, read from what real programs write. */
class RefiCodebookTest {
    @TempDir
    Path dir;
    private final RefiCodebook qdc = new RefiCodebook();

    private static Codebook twoLevels() {
        CodebookEntry child = new CodebookEntry("suicidprevention.efterlevandestod", "Efterlevandestöd",
                "Support for the bereaved", "Stöd till efterlevande efter suicid.", "Support after a suicide.",
                "#CC79A7", List.of());
        CodebookEntry root = new CodebookEntry("suicidprevention", "Suicidprevention", "Suicide prevention",
                "Arbete för att förebygga suicid.\nFlera rader.", null, "#D55E00", List.of(child));
        CodebookEntry plain = new CodebookEntry("b3a1c2d4-0000-4000-8000-000000000001", "Styrning", null, null, null,
                "#0072B2", List.of());
        return new Codebook("Kodbok", null, List.of(root, plain));
    }

    @Test
    void theWrittenCodebookIsValidAndReadsBackTheSame() throws Exception {
        Path file = dir.resolve("kodbok.qdc");
        qdc.write(twoLevels(), file, "DialogCoder test");
        byte[] xml = Files.readAllBytes(file);
        RefiSchemas.validateCodebook(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("xmlns=\"urn:QDA-XML:codebook:1.0\"").contains("isCodable=\"true\"")
                .contains("Name (en): Suicide prevention");

        RefiCodebook.Read read = qdc.read(file);
        assertThat(read.report().complete()).isTrue();
        List<CodebookEntry> codes = read.codebook().codes();
        assertThat(codes).hasSize(2);
        CodebookEntry root = codes.get(0);
        assertThat(root.name()).isEqualTo("Suicidprevention");
        assertThat(root.nameEn()).isEqualTo("Suicide prevention");
        assertThat(root.description()).isEqualTo("Arbete för att förebygga suicid.\nFlera rader.");
        assertThat(root.descriptionEn()).isNull();
        assertThat(root.color()).isEqualTo("#D55E00");
        CodebookEntry child = root.children().get(0);
        assertThat(child.name()).isEqualTo("Efterlevandestöd");
        assertThat(child.nameEn()).isEqualTo("Support for the bereaved");
        assertThat(child.description()).isEqualTo("Stöd till efterlevande efter suicid.");
        assertThat(child.descriptionEn()).isEqualTo("Support after a suicide.");
        assertThat(codes.get(1).id()).as("a GUID uid travels as the code's GUID")
                .isEqualTo("b3a1c2d4-0000-4000-8000-000000000001");
        assertThat(Guids.isGuid(root.id())).isTrue();

        Path again = dir.resolve("igen.qdc");
        qdc.write(twoLevels(), again, "DialogCoder test");
        assertThat(Files.readAllBytes(again)).as("the same codebook gives the same file").isEqualTo(xml);
    }

    @Test
    void olderNamespacesPrefixesBomShortColoursAndMissingColoursAreRead() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
                + "<qda:CodeBook xmlns:qda=\"urn:QDA-XML:codebook:0:4\" origin=\"MAXQDA 2020\">\r\n"
                + "<qda:Codes>\r\n"
                + "<qda:Code guid=\"{A1B2C3D4-1111-2222-3333-444455556666}\" name=\"Handlingsplaner\" isCodable=\"true\""
                + " color=\"#0a0\"><qda:Description>Planer i länet</qda:Description>\r\n"
                + "<qda:Code guid=\"A1B2C3D4-1111-2222-3333-444455556667\" name=\"Länsgemensam\" isCodable=\"true\"/>"
                + "</qda:Code>\r\n</qda:Codes>\r\n"
                + "<qda:Sets><qda:Set guid=\"A1B2C3D4-1111-2222-3333-444455556668\" name=\"Viktiga\"/></qda:Sets>"
                + "</qda:CodeBook>";
        Path file = Files.write(dir.resolve("maxqda.qdc"), ZipBuilder.withBom(xml));
        RefiCodebook.Read read = qdc.read(file);
        CodebookEntry code = read.codebook().codes().get(0);
        assertThat(code.id()).isEqualTo("a1b2c3d4-1111-2222-3333-444455556666");
        assertThat(code.color()).isEqualTo("#00AA00");
        assertThat(code.description()).isEqualTo("Planer i länet");
        assertThat(code.children().get(0).color()).isEqualTo(RefiCodes.DEFAULT_COLOR);
        assertThat(read.report().notImported()).singleElement().asString().contains("Set \"Viktiga\"");
    }

    @Test
    void aCodeNameWithALineBreakIsReadOnOneLine() throws Exception {
        Path plain = Files.writeString(dir.resolve("radbrytning.qdc"),
                "<CodeBook><Codes><Code guid=\"a1b2c3d4-1111-2222-3333-444455556666\" name=\" Stöd till&#10;&#10;"
                        + "efterlevande&#x2029;\" isCodable=\"true\"/></Codes></CodeBook>");
        assertThat(qdc.read(plain).codebook().codes()).extracting(CodebookEntry::name)
                .containsExactly("Stöd till efterlevande");
    }

    @Test
    void aCodebookWithoutNamespaceAndTheCodebookOfAProjectAreRead() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.qdc"),
                "<CodeBook><Codes><Code guid=\"a1b2c3d4-1111-2222-3333-444455556666\" name=\"X\" isCodable=\"false\"/>"
                        + "</Codes></CodeBook>");
        assertThat(qdc.read(plain).codebook().codes()).extracting(CodebookEntry::name).containsExactly("X");
        Path project = Files.writeString(dir.resolve("project.qde"), "<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"p\"><CodeBook><Codes><Code guid=\"a1b2c3d4-1111-2222-3333-444455556666\" name=\"Y\" "
                + "isCodable=\"true\"/></Codes></CodeBook></Project>");
        assertThat(qdc.read(project).codebook().codes()).extracting(CodebookEntry::name).containsExactly("Y");
        Path qdpx = new ZipBuilder().add("project.qde", Files.readString(project)).write(dir.resolve("p.qdpx"));
        assertThat(qdc.read(qdpx).codebook().codes()).extracting(CodebookEntry::name).containsExactly("Y");
    }

    @Test
    void hostileAndWrongFilesAreRefusedWithTheirName() throws Exception {
        Path xxe = Files.writeString(dir.resolve("xxe.qdc"), "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><CodeBook><Codes><Code guid=\"a1b2c3d4-1111-2222-3333-444455556666\" "
                + "name=\"&e;\" isCodable=\"true\"/></Codes></CodeBook>");
        assertThatThrownBy(() -> qdc.read(xxe)).isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith("xxe.qdc: ").hasMessageContaining("DOCTYPE");
        Path html = Files.writeString(dir.resolve("fel.qdc"), "<html><body/></html>");
        assertThatThrownBy(() -> qdc.read(html)).hasMessage("fel.qdc: not a REFI-QDA codebook (the file starts "
                + "with <html>, not <CodeBook>).");
        Path empty = Files.writeString(dir.resolve("tom.qdc"), "<CodeBook><Codes/></CodeBook>");
        assertThatThrownBy(() -> qdc.read(empty)).hasMessage("tom.qdc: the codebook has no codes.");
        assertThatThrownBy(() -> qdc.write(new Codebook("x", null, List.of()), dir.resolve("ut.qdc"), "t"))
                .hasMessageContaining("ut.qdc: the codebook has no codes");
        assertThat(dir.resolve("ut.qdc")).doesNotExist();
    }
}
