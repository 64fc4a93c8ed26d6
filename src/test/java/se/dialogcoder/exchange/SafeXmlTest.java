package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** XML is parsed in one hardened way: no DOCTYPE, so no external entities and no entity expansion. */
class SafeXmlTest {
    @TempDir
    Path dir;

    @Test
    void anExternalEntityIsRefusedAndTheFileIsNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "hemligt");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project name=\"&x;\"/>";
        assertThatThrownBy(() -> SafeXml.parse(xxe.getBytes(StandardCharsets.UTF_8), "evil.qdpx: project.qde"))
                .isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith("evil.qdpx: project.qde: ")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("hemligt");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        sb.append("]>\n<CodeBook>&lol9;</CodeBook>");
        assertThatThrownBy(() -> SafeXml.parse(sb.toString().getBytes(StandardCharsets.UTF_8), "lol.qdc"))
                .isInstanceOf(ExchangeException.class).hasMessageStartingWith("lol.qdc: ")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void anExternalDtdIsNotFetched() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project SYSTEM \"http://example.invalid/evil.dtd\">\n"
                + "<Project name=\"p\"/>";
        assertThatThrownBy(() -> SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8), "x.qde"))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aByteOrderMarkAndNamespacesAreFine() throws Exception {
        byte[] xml = ZipBuilder.withBom("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<qda:CodeBook xmlns:qda=\"urn:QDA-XML:codebook:0:4\"><qda:Codes/></qda:CodeBook>");
        Document doc = SafeXml.parse(xml, "bom.qdc");
        assertThat(Dom.name(doc.getDocumentElement())).isEqualTo("CodeBook");
        assertThat(Dom.child(doc.getDocumentElement(), "Codes")).isNotNull();
    }

    @Test
    void brokenXmlNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> SafeXml.parse("<Project>\n<Users>\n</Project>".getBytes(StandardCharsets.UTF_8),
                "trasig.qde"))
                .isInstanceOf(ExchangeException.class).hasMessageStartingWith("trasig.qde: not well-formed XML")
                .hasMessageContaining("line 3");
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<a>".repeat(SafeXml.MAX_ELEMENT_DEPTH + 50) + "</a>".repeat(SafeXml.MAX_ELEMENT_DEPTH + 50);
        assertThatThrownBy(() -> SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8), "deep.qde"))
                .isInstanceOf(ExchangeException.class).hasMessageStartingWith("deep.qde: ");
    }
}
