package se.dialogcoder.cli;

import se.dialogcoder.app.Project;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.Services;
import se.dialogcoder.exchange.RefiFixture;
import se.dialogcoder.exchange.ZipBuilder;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Document;

/** export, import-qdpx and import-qdc as a user runs them: files in, exit codes and messages checked. */
class ExchangeCliTest extends CliTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        services = new Services(new AppPaths(dir.resolve("home")));
    }

    /** A project made with the CLI, with two codings added through the store. */
    private Path project() throws Exception {
        Path project = dir.resolve("p.dcproj");
        assertThat(run("new", project.toString(), "--round", "2025")).isZero();
        Path skane = Files.writeString(dir.resolve("2025_skane_lansdialog.txt"), "Region Skåne län 2025\r\n\r\n"
                + "Moderator: Välkomna 😀.\r\nSamordnare: Vi har en handlingsplan.\r\nChef: Och efterlevandestöd.\r\n");
        Path gotland = Files.writeString(dir.resolve("gotland_anteckningar.txt"), "Gotland\n\nAnteckningar om MHFA.");
        assertThat(run("import", project.toString(), skane.toString(), gotland.toString())).as(err).isZero();
        try (Project p = ProjectStores.open(project)) {
            p.write(tx -> {
                Document d = tx.documents().byName("2025_skane_lansdialog").orElseThrow();
                String text = tx.documents().text(d.id());
                Code code = tx.codes().list().get(0);
                Coder coder = tx.coders().getOrCreate("Kodare Å");
                int s = text.codePointCount(0, text.indexOf("handlingsplan"));
                tx.codings().insert(d.id(), code.id(), coder.id(), s, s + 13);
                tx.codings().setMemo(tx.codings().insert(d.id(), code.id(), coder.id(), 0, 6).id(), "memo");
                return null;
            });
        }
        return project;
    }

    private JsonNode info(Path project) throws Exception {
        assertThat(run("info", project.toString(), "--json")).isZero();
        ObjectNode info = (ObjectNode) new ObjectMapper().readTree(out);
        ((ObjectNode) info.path("project")).remove(java.util.List.of("id", "file", "created"));
        return info;
    }

    @Test
    void exportToQdpxAndImportIntoANewProjectGivesTheSameInfo() throws Exception {
        Path project = project();
        Path qdpx = dir.resolve("utbyte.qdpx");
        assertThat(run("export", project.toString(), "--format", "qdpx", "--out", qdpx.toString())).as(err).isZero();
        assertThat(err).contains("Wrote 2 documents").contains("2 codings").contains(qdpx.toString());
        Path copy = dir.resolve("kopia");
        assertThat(run("import-qdpx", qdpx.toString(), "--project", copy.toString(), "--json")).as(err).isZero();
        assertThat(err).contains("Created").contains("kopia.dcproj").contains("2 documents").contains("2 codings");
        JsonNode result = new ObjectMapper().readTree(out);
        assertThat(result.path("notImported")).isEmpty();
        assertThat(info(dir.resolve("kopia.dcproj"))).isEqualTo(info(project));

        assertThat(run("import-qdpx", qdpx.toString(), "--project", dir.resolve("kopia.dcproj").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err).contains("kopia.dcproj: a file of that name already exists");
    }

    @Test
    void codebooksGoOutAsQdcAndJsonAndComeBackIn() throws Exception {
        Path project = project();
        Path qdc = dir.resolve("kodbok.qdc");
        assertThat(run("export", project.toString(), "--format", "qdc", "--out", qdc.toString())).as(err).isZero();
        assertThat(err).containsPattern("Wrote \\d{2} codes");
        Path json = dir.resolve("kodbok.json");
        assertThat(run("export", project.toString(), "--format", "JSON", "--out", json.toString())).isZero();
        assertThat(Files.readString(json)).contains("dialogcoder-codebook");

        Path empty = dir.resolve("tom.dcproj");
        run("new", empty.toString(), "--empty-codebook");
        assertThat(run("import-qdc", empty.toString(), qdc.toString())).as(err).isZero();
        assertThat(err).containsPattern("Added \\d{2} codes; 0 were");
        assertThat(run("import-qdc", empty.toString(), qdc.toString())).isZero();
        assertThat(err).contains("Added 0 codes");

        Path withSet = Files.writeString(dir.resolve("set.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"
                + "<Codes><Code guid=\"c0de0000-0000-4000-8000-000000000001\" name=\"Nytt\" isCodable=\"true\"/>"
                + "</Codes><Sets><Set guid=\"5e700000-0000-4000-8000-000000000001\" name=\"Urval\"/></Sets>"
                + "</CodeBook>");
        assertThat(run("import-qdc", empty.toString(), withSet.toString())).isEqualTo(Cli.PARTIAL);
        assertThat(err).contains("not imported  Set \"Urval\"").contains("Added 1 codes");
    }

    @Test
    void hostileAndPartialArchivesHaveTheirExitCodes() throws Exception {
        Path slip = new ZipBuilder().add("project.qde", "<Project name=\"p\"/>").add("../../evil.txt", "x")
                .write(dir.resolve("slip.qdpx"));
        assertThat(run("import-qdpx", slip.toString(), "--project", dir.resolve("ny.dcproj").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("dialogcoder: slip.qdpx: ").contains("zip slip");
        assertThat(dir.resolve("ny.dcproj")).doesNotExist();

        Path evil = Files.writeString(dir.resolve("evil.qdc"), "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY e "
                + "SYSTEM \"file:///etc/passwd\">]><CodeBook/>");
        Path project = project();
        byte[] before = Files.readAllBytes(project);
        assertThat(run("import-qdc", project.toString(), evil.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("evil.qdc: ").contains("DOCTYPE");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);

        Path partial = new ZipBuilder().add("projekt.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"P\">"
                + "<Sources><TextSource guid=\"50c00000-0000-4000-8000-000000000001\" name=\"Kalmar\">"
                + "<PlainTextContent>Region Kalmar län.</PlainTextContent></TextSource>"
                + "<AudioSource guid=\"50c00000-0000-4000-8000-000000000002\" name=\"Inspelning\" "
                + "path=\"relative:///ljud.m4a\"/></Sources></Project>").write(dir.resolve("delvis.qdpx"));
        assertThat(run("import-qdpx", partial.toString(), "--project", dir.resolve("delvis.dcproj").toString()))
                .isEqualTo(Cli.PARTIAL);
        assertThat(err).contains("not imported  Audio source \"Inspelning\"")
                .contains("note          Source \"Kalmar\": county Kalmar län found")
                .contains("1 item(s) of delvis.qdpx could not be imported");
        assertThat(dir.resolve("delvis.dcproj")).exists();
    }

    @Test
    void usageErrors() throws Exception {
        Path project = project();
        assertThat(run("export", project.toString(), "--format", "pdf", "--out", "x")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("unknown format \"pdf\"").contains("qdpx, qdc, json");
        assertThat(run("export", project.toString(), "--format", "qdpx", "--out", "x.qdpx", "--what", "matrix"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("--what does not apply to --format qdpx");
        assertThat(run("export", project.toString(), "--format", "qdpx", "--out", project.toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("is the project itself");
        assertThat(run("import-qdpx", "a.qdpx")).isEqualTo(Cli.USAGE);
        assertThat(run("export", dir.resolve("saknas.dcproj").toString(), "--format", "qdc", "--out",
                dir.resolve("k.qdc").toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("saknas.dcproj: no such file");
        assertThat(dir.resolve("k.qdc")).doesNotExist();
    }

    /** Every coding's passage as stored, "document: passage", in document order. */
    private static java.util.List<String> passages(Path project) throws Exception {
        try (Project p = ProjectStores.open(project)) {
            return p.read(tx -> {
                java.util.List<String> out = new java.util.ArrayList<>();
                for (Document d : tx.documents().list()) {
                    String t = tx.documents().text(d.id());
                    for (var c : tx.codings().forDocument(d.id())) {
                        out.add(d.name() + ": " + t.substring(t.offsetByCodePoints(0, c.start()),
                                t.offsetByCodePoints(0, c.end())));
                    }
                }
                return out;
            });
        }
    }

    @Test
    void anNvivoArchiveImportsWithEveryCodingOnItsWordsAndSaysHowItCounted() throws Exception {
        RefiFixture f = RefiFixture.nvivo(RefiFixture.DIALOGUE);
        RefiFixture.QUOTES.forEach(f::nvivoSelection);
        Path qdpx = f.write(dir.resolve("nvivo.qdpx"));
        Path target = dir.resolve("nvivo.dcproj");
        assertThat(run("import-qdpx", qdpx.toString(), "--project", target.toString())).as(err).isZero();
        assertThat(err).contains("note          Source \"" + RefiFixture.SOURCE + "\": positions counted as UTF-16 "
                + "units, CR LF as two, BOM not counted (checked against 5 of 5 selection names)");
        assertThat(passages(target)).containsExactlyInAnyOrderElementsOf(f.stored().stream()
                .map(q -> RefiFixture.SOURCE + ": " + q).toList());
    }

    @Test
    void positionsThatFitNoCountingImportNothingAndExitOneUnlessTheCountingIsChosen() throws Exception {
        RefiFixture f = RefiFixture.nvivo(RefiFixture.DIALOGUE);
        RefiFixture.QUOTES.forEach(q -> f.select(q, se.dialogcoder.exchange.OffsetUnit.UTF16, true, false, 7, true));
        Path qdpx = f.write(dir.resolve("trasig.qdpx"));
        Path target = dir.resolve("trasig.dcproj");
        assertThat(run("import-qdpx", qdpx.toString(), "--project", target.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("dialogcoder: trasig.qdpx: nothing was imported")
                .contains("Source \"" + RefiFixture.SOURCE + "\": its positions fit no counting")
                .contains("5 coding(s) would land on other words").contains("--offsets");
        assertThat(target).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("trasig.dcproj"));
        }

        assertThat(run("import-qdpx", qdpx.toString(), "--project", target.toString(), "--offsets", "bytes"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("--offsets: \"bytes\" is not a counting");
        assertThat(run("import-qdpx", qdpx.toString(), "--project", target.toString(), "--offsets",
                "utf16,crlf2,nobom")).as(err).isZero();
        assertThat(err).contains("(chosen by the user; 0 of 5 selection names match the text)");
        assertThat(passages(target)).hasSize(5);
    }

    @Test
    void anExportInUtf16UnitsComesBackOnTheSameWords() throws Exception {
        Path project = project();
        Path qdpx = dir.resolve("till-nvivo.qdpx");
        assertThat(run("export", project.toString(), "--format", "qdpx", "--out", qdpx.toString(), "--offsets",
                "utf16")).as(err).isZero();
        assertThat(err).contains("Wrote 2 documents").contains("positions in UTF-16 units, for NVivo");
        Path copy = dir.resolve("tillbaka.dcproj");
        assertThat(run("import-qdpx", qdpx.toString(), "--project", copy.toString())).as(err).isZero();
        assertThat(err).contains("positions counted as UTF-16 units");
        assertThat(passages(copy)).containsExactlyElementsOf(passages(project))
                .contains("2025_skane_lansdialog: handlingsplan");

        assertThat(run("export", project.toString(), "--format", "qdc", "--out", dir.resolve("k.qdc").toString(),
                "--offsets", "utf16")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--offsets applies only to --format qdpx");
        assertThat(run("export", project.toString(), "--format", "qdpx", "--out", qdpx.toString(), "--offsets",
                "bytes")).isEqualTo(Cli.USAGE);
    }
}
