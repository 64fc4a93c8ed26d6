package se.dialogcoder.app;

import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.exchange.ExchangeService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.exchange.RefiSchemas;
import se.dialogcoder.exchange.ZipBuilder;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;

/** MAXQDA's document sets and code sets arrive as sets; ours leave as REFI-QDA {@code <Sets>} and come back. */
class SetsExchangeTest {
    @TempDir
    Path dir;
    private final ExchangeService exchange = new ExchangeService(
            new CodebookService(new se.dialogcoder.exchange.CodebookJson()), "DialogCoder test");

    private static final String S1 = "50c00000-0000-4000-8000-000000000001";
    private static final String S2 = "50c00000-0000-4000-8000-000000000002";
    private static final String S3 = "50c00000-0000-4000-8000-000000000003";
    private static final String PIC = "50c00000-0000-4000-8000-000000000009";
    private static final String C1 = "C0DE0000-0000-4000-8000-000000000001";
    private static final String C2 = "C0DE0000-0000-4000-8000-000000000002";
    private static final String C3 = "C0DE0000-0000-4000-8000-000000000003";

    private static String source(String guid, String name) {
        return "<TextSource guid=\"" + guid + "\" name=\"" + name + "\" plainTextPath=\"internal://" + guid
                + ".txt\"><PlainTextSelection guid=\"" + guid.replace("50c0", "5e1e") + "\" startPosition=\"0\" "
                + "endPosition=\"6\"><Coding guid=\"" + guid.replace("50c0", "c0d1") + "\"><CodeRef targetGUID=\""
                + C1 + "\"/></Coding></PlainTextSelection></TextSource>";
    }

    private static String set(String guid, String name, String description, String... members) {
        StringBuilder sb = new StringBuilder("<Set guid=\"" + guid + "\" name=\"" + name + "\">");
        if (description != null) {
            sb.append("<Description>").append(description).append("</Description>");
        }
        for (String m : members) {
            sb.append(m);
        }
        return sb.append("</Set>").toString();
    }

    private static String code(String guid) {
        return "<MemberCode targetGUID=\"" + guid + "\"/>";
    }

    private static String src(String guid) {
        return "<MemberSource targetGUID=\"" + guid + "\"/>";
    }

    /** Written the way MAXQDA 2022 writes a project: nameless cases for document variables, sets of both kinds. */
    private Path maxqdaArchive() throws Exception {
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"MAXQDA-projekt\" origin=\"MAXQDA 2022 (Release 22.7.0)\">"
                + "<CodeBook><Codes><Code guid=\"" + C1 + "\" name=\"Styrning\" isCodable=\"true\" color=\"#FF0000\">"
                + "<Code guid=\"" + C2 + "\" name=\"Samordning\" isCodable=\"true\" color=\"#00FF00\"/></Code>"
                + "<Code guid=\"" + C3 + "\" name=\"Stöd\" isCodable=\"true\" color=\"#0000FF\"/></Codes></CodeBook>"
                + "<Variables><Variable guid=\"7a100000-0000-4000-8000-000000000001\" name=\"Roll\" "
                + "typeOfVariable=\"Text\"/></Variables>"
                + "<Cases><Case guid=\"ca5e0000-0000-4000-8000-000000000001\"><VariableValue><VariableRef "
                + "targetGUID=\"7a100000-0000-4000-8000-000000000001\"/><TextValue>samordnare</TextValue>"
                + "</VariableValue><SourceRef targetGUID=\"" + S1 + "\"/></Case></Cases>"
                + "<Sources>" + source(S1, "Skåne 2025") + source(S2, "Gotland 2025") + source(S3, "Norrbotten 2025")
                + "<PictureSource guid=\"" + PIC + "\" name=\"Karta\" path=\"internal://karta.png\"/></Sources>"
                + "<Sets>"
                + set("5e700000-0000-4000-8000-000000000001", "Kustlän", "Län vid havet  ", src(S1), src(S2))
                + set("5e700000-0000-4000-8000-000000000002", "Uppföljning", null, src(S3), src(PIC))
                + set("5e700000-0000-4000-8000-000000000003", "Styrningskoder", null, code(C1), code(C2))
                + set("5e700000-0000-4000-8000-000000000004", "Blandat", null, code(C3), src(S3))
                + set("5e700000-0000-4000-8000-000000000005", "Norrland", null, src(S3))
                + "</Sets></Project>";
        ZipBuilder zip = new ZipBuilder().add("MAXQDA-projekt.qde", qde);
        zip.add("sources/" + S1 + ".txt", "Region Skåne har en handlingsplan.");
        zip.add("sources/" + S2 + ".txt", "Region Gotland samordnar arbetet.");
        zip.add("sources/" + S3 + ".txt", "Region Norrbotten ger stöd i inlandet.");
        return zip.write(dir.resolve("maxqda.qdpx"));
    }

    /** Each set as "kind name | description | members" with members by name or code path. */
    private static List<String> sets(Path project) throws Exception {
        List<String> out = new ArrayList<>();
        try (Project p = ProjectStores.open(project)) {
            p.read(tx -> {
                Map<Long, String> names = new TreeMap<>();
                for (Document d : tx.documents().list()) {
                    names.put(d.id(), d.name());
                }
                Map<Long, String> paths = tx.codes().paths();
                for (ItemSet s : tx.sets().list()) {
                    out.add(s.kind().id() + " " + s.name() + " | " + s.description() + " | " + String.join(", ",
                            s.members().stream().map(m -> s.isDocumentSet() ? names.get(m) : paths.get(m)).toList()));
                }
                return null;
            });
        }
        return out;
    }

    @Test
    void maxqdaDocumentAndCodeSetsArriveAndLeaveAgain() throws Exception {
        Path project = dir.resolve("maxqda.dcproj");
        ExchangeService.ProjectImport result = exchange.importQdpx(maxqdaArchive(), project);
        assertThat(result.documents()).isEqualTo(3);
        List<String> expected = List.of(
                "documents Blandat | null | Norrbotten 2025",
                "documents Kustlän | Län vid havet   | Skåne 2025, Gotland 2025",
                "documents Norrland (2) | null | Norrbotten 2025",
                "documents Uppföljning | null | Norrbotten 2025",
                "codes Blandat (koder) | null | Stöd",
                "codes Styrningskoder | null | Styrning, Styrning / Samordning");
        assertThat(sets(project)).containsExactlyElementsOf(expected);
        assertThat(result.report().notes())
                .anyMatch(n -> n.contains("Set \"Blandat\"") && n.contains("the document set \"Blandat\" and the "
                        + "code set \"Blandat (koder)\""))
                .anyMatch(n -> n.contains("Set \"Uppföljning\"") && n.contains("1 member(s) are not in the imported"))
                .anyMatch(n -> n.contains("imported as the code set \"Styrningskoder\" (2 codes)"));
        assertThat(result.report().notImported()).noneMatch(n -> n.contains("Set \""));

        Path qdpx = dir.resolve("tillbaka.qdpx");
        try (Project p = ProjectStores.open(project)) {
            exchange.exportQdpx(p, qdpx);
        }
        byte[] qde = ZipBuilder.read(qdpx).get("project.qde");
        String xml = new String(qde, StandardCharsets.UTF_8);
        assertThat(xml).contains("<Sets>").contains("name=\"Kustlän\"").contains("<Description>Län vid havet  "
                + "</Description>").doesNotContain("Sjukvårdsregion").doesNotContain("Götaland");
        assertThat(xml.indexOf("<Sets>")).isGreaterThan(xml.indexOf("</Sources>"));
        RefiSchemas.validateProject(qde);

        Path again = dir.resolve("igen.dcproj");
        exchange.importQdpx(qdpx, again);
        assertThat(sets(again)).as("a round trip keeps every set, its description and its members")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aProjectWithoutSetsWritesNoSetsElement() throws Exception {
        Path project = dir.resolve("tom.dcproj");
        try (Project p = ProjectStores.create(project, "Tom", "2025")) {
            p.write(tx -> tx.codes().insert("x", null, "X", null, null, null, "#000000", 0));
        }
        Path qdpx = dir.resolve("tom.qdpx");
        try (Project p = ProjectStores.open(project)) {
            exchange.exportQdpx(p, qdpx);
        }
        assertThat(new String(ZipBuilder.read(qdpx).get("project.qde"), StandardCharsets.UTF_8))
                .doesNotContain("<Sets");
    }
}
