package se.dialogcoder.app;

import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.exchange.ExchangeService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.dialogcoder.exchange.RefiSchemas;
import se.dialogcoder.exchange.SafeXml;
import se.dialogcoder.exchange.ZipBuilder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;

/** Counties and document attributes travel through programs that read only a source's own variables. */
class CountiesExchangeTest {
    @TempDir
    Path dir;

    private static final String USER = "a5e40000-0000-4000-8000-000000000001";
    private static final String CODE = "c0de0000-0000-4000-8000-000000000001";

    private static String variable(int n, String name) {
        return "<Variable guid=\"7a100000-0000-4000-8000-00000000000" + n + "\" name=\"" + name
                + "\" typeOfVariable=\"Text\">\n</Variable>\n";
    }

    private static String value(int n, String value) {
        return "<VariableValue>\n<VariableRef targetGUID=\"7a100000-0000-4000-8000-00000000000" + n + "\" />\n"
                + "<TextValue>" + value + "</TextValue>\n</VariableValue>\n";
    }

    private static String source(int n, String name, String text, String word, String values) {
        int s = text.codePointCount(0, text.indexOf(word));
        return "<TextSource guid=\"50c00000-0000-4000-8000-00000000000" + n + "\" name=\"" + name + "\" "
                + "plainTextPath=\"internal://50c00000-0000-4000-8000-00000000000" + n + ".txt\" creatingUser=\""
                + USER + "\" creationDateTime=\"2025-05-01T10:00:00Z\">\n<PlainTextSelection guid=\"5e1e0000-0000-4000-"
                + "8000-00000000000" + n + "\" startPosition=\"" + s + "\" endPosition=\""
                + (s + word.codePointCount(0, word.length())) + "\" creatingUser=\"" + USER + "\">\n<Coding guid=\""
                + "c0d10000-0000-4000-8000-00000000000" + n + "\" creatingUser=\"" + USER + "\">\n<CodeRef targetGUID=\""
                + CODE + "\"/>\n</Coding>\n</PlainTextSelection>\n" + values + "</TextSource>\n";
    }

    /** As QualCoder 3.5 writes a project: no cases, every attribute a Text VariableValue on its TextSource. */
    @Test
    void aQualCoderExportGivesEachDocumentItsCountyAndAttributes() throws Exception {
        String[] texts = {
            "Dialog om psykisk hälsa.\nSamordnare: Vi har efterlevandestöd.\n",
            "Anteckningar.\nChef: Efterlevandestöd saknas 😟 i inlandet.\n",
            "Möte.\nNågon: Efterlevandestöd finns i form av en grupp.\n",
            "Samtal.\nRektor: Efterlevandestöd behövs.\n",
            "Intervju.\nHon: Efterlevandestöd är viktigt.\n"};
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"qc-projekt\" origin=\"QualCoder 3.5\" "
                + "creatingUserGUID=\"" + USER + "\">\n<Users>\n<User guid=\"" + USER + "\" name=\"colin\"/>\n</Users>\n"
                + "<CodeBook>\n<Codes>\n<Code guid=\"" + CODE + "\" name=\"Efterlevandestöd\" isCodable=\"true\" "
                + "color=\"#CC79A7\">\n</Code>\n</Codes>\n</CodeBook>\n<Variables>\n"
                + variable(1, "County") + variable(2, "Roll") + variable(3, "Region") + variable(4, "lan")
                + variable(5, "Omgång") + "</Variables>\n<Sources>\n"
                + source(1, "skane.txt", texts[0], "efterlevandestöd", value(1, "12") + value(2, "samordnare")
                        + value(5, "2025"))
                + source(2, "vgr.txt", texts[1], "Efterlevandestöd", value(3, "Region Västra Götaland")
                        + value(2, "chef"))
                + source(3, "norrbotten.txt", texts[2], "Efterlevandestöd", value(4, "SE-BD"))
                + source(4, "jamtland.txt", texts[3], "Efterlevandestöd", value(1, "Jämtlands län")
                        + value(3, "Norr"))
                + source(5, "okand.txt", texts[4], "Efterlevandestöd", value(3, "Norr"))
                + "</Sources>\n</Project>\n";
        ZipBuilder zip = new ZipBuilder().add("qc-projekt.qde", qde);
        for (int i = 0; i < texts.length; i++) {
            zip.add("sources/50c00000-0000-4000-8000-00000000000" + (i + 1) + ".txt", texts[i]);
        }
        Path qdpx = zip.write(dir.resolve("qualcoder.qdpx"));
        Path project = dir.resolve("qc.dcproj");
        ExchangeService.ProjectImport result = exchange().importQdpx(qdpx, project);

        assertThat(result.report().notImported()).isEmpty();
        try (Project p = ProjectStores.open(project)) {
            Map<String, Document> docs = new TreeMap<>();
            for (Document d : p.read(tx -> tx.documents().list())) {
                docs.put(d.name(), d);
            }
            assertThat(docs.get("skane").county()).isEqualTo(County.SKANE);
            assertThat(docs.get("vgr").county()).isEqualTo(County.VASTRA_GOTALAND);
            assertThat(docs.get("norrbotten").county()).isEqualTo(County.NORRBOTTEN);
            assertThat(docs.get("jamtland").county()).isEqualTo(County.JAMTLAND);
            assertThat(docs.get("okand").county()).as("\"Norr\" is no county").isNull();
            assertThat(docs.get("skane").round()).isEqualTo("2025");
            Map<String, Map<String, String>> attributes = new TreeMap<>();
            for (Document d : docs.values()) {
                attributes.put(d.name(), p.read(tx -> tx.documents().attributes(d.id())));
            }
            assertThat(attributes.get("skane")).isEqualTo(Map.of("Roll", "samordnare"));
            assertThat(attributes.get("vgr")).as("a county value is the county, not an attribute")
                    .isEqualTo(Map.of("Roll", "chef"));
            assertThat(attributes.get("norrbotten")).isEmpty();
            assertThat(attributes.get("jamtland")).as("a Region that is no county stays an attribute")
                    .isEqualTo(Map.of("Region", "Norr"));
            assertThat(attributes.get("okand")).isEqualTo(Map.of("Region", "Norr"));
            for (Document d : docs.values()) {
                String text = p.read(tx -> tx.documents().text(d.id()));
                List<Coding> codings = p.read(tx -> tx.codings().forDocument(d.id()));
                assertThat(codings).singleElement().satisfies(c -> assertThat(text.substring(
                        text.offsetByCodePoints(0, c.start()), text.offsetByCodePoints(0, c.end())))
                        .as(d.name()).isEqualToIgnoringCase("efterlevandestöd"));
            }
        }
    }

    /**
     * The demo project's export: valid against Project.xsd; read the way QualCoder reads it (only the variables on
     * each TextSource, no cases) every document has its county; written back as QualCoder does (the cases without
     * their sources), it imports with every county and nothing left out.
     */
    @Test
    void theDemoExportIsValidAndCarriesEveryCountyOnItsSources() throws Exception {
        Services services = new Services(new AppPaths(dir.resolve("home")));
        Path demo = services.workspace().demoProject();
        Path qdpx = dir.resolve("demo.qdpx");
        Map<String, County> before = new TreeMap<>();
        try (Project p = ProjectStores.open(demo)) {
            services.exchanges().exchange().exportQdpx(p, qdpx);
            for (Document d : p.read(tx -> tx.documents().list())) {
                before.put(d.name(), d.county());
            }
        }
        assertThat(before).hasSize(21).doesNotContainValue(null);
        byte[] xml = ZipBuilder.read(qdpx).get("project.qde");
        RefiSchemas.validateProject(xml);

        org.w3c.dom.Document dom = SafeXml.parse(xml, "project.qde");
        Map<String, String> variableNames = new HashMap<>();
        NodeList vars = dom.getElementsByTagNameNS("*", "Variable");
        for (int i = 0; i < vars.getLength(); i++) {
            Element v = (Element) vars.item(i);
            variableNames.put(v.getAttribute("guid"), v.getAttribute("name"));
        }
        Map<String, County> asQualCoderSees = new TreeMap<>();
        NodeList sources = dom.getElementsByTagNameNS("*", "TextSource");
        for (int i = 0; i < sources.getLength(); i++) {
            Element s = (Element) sources.item(i);
            for (Element vv : children(s, "VariableValue")) {
                String ref = children(vv, "VariableRef").get(0).getAttribute("targetGUID");
                if ("Län".equals(variableNames.get(ref))) {
                    asQualCoderSees.put(s.getAttribute("name"),
                            County.parse(children(vv, "TextValue").get(0).getTextContent()).orElseThrow());
                }
            }
        }
        assertThat(asQualCoderSees).isEqualTo(before);

        String withoutCaseSources = new String(xml, StandardCharsets.UTF_8).replaceAll("\\s*<SourceRef [^>]*/>", "");
        assertThat(withoutCaseSources).contains("<Case ").doesNotContain("SourceRef");
        ZipBuilder back = new ZipBuilder().add("project.qde", withoutCaseSources);
        ZipBuilder.read(qdpx).forEach((name, bytes) -> {
            if (!name.equals("project.qde")) {
                back.add(name, bytes);
            }
        });
        Path copy = dir.resolve("tillbaka.dcproj");
        ExchangeService.ProjectImport result = services.exchanges().exchange().importQdpx(back.write(dir.resolve("qc.qdpx")),
                copy);
        assertThat(result.report().notImported()).isEmpty();
        Map<String, County> after = new TreeMap<>();
        try (Project p = ProjectStores.open(copy)) {
            for (Document d : p.read(tx -> tx.documents().list())) {
                after.put(d.name(), d.county());
            }
        }
        assertThat(after).isEqualTo(before);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static ExchangeService exchange() {
        return new ExchangeService(new CodebookService(new se.dialogcoder.exchange.CodebookJson()), "DialogCoder test");
    }
}
