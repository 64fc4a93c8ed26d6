package se.dialogcoder.app;

import se.dialogcoder.app.codebook.CodebookService;
import se.dialogcoder.app.exchange.ExchangeService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.exchange.CodebookJson;
import se.dialogcoder.exchange.RefiSchemas;
import se.dialogcoder.exchange.ZipBuilder;
import se.dialogcoder.ingest.UnitSplitter;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;

/**
 * Export to REFI-QDA and import again gives back descriptions, memos and names byte for byte (seeded random
 * projects, so a failure can be replayed).
 *
 * <p>What must survive exactly:
 * <ul>
 *   <li>descriptions, English descriptions and memos (project, document, code, coding): every character, including
 *   leading and trailing spaces, tabs and line feeds, blank lines, å ä ö, emoji and other characters outside the
 *   BMP, combining marks that NFC keeps (the stored text is NFC), and the XML characters {@code < & " ' >};
 *   <li>names (project, code, English name, document, coder) as DialogCoder stores them: one line, no space at the
 *   start or the end (the program strips names when they are made), everything inside kept, double spaces too.
 * </ul>
 * What may legitimately change, and is checked to change only so: control characters other than tab and line feed
 * (XML 1.0 cannot carry most of them) are left out; a tab or line break inside a name that is an XML attribute
 * (project, code, document and coder names) is written as a space (an attribute cannot carry it through a standard
 * parser); the English name is a line of the description, so a tab in it stays. CR is not generated: DialogCoder's line end is LF, and XML
 * turns CR LF into LF.
 */
class ExactRoundTripTest {
    @TempDir
    Path dir;

    private static final String[] PIECES = {"a", "b", "Kod", "ord", "å", "ä", "ö", "Å", "Ä", "Ö", "é", "ü", "😀", "🙂",
        "👩‍👩‍👧", "q\u0307", "n\u0303\u0323", "<", "&", "\"", "'", ">", "]]>", "&amp;", "<b>", " ", "  ", "-", ".", "1",
        "中", "\u00A0"};
    private static final String[] SPACE = {" ", "  ", "\t", "\n", "\n\n", " \t\n", "\t\t"};

    private static String word(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** A text with whitespace anywhere, at both ends too; sometimes a control character (expected to go). */
    private static String[] text(Random r) {
        StringBuilder sb = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        int parts = 1 + r.nextInt(6);
        for (int i = 0; i < parts; i++) {
            String ws = r.nextInt(3) == 0 ? SPACE[r.nextInt(SPACE.length)] : "";
            String w = word(r, 6) + "x";
            sb.append(ws).append(w);
            expected.append(ws).append(w);
            if (r.nextInt(8) == 0) {
                sb.append(r.nextBoolean() ? "\u0001" : "\u000B"); // control characters: left out
            }
        }
        String tail = r.nextBoolean() ? SPACE[r.nextInt(SPACE.length)] : "";
        sb.append(tail);
        expected.append(tail);
        return new String[] {nfc(sb.toString()), nfc(expected.toString())};
    }

    /** A name as DialogCoder stores it: one line, stripped; sometimes with a tab inside (written as a space). */
    private static String[] name(Random r, int n) {
        String inside = r.nextInt(6) == 0 ? "\t" : "  ";
        String name = (word(r, 4) + inside + word(r, 3)).strip() + " " + n;
        return new String[] {nfc(name), nfc(name.replace('\t', ' '))};
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private record Expected(List<String> codes, List<String> documents, String project) {
    }

    @Test
    void descriptionsMemosAndNamesComeBackByteForByte() throws Exception {
        ExchangeService exchange = new ExchangeService(new CodebookService(new CodebookJson()), "DialogCoder test");
        for (long run = 1; run <= 25; run++) {
            final long seed = run;
            Random r = new Random(seed);
            Path original = dir.resolve("p" + seed + ".dcproj");
            String[] projectName = name(r, 0);
            String[] projectMemo = text(r);
            List<String> codesExpected = new ArrayList<>();
            List<String> docsExpected = new ArrayList<>();
            try (Project p = ProjectStores.create(original, projectName[0], "2025")) {
                p.write(tx -> {
                    tx.project().setMemo(projectMemo[0]);
                    List<Code> made = new ArrayList<>();
                    int codes = 1 + r.nextInt(6);
                    for (int i = 0; i < codes; i++) {
                        Long parent = made.isEmpty() || r.nextBoolean() ? null : made.get(r.nextInt(made.size())).id();
                        String[] name = name(r, i);
                        String[] nameEn = r.nextBoolean() ? name(r, i) : new String[2];
                        String[] desc = r.nextInt(4) == 0 ? new String[2] : text(r);
                        String[] descEn = r.nextBoolean() ? new String[2] : text(r);
                        String[] memo = r.nextBoolean() ? new String[2] : text(r);
                        Code c = tx.codes().insert("code-" + i, parent, name[0], nameEn[0], desc[0], descEn[0],
                                "#336699", i);
                        if (memo[0] != null) {
                            tx.codes().setMemo(c.id(), memo[0]);
                        }
                        made.add(c);
                        // the English name travels in the description's text, where a tab is kept
                        codesExpected.add(String.join(" | ", name[1], String.valueOf(nameEn[0]),
                                String.valueOf(desc[1]), String.valueOf(descEn[1]), String.valueOf(memo[1])));
                    }
                    int docs = 1 + r.nextInt(3);
                    for (int i = 0; i < docs; i++) {
                        String text = "Dokument " + i + " " + seed + "\n\nModerator: Välkomna.\n\nSamordnare: Vi har "
                                + "en plan.\n";
                        String[] docName = name(r, i);
                        String[] docMemo = text(r);
                        String[] coder = name(r, i);
                        String[] codingMemo = text(r);
                        Document d = tx.documents().insert(new NewDocument(docName[0], null, DocumentKind.TRANSCRIPT,
                                "2025", null, null, text, UnitSplitter.split(text).units()));
                        tx.documents().setMemo(d.id(), docMemo[0]);
                        Coder k = tx.coders().getOrCreate(coder[0]);
                        Coding c = tx.codings().insert(d.id(), made.get(r.nextInt(made.size())).id(), k.id(), 0, 8);
                        tx.codings().setMemo(c.id(), codingMemo[0]);
                        docsExpected.add(String.join(" | ", docName[1], docMemo[1], coder[1], codingMemo[1]));
                    }
                    return null;
                });
            }
            Expected expected = new Expected(sorted(codesExpected), sorted(docsExpected),
                    projectName[1] + " | " + projectMemo[1]);

            Path qdpx = dir.resolve("p" + seed + ".qdpx");
            try (Project p = ProjectStores.open(original)) {
                exchange.exportQdpx(p, qdpx);
            }
            RefiSchemas.validateProject(ZipBuilder.read(qdpx).get("project.qde"));
            Path copy = dir.resolve("kopia" + seed + ".dcproj");
            assertThat(exchange.importQdpx(qdpx, copy).report().notImported()).as("seed " + seed).isEmpty();
            Expected after = contents(copy);
            assertThat(visible(after.project())).as("seed %d: project", seed).isEqualTo(visible(expected.project()));
            assertThat(visible(after.codes())).as("seed %d: codes", seed).isEqualTo(visible(expected.codes()));
            assertThat(visible(after.documents())).as("seed %d: documents", seed)
                    .isEqualTo(visible(expected.documents()));

            Path qdc = dir.resolve("p" + seed + ".qdc");
            try (Project p = ProjectStores.open(original)) {
                exchange.exportQdc(p, qdc);
            }
            List<String> fromQdc = new ArrayList<>();
            flatten(exchange.readQdc(qdc).codebook().codes(), fromQdc);
            assertThat(sorted(fromQdc)).as("seed %d: the codebook (no memos in a .qdc)", seed)
                    .isEqualTo(sorted(codesExpected.stream().map(s -> s.substring(0, s.lastIndexOf(" | "))).toList()));
        }
    }

    private static void flatten(List<CodebookEntry> entries, List<String> into) {
        for (CodebookEntry e : entries) {
            into.add(String.join(" | ", e.name(), String.valueOf(e.nameEn()), String.valueOf(e.description()),
                    String.valueOf(e.descriptionEn())));
        }
        for (CodebookEntry e : entries) {
            flatten(e.children(), into);
        }
    }

    /** Whitespace and control characters made visible, so a failure shows where the texts differ. */
    private static List<String> visible(List<String> l) {
        return l.stream().map(ExactRoundTripTest::visible).toList();
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c == ' ' ? "·" : c < 0x20 || c == 0xA0 ? String.format("\\u%04X", c)
                : Character.toString(c)));
        return sb.toString();
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static Expected contents(Path project) throws Exception {
        try (Project p = ProjectStores.open(project)) {
            return p.read(tx -> {
                List<String> codes = new ArrayList<>();
                for (Code c : tx.codes().list()) {
                    codes.add(String.join(" | ", c.name(), String.valueOf(c.nameEn()), String.valueOf(c.description()),
                            String.valueOf(c.descriptionEn()), String.valueOf(tx.codes().memo(c.id()))));
                }
                List<String> docs = new ArrayList<>();
                for (Document d : tx.documents().list()) {
                    Coding c = tx.codings().forDocument(d.id()).get(0);
                    String coder = tx.coders().list().stream().filter(k -> k.id() == c.coderId()).findFirst()
                            .orElseThrow().name();
                    docs.add(String.join(" | ", d.name(), tx.documents().memo(d.id()), coder,
                            tx.codings().memo(c.id())));
                }
                return new Expected(sorted(codes), sorted(docs), tx.project().info().name() + " | " + tx.project().memo());
            });
        }
    }
}
