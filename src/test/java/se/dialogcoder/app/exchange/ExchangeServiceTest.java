package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.codebook.CodebookService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.RefiSchemas;
import se.dialogcoder.exchange.ZipBuilder;
import se.dialogcoder.ingest.UnitSplitter;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;

/** Export to .qdpx and import into a new project gives back the same project. */
class ExchangeServiceTest {
    @TempDir
    Path dir;
    private ExchangeService exchange;

    static final String SKANE = "Region Skåne, länsdialog 2025-03-14\n\n"
            + "Moderator: Välkommen 😀 till dialogen om psykisk hälsa.\n\n"
            + "Länssamordnare: Vi har en länsgemensam handlingsplan. 🙂 Efterlevandestöd ges av Region Skåne.\n\n"
            + "Kommunrepresentant: Åtgärder för begränsning av medel och metoder pågår i Malmö.\n";
    static final String OKAND = "Anteckningar från ett möte.\n\nNågon nämnde suicidprevention.\n";

    @BeforeEach
    void setUp() {
        exchange = new ExchangeService(new CodebookService(new se.dialogcoder.exchange.CodebookJson()), "DialogCoder test");
    }

    private static int cp(String text, String word) {
        return text.codePointCount(0, text.indexOf(word));
    }

    /** A project with every kind of thing export must carry. */
    private Path buildProject() throws Exception {
        Path file = dir.resolve("original.dcproj");
        try (Project p = ProjectStores.create(file, "Länsdialoger 2025", "2025")) {
            p.write(tx -> {
                tx.project().setMemo("Projektmemo: omgång 2025.\nTvå kodare.");
                Code theme = tx.codes().insert("suicidprevention", null, "Suicidprevention", "Suicide prevention",
                        "Arbete för att förebygga suicid.", "Work to prevent suicide.", "#D55E00", 0);
                Code sub = tx.codes().insert("suicidprevention.efterlevandestod", theme.id(), "Efterlevandestöd",
                        null, "Stöd till efterlevande.", null, "#CC79A7", 0);
                Code plan = tx.codes().insert("1c0de000-0000-4000-8000-000000000042", null, "Handlingsplaner",
                        "Action plans", null, null, "#009E73", 1);
                Code means = tx.codes().insert("suicidprevention.medel", theme.id(), "Begränsning av medel och metoder",
                        null, null, null, "#E69F00", 1);
                tx.codes().setMemo(sub.id(), "Kodmemo: gäller även närstående.");
                Document skane = tx.documents().insert(new NewDocument("Skåne 2025", County.SKANE,
                        DocumentKind.TRANSCRIPT, "2025", "2025-03-14", "2025_skane_lansdialog.txt", SKANE,
                        UnitSplitter.split(SKANE).units()));
                Document okand = tx.documents().insert(new NewDocument("Okänt möte", null, DocumentKind.NOTES, "2024",
                        null, null, OKAND, UnitSplitter.split(OKAND).units()));
                tx.documents().setMemo(skane.id(), "Dokumentmemo om Skåne.");
                tx.documents().setAttribute(skane.id(), "Mötesform", "digitalt");
                tx.documents().setAttribute(skane.id(), "Antal deltagare", "14");
                Coder anna = tx.coders().getOrCreate("Anna Andersson");
                Coder bjorn = tx.coders().getOrCreate("Björn Berg");
                int s = cp(SKANE, "länsgemensam handlingsplan");
                tx.codings().insert(skane.id(), plan.id(), anna.id(), s, s + 26);
                tx.codings().insert(skane.id(), plan.id(), bjorn.id(), s + 13, s + 26);
                int e = cp(SKANE, "Efterlevandestöd ges");
                Coding withMemo = tx.codings().insert(skane.id(), sub.id(), anna.id(), e, e + 16);
                tx.codings().setMemo(withMemo.id(), "Kodningsmemo: citat till rapporten.");
                int m = cp(SKANE, "begränsning av medel");
                tx.codings().insert(skane.id(), means.id(), bjorn.id(), m, m + 31);
                int o = cp(OKAND, "suicidprevention");
                tx.codings().insert(okand.id(), theme.id(), anna.id(), o, o + 16);
                return null;
            });
        }
        return file;
    }

    /** Everything a user would compare, keyed by names rather than ids. */
    private static Map<String, Object> contents(Path project) throws Exception {
        Map<String, Object> out = new TreeMap<>();
        try (Project p = ProjectStores.open(project)) {
            p.read(tx -> {
                out.put("project memo", tx.project().memo());
                out.put("name", tx.project().info().name());
                Map<Long, Code> codes = new HashMap<>();
                for (Code c : tx.codes().list()) {
                    codes.put(c.id(), c);
                }
                Map<Long, String> coders = new HashMap<>();
                for (Coder c : tx.coders().list()) {
                    coders.put(c.id(), c.name());
                }
                for (Code c : codes.values()) {
                    out.put("code " + path(c, codes), List.of(c.color(), String.valueOf(c.nameEn()),
                            String.valueOf(c.description()), String.valueOf(c.descriptionEn()),
                            String.valueOf(tx.codes().memo(c.id())), c.sortOrder()));
                }
                for (Document d : tx.documents().list()) {
                    String text = tx.documents().text(d.id());
                    out.put("doc " + d.name(), List.of(text, String.valueOf(d.county()), d.kind(),
                            String.valueOf(d.round()), String.valueOf(d.dialogueDate()), String.valueOf(d.sourceFile()),
                            String.valueOf(tx.documents().memo(d.id())), tx.documents().attributes(d.id()),
                            d.units()));
                    List<String> codings = new ArrayList<>();
                    for (Coding c : tx.codings().forDocument(d.id())) {
                        codings.add(text.substring(text.offsetByCodePoints(0, c.start()),
                                text.offsetByCodePoints(0, c.end())) + " | " + path(codes.get(c.codeId()), codes)
                                + " | " + coders.get(c.coderId()) + " | " + tx.codings().memo(c.id()));
                    }
                    codings.sort(null);
                    out.put("codings " + d.name(), codings);
                }
                return null;
            });
        }
        return out;
    }

    private static String path(Code c, Map<Long, Code> codes) {
        return c.parentId() == null ? c.name() : path(codes.get(c.parentId()), codes) + " / " + c.name();
    }

    @Test
    void exportThenImportGivesBackTheSameProject() throws Exception {
        Path original = buildProject();
        Path qdpx = dir.resolve("export.qdpx");
        try (Project p = ProjectStores.open(original)) {
            var summary = exchange.exportQdpx(p, qdpx);
            assertThat(summary.documents()).isEqualTo(2);
            assertThat(summary.codings()).isEqualTo(5);
        }
        RefiSchemas.validateProject(ZipBuilder.read(qdpx).get("project.qde"));

        Path copy = dir.resolve("kopia.dcproj");
        ExchangeService.ProjectImport result = exchange.importQdpx(qdpx, copy);
        assertThat(result.report().notImported()).isEmpty();
        assertThat(result.documents()).isEqualTo(2);
        assertThat(result.codings()).isEqualTo(5);
        assertThat(result.coders()).isEqualTo(2);
        Map<String, Object> before = contents(original);
        Map<String, Object> after = contents(copy);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String key : before.keySet()) {
            assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
        }
        assertThat(after).containsKey("code Suicidprevention / Efterlevandestöd");
        assertThat(((List<?>) after.get("codings Skåne 2025")).get(0).toString())
                .isEqualTo("Efterlevandestöd | Suicidprevention / Efterlevandestöd | Anna Andersson | Kodningsmemo: "
                        + "citat till rapporten.");

        Path again = dir.resolve("again.qdpx");
        try (Project p = ProjectStores.open(original)) {
            exchange.exportQdpx(p, again);
        }
        assertThat(Files.readAllBytes(again)).as("a re-export is identical").isEqualTo(Files.readAllBytes(qdpx));
    }

    @Test
    void aCrlfArchiveFromElsewhereGivesCodingsOnTheIntendedWords() throws Exception {
        String text = "Region Västerbotten\r\n\r\nSamordnare: Vi arbetar med MHFA och YAM i skolorna.\r\n"
                + "Chef: Efterlevandestöd saknas 😟 i inlandet.\r\n";
        StringBuilder selections = new StringBuilder();
        String[] words = {"MHFA", "YAM", "Efterlevandestöd", "inlandet"};
        for (int i = 0; i < words.length; i++) {
            int s = cp(text, words[i]);
            selections.append("<PlainTextSelection guid=\"5e1e0000-0000-4000-8000-00000000000").append(i)
                    .append("\" startPosition=\"").append(s).append("\" endPosition=\"")
                    .append(s + words[i].length()).append("\"><Coding guid=\"c0d10000-0000-4000-8000-00000000000")
                    .append(i).append("\"><CodeRef targetGUID=\"c0de0000-0000-4000-8000-000000000001\"/></Coding>")
                    .append("</PlainTextSelection>");
        }
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Från annat program\"><CodeBook><Codes>"
                + "<Code guid=\"c0de0000-0000-4000-8000-000000000001\" name=\"Kompetens\" isCodable=\"true\"/>"
                + "</Codes></CodeBook><Sources><TextSource guid=\"50c00000-0000-4000-8000-000000000001\" "
                + "name=\"intervju\" plainTextPath=\"internal://50c00000-0000-4000-8000-000000000001.txt\">"
                + selections + "</TextSource></Sources></Project>";
        Path qdpx = new ZipBuilder().add("project.qde", qde)
                .add("sources/50c00000-0000-4000-8000-000000000001.txt", text).write(dir.resolve("crlf.qdpx"));
        Path project = dir.resolve("crlf.dcproj");
        ExchangeService.ProjectImport result = exchange.importQdpx(qdpx, project);
        assertThat(result.report().notImported()).isEmpty();
        assertThat(result.report().notes()).anyMatch(n -> n.contains("Västerbottens län found"));
        try (Project p = ProjectStores.open(project)) {
            Document d = p.read(tx -> tx.documents().list()).get(0);
            String stored = p.read(tx -> tx.documents().text(d.id()));
            assertThat(stored).doesNotContain("\r");
            assertThat(d.county()).isEqualTo(County.VASTERBOTTEN);
            assertThat(d.units()).as("units are split from the text").isPositive();
            List<String> passages = new ArrayList<>();
            for (Coding c : p.read(tx -> tx.codings().forDocument(d.id()))) {
                passages.add(stored.substring(stored.offsetByCodePoints(0, c.start()),
                        stored.offsetByCodePoints(0, c.end())));
            }
            assertThat(passages).containsExactly(words);
            List<Coder> coders = p.read(tx -> tx.coders().list());
            assertThat(coders).extracting(Coder::name).containsExactly("Unknown coder");
        }
    }

    @Test
    void hostileOrBrokenArchivesCreateNoProjectAndNameTheFile() throws Exception {
        Map<String, Path> files = new TreeMap<>();
        files.put("xxe.qdpx", new ZipBuilder().add("project.qde", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x "
                + "SYSTEM \"file:///etc/passwd\">]><Project name=\"&x;\"/>").write(dir.resolve("xxe.qdpx")));
        files.put("slip.qdpx", new ZipBuilder().add("project.qde", "<Project name=\"p\"/>").add("../evil.txt", "x")
                .write(dir.resolve("slip.qdpx")));
        files.put("bomb.qdpx", new ZipBuilder().add("project.qde", new byte[40 * 1024 * 1024])
                .write(dir.resolve("bomb.qdpx")));
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><Project name=\"&l9;\"/>");
        files.put("lol.qdpx", new ZipBuilder().add("project.qde", lol.toString()).write(dir.resolve("lol.qdpx")));
        files.put("abs.qdpx", new ZipBuilder().add("project.qde", "<Project name=\"p\"/>").add("/tmp/evil.txt", "x")
                .write(dir.resolve("abs.qdpx")));
        files.put("noqde.qdpx", new ZipBuilder().add("sources/a.txt", "x").write(dir.resolve("noqde.qdpx")));
        files.put("text.qdpx", Files.writeString(dir.resolve("text.qdpx"), "inte en zip"));
        for (Map.Entry<String, Path> f : files.entrySet()) {
            Path target = dir.resolve("ny-" + f.getKey() + ".dcproj");
            assertThatThrownBy(() -> exchange.importQdpx(f.getValue(), target)).as(f.getKey())
                    .isInstanceOf(ExchangeException.class).hasMessageStartingWith(f.getKey() + ": ");
            assertThat(target).as(f.getKey()).doesNotExist();
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".")
                    || n.endsWith(".dcproj"));
        }
    }

    @Test
    void anExistingProjectIsNeverImportedInto() throws Exception {
        Path original = buildProject();
        Path qdpx = dir.resolve("export.qdpx");
        try (Project p = ProjectStores.open(original)) {
            exchange.exportQdpx(p, qdpx);
        }
        byte[] before = Files.readAllBytes(original);
        assertThatThrownBy(() -> exchange.importQdpx(qdpx, original))
                .hasMessageContaining("original.dcproj: a file of that name already exists");
        assertThat(Files.readAllBytes(original)).isEqualTo(before);
    }

    @Test
    void aQdcCodebookIsAddedToAProjectAndAHostileOneLeavesItUnchanged() throws Exception {
        Path original = buildProject();
        Path qdc = dir.resolve("kodbok.qdc");
        try (Project p = ProjectStores.open(original)) {
            assertThat(exchange.exportQdc(p, qdc)).isEqualTo(4);
        }
        RefiSchemas.validateCodebook(Files.readAllBytes(qdc));
        Path empty = dir.resolve("tom.dcproj");
        try (Project p = ProjectStores.create(empty, "Tom", null)) {
            ExchangeService.CodebookImport result = exchange.importQdc(p, exchange.readQdc(qdc));
            assertThat(result.count().added()).isEqualTo(4);
            List<Code> codes = p.read(tx -> tx.codes().list());
            assertThat(codes).extracting(Code::name).contains("Efterlevandestöd", "Handlingsplaner");
            assertThat(codes).filteredOn(c -> c.name().equals("Suicidprevention")).singleElement()
                    .satisfies(c -> assertThat(c.nameEn()).isEqualTo("Suicide prevention"));
            assertThat(exchange.importQdc(p, exchange.readQdc(qdc)).count().added()).as("again: nothing new")
                    .isZero();
        }
        Path evil = Files.writeString(dir.resolve("evil.qdc"), "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY e "
                + "SYSTEM \"file:///etc/passwd\">]><CodeBook><Codes><Code guid=\"c0de0000-0000-4000-8000-"
                + "000000000001\" name=\"&e;\" isCodable=\"true\"/></Codes></CodeBook>");
        byte[] before = Files.readAllBytes(empty);
        assertThatThrownBy(() -> exchange.readQdc(evil)).hasMessageStartingWith("evil.qdc: ")
                .hasMessageContaining("DOCTYPE");
        assertThat(Files.readAllBytes(empty)).isEqualTo(before);
    }
}
