package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.exchange.MergeReport.Conflict;
import se.dialogcoder.app.exchange.MergeReport.Kind;
import se.dialogcoder.app.exchange.MergeReport.Source;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.sqlite.StoreFixtures;

/**
 * Merging two coders' copies of one project: built here, coded differently by each, merged, merged again.
 */
class MergeServiceTest {
    private static final String SKANE = "Moderator: Välkomna till länsdialogen.\n"
            + "Länssamordnare: Vi har ett efterlevandestöd i alla kommuner.\n"
            + "Regionen: Styrningen sker i det delregionala nätverket.\n";
    private static final String KALMAR = "Anteckningar från Kalmar län.\n\nHandlingsplanen ses över i höst.";

    @TempDir
    Path dir;
    private final MergeService merge = new MergeService();
    private Path anna;
    private Path bo;

    /**
     * A lead's project with two documents, a three-code codebook and one coding; Anna and Bo each get a copy and
     * code it independently: both add codings and memos, Bo renames a code, adds a code and a document, and both
     * import a different text under the same name "Anteckning".
     */
    @BeforeEach
    void twoCopies() throws Exception {
        Path base = dir.resolve("bas.dcproj");
        try (Project p = ProjectStores.create(base, "Länsdialoger 2025", "2025")) {
            p.write(tx -> {
                Document skane = tx.documents().insert(new NewDocument("Skåne", County.SKANE,
                        DocumentKind.TRANSCRIPT, "2025", null, "skane.txt", SKANE, turns(SKANE)));
                tx.documents().insert(new NewDocument("Kalmar", County.KALMAR, DocumentKind.NOTES, "2025", null,
                        "kalmar.txt", KALMAR, List.of(TextUnit.paragraph(0, 0, 29), TextUnit.paragraph(1, 31, 63))));
                long sp = tx.codes().insert("suicidprevention", null, "Suicidprevention", "Suicide prevention",
                        null, null, "#0072B2", 0).id();
                tx.codes().insert("suicidprevention.efterlevandestod", sp, "Efterlevandestöd", null, null, null,
                        "#56B4E9", 0);
                tx.codes().insert("styrning", null, "Styrning", null, null, null, "#E69F00", 1);
                long lead = tx.coders().getOrCreate("Lead").id();
                tx.codings().insert(skane.id(), sp, lead, 39, 98);
                tx.project().setMemo("Gemensam kodning våren 2025.");
                return null;
            });
        }
        anna = Files.copy(base, dir.resolve("anna.dcproj"));
        bo = Files.copy(base, dir.resolve("bo.dcproj"));
        try (Project p = ProjectStores.open(anna)) {
            p.write(tx -> {
                long skane = tx.documents().byName("Skåne").orElseThrow().id();
                long kalmar = tx.documents().byName("Kalmar").orElseThrow().id();
                long annaId = tx.coders().getOrCreate("Anna").id();
                tx.codings().insert(skane, code(tx, "suicidprevention.efterlevandestod"), annaId, 55, 98);
                Coding c = tx.codings().insert(kalmar, code(tx, "styrning"), annaId, 31, 63);
                tx.codings().setMemo(c.id(), "Annas citat");
                tx.documents().setMemo(skane, "Anna: stark samverkan.");
                tx.codes().setMemo(code(tx, "styrning"), "Kodas när länet beskriver styrning.");
                Document a = tx.documents().insert(new NewDocument("Anteckning", null, DocumentKind.NOTES, "2025",
                        null, "anteckning.txt", "Annas anteckning om Gotland.", List.of()));
                tx.codings().insert(a.id(), code(tx, "styrning"), annaId, 0, 5);
                return null;
            });
        }
        try (Project p = ProjectStores.open(bo)) {
            p.write(tx -> {
                long skane = tx.documents().byName("Skåne").orElseThrow().id();
                long boId = tx.coders().getOrCreate("Bo").id();
                Code styrning = tx.codes().byId(code(tx, "styrning")).orElseThrow();
                tx.codes().update(new Code(styrning.id(), styrning.uid(), null, "Styrning och samordning", null,
                        null, null, styrning.color(), styrning.sortOrder()));
                long sp = code(tx, "suicidprevention");
                long samverkan = tx.codes().insert(null, sp, "Samverkan", null, "Samverkan mellan aktörer", null,
                        "#CC79A7", 1).id();
                tx.codings().insert(skane, code(tx, "suicidprevention.efterlevandestod"), boId, 62, 98);
                Coding c = tx.codings().insert(skane, samverkan, boId, 110, 154);
                tx.codings().setMemo(c.id(), "Bos citat");
                tx.documents().setMemo(skane, "Bo: följ upp nätverket.");
                tx.codes().setMemo(code(tx, "styrning"), "Kodas när länet beskriver styrning.");
                Document gotland = tx.documents().insert(new NewDocument("Gotland", County.GOTLAND,
                        DocumentKind.NOTES, "2025", "2025-03-14", "gotland.txt", "Region Gotland: vi samordnar.",
                        List.of(TextUnit.paragraph(0, 0, 29))));
                tx.documents().setAttribute(gotland.id(), "kommun", "Region Gotland");
                tx.documents().setMemo(gotland.id(), "Bos anteckning om Gotland.");
                tx.codings().insert(gotland.id(), samverkan, boId, 16, 28);
                Document a = tx.documents().insert(new NewDocument("Anteckning", null, DocumentKind.NOTES, "2025",
                        null, "anteckning.txt", "Bos anteckning, en annan text.", List.of()));
                tx.codings().insert(a.id(), code(tx, "styrning"), boId, 0, 3);
                return null;
            });
        }
    }

    private static long code(se.dialogcoder.store.UnitOfWork tx, String uid) throws se.dialogcoder.store.StoreException {
        return tx.codes().list().stream().filter(c -> c.uid().equals(uid)).findFirst().orElseThrow().id();
    }

    private static List<TextUnit> turns(String text) {
        List<TextUnit> out = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int end = start + line.length();
            out.add(new TextUnit(out.size(), UnitKind.TURN, start, end, start + line.indexOf(": ") + 2,
                    line.substring(0, line.indexOf(':')), null, null));
            start = end + 1;
        }
        return out;
    }

    /** A coding as a person recognises it across files: text, code uid, coder, offsets. */
    private record Key(String documentHash, String code, String coder, int start, int end) {
    }

    private static List<Key> codings(Path file) throws Exception {
        try (Project p = ProjectStores.openReadOnly(file)) {
            return p.read(tx -> {
                Map<Long, String> hashes = new HashMap<>();
                for (Document d : tx.documents().list()) {
                    hashes.put(d.id(), d.contentHash());
                }
                Map<Long, String> codes = new HashMap<>();
                for (Code c : tx.codes().list()) {
                    codes.put(c.id(), c.uid());
                }
                Map<Long, String> coders = new HashMap<>();
                for (Coder c : tx.coders().list()) {
                    coders.put(c.id(), c.name());
                }
                List<Key> out = new ArrayList<>();
                for (Coding c : tx.codings().all()) {
                    out.add(new Key(hashes.get(c.documentId()), codes.get(c.codeId()), coders.get(c.coderId()),
                            c.start(), c.end()));
                }
                return out;
            });
        }
    }

    private MergeReport mergeBoIntoAnna() throws Exception {
        try (Project p = ProjectStores.open(anna)) {
            return merge.merge(p, List.of(bo));
        }
    }

    @Test
    void everyCodingOfBothCodersIsThereOnceAndTheConflictsAreReported() throws Exception {
        Set<Key> expected = new HashSet<>(codings(anna));
        expected.addAll(codings(bo));
        byte[] boBefore = Files.readAllBytes(bo);

        MergeReport report = mergeBoIntoAnna();

        List<Key> merged = codings(anna);
        assertThat(merged).doesNotHaveDuplicates();
        assertThat(new HashSet<>(merged)).isEqualTo(expected);
        assertThat(merged).hasSize(8); // Lead's 1 (in both copies, kept once) + Anna's 3 + Bo's 4
        Source s = report.sources().get(0);
        assertThat(s.file()).isEqualTo("bo.dcproj");
        assertThat(s.codingsAdded()).isEqualTo(4);
        assertThat(s.codingsPresent()).isEqualTo(1); // Lead's coding was in both copies
        assertThat(s.documentsMatched()).isEqualTo(2);
        assertThat(s.documentsAdded()).containsExactlyInAnyOrder("Gotland", "Anteckning (2)");
        assertThat(s.codesAdded()).containsExactly("Suicidprevention / Samverkan");
        assertThat(s.codersAdded()).containsExactly("Bo");
        assertThat(s.conflicts()).contains(
                new Conflict(Kind.CODE_NAME, "Styrning", "name", "Styrning", "Styrning och samordning"),
                new Conflict(Kind.DOCUMENT_SAME_NAME, "Anteckning", null, null, "Anteckning (2)"),
                new Conflict(Kind.MEMO_KEPT_BOTH, "Skåne", "document", "Anna: stark samverkan.",
                        "Bo: följ upp nätverket."));
        assertThat(s.conflicts()).hasSize(3);
        assertThat(s.conflicts().get(0).inWords()).contains("renamed differently").contains("Styrning och samordning");

        try (Project p = ProjectStores.open(anna)) {
            p.read(tx -> {
                // ours kept for the renamed code; the new code under its parent
                Map<Long, String> paths = tx.codes().paths();
                assertThat(paths.values()).contains("Styrning", "Suicidprevention / Samverkan")
                        .doesNotContain("Styrning och samordning");
                Code samverkan = tx.codes().list().stream().filter(c -> c.name().equals("Samverkan")).findFirst()
                        .orElseThrow();
                assertThat(samverkan.description()).isEqualTo("Samverkan mellan aktörer");
                // memos: both texts kept and clearly separated; identical memos not doubled
                Document skane = tx.documents().byName("Skåne").orElseThrow();
                assertThat(tx.documents().memo(skane.id())).isEqualTo("Anna: stark samverkan.\n\n――― bo.dcproj ―――\n"
                        + "Bo: följ upp nätverket.");
                long styrning = tx.codes().list().stream().filter(c -> c.uid().equals("styrning")).findFirst()
                        .orElseThrow().id();
                assertThat(tx.codes().memo(styrning)).isEqualTo("Kodas när länet beskriver styrning.");
                assertThat(tx.project().memo()).isEqualTo("Gemensam kodning våren 2025.");
                assertThat(tx.codings().memos().values()).containsExactlyInAnyOrder("Annas citat", "Bos citat");
                // a document only in Bo's copy comes with its units, attributes, memo and facts
                Document gotland = tx.documents().byName("Gotland").orElseThrow();
                assertThat(gotland.county()).isEqualTo(County.GOTLAND);
                assertThat(gotland.dialogueDate()).isEqualTo("2025-03-14");
                assertThat(tx.documents().units(gotland.id())).hasSize(1);
                assertThat(tx.documents().attributes(gotland.id())).containsEntry("kommun", "Region Gotland");
                assertThat(tx.documents().memo(gotland.id())).isEqualTo("Bos anteckning om Gotland.");
                // same name, other text: a separate document
                assertThat(tx.documents().text(tx.documents().byName("Anteckning (2)").orElseThrow().id()))
                        .isEqualTo("Bos anteckning, en annan text.");
                assertThat(tx.coders().list()).extracting(Coder::name).containsExactly("Anna", "Bo", "Lead");
                return null;
            });
        }
        assertThat(Files.readAllBytes(bo)).as("the merged file is never changed").isEqualTo(boBefore);
        assertThat(dir.resolve("bo.dcproj-wal")).as("nor is anything left beside it").doesNotExist();
        assertThat(dir.resolve("bo.dcproj-shm")).doesNotExist();
    }

    @Test
    void mergingTheSameFileAgainAddsNothing() throws Exception {
        mergeBoIntoAnna();
        List<Key> once = codings(anna);
        String memoOnce;
        try (Project p = ProjectStores.openReadOnly(anna)) {
            memoOnce = p.read(tx -> tx.documents().memo(tx.documents().byName("Skåne").orElseThrow().id()));
        }

        MergeReport again = mergeBoIntoAnna();

        Source s = again.sources().get(0);
        assertThat(s.addedNothing()).isTrue();
        assertThat(s.codingsAdded()).isZero();
        assertThat(s.codingsPresent()).isEqualTo(5);
        assertThat(s.documentsAdded()).isEmpty();
        assertThat(s.documentsMatched()).isEqualTo(4);
        assertThat(s.memosMerged()).isZero();
        // the renamed code is still named differently, and still reported; the merged memo is not doubled
        assertThat(s.conflicts()).extracting(Conflict::kind).containsExactly(Kind.CODE_NAME);
        assertThat(codings(anna)).isEqualTo(once);
        try (Project p = ProjectStores.openReadOnly(anna)) {
            String memo = p.read(tx -> tx.documents().memo(tx.documents().byName("Skåne").orElseThrow().id()));
            assertThat(memo).isEqualTo(memoOnce);
            List<Document> docs = p.read(tx -> tx.documents().list());
            assertThat(docs).hasSize(5);
        }
    }

    @Test
    void aBrokenFileIsRefusedWithItsNameAndTheProjectIsLeftByteForByte() throws Exception {
        Path junk = Files.writeString(dir.resolve("trasig.dcproj"), "det här är inget projekt");
        byte[] full = Files.readAllBytes(bo);
        Path cut = Files.write(dir.resolve("avklippt.dcproj"), java.util.Arrays.copyOf(full, full.length / 2));
        byte[] before = Files.readAllBytes(anna);
        for (Path bad : List.of(junk, cut, dir.resolve("saknas.dcproj"))) {
            try (Project p = ProjectStores.open(anna)) {
                assertThatThrownBy(() -> merge.merge(p, List.of(bo, bad))).isInstanceOf(MergeException.class)
                        .hasMessageContaining(bad.getFileName().toString())
                        .hasMessageContaining("Nothing was merged");
            }
            assertThat(Files.readAllBytes(anna)).as(bad.toString()).isEqualTo(before);
        }
        try (Project p = ProjectStores.open(anna)) {
            assertThatThrownBy(() -> merge.merge(p, List.of(anna))).isInstanceOf(MergeException.class)
                    .hasMessageContaining("the project itself");
        }
        assertThat(Files.readAllBytes(anna)).isEqualTo(before);
    }

    @Test
    void aFailureHalfWayThroughTheMergeRollsEverythingBack() throws Exception {
        // a file that reads well but holds a coding whose code is missing (foreign keys were off when it was made)
        Path bad = Files.copy(bo, dir.resolve("felaktig.dcproj"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bad); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA foreign_keys = OFF");
            st.executeUpdate("INSERT INTO coding(document_id, code_id, coder_id, start, end, created_at) "
                    + "VALUES (1, 999, 1, 0, 5, '2025-01-01T00:00:00Z')");
        }
        List<Key> before = codings(anna);
        try (Project p = ProjectStores.open(anna)) {
            // bo.dcproj alone would merge; together with the bad file nothing is kept
            assertThatThrownBy(() -> merge.merge(p, List.of(bo, bad))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("anna.dcproj").hasMessageContaining("as it was before");
            List<Document> docs = p.read(tx -> tx.documents().list());
            assertThat(docs).hasSize(3);
            List<Coder> coders = p.read(tx -> tx.coders().list());
            assertThat(coders).extracting(Coder::name).doesNotContain("Bo");
        }
        assertThat(codings(anna)).isEqualTo(before);
    }

    @Test
    void aFileStillOpenElsewhereIsMergedWithItsLatestCodings() throws Exception {
        // Bo's DialogCoder still has the file open: his last coding is in the write-ahead log, not yet in the file
        try (Project open = ProjectStores.open(bo)) {
            open.write(tx -> {
                long doc = tx.documents().byName("Kalmar").orElseThrow().id();
                return tx.codings().insert(doc, code(tx, "styrning"), tx.coders().getOrCreate("Bo").id(), 0, 11);
            });
            assertThat(dir.resolve("bo.dcproj-wal")).exists();
            MergeReport report = mergeBoIntoAnna();
            assertThat(report.sources().get(0).codingsAdded()).isEqualTo(5);
        }
        assertThat(codings(anna)).anySatisfy(k -> assertThat(k).isEqualTo(new Key(
                se.dialogcoder.model.Texts.contentHash(KALMAR), "styrning", "Bo", 0, 11)));
    }

    @Test
    void aProjectOfAnEarlierVersionIsMergedAndLeftUntouched() throws Exception {
        Path old = dir.resolve("gammalt.dcproj");
        StoreFixtures.writeV1Project(old);
        byte[] bytes = Files.readAllBytes(old);
        MergeReport report;
        try (Project p = ProjectStores.open(anna)) {
            report = merge.merge(p, List.of(old));
        }
        assertThat(Files.readAllBytes(old)).isEqualTo(bytes);
        Source s = report.sources().get(0);
        assertThat(s.documentsAdded()).containsExactly("Skåne 2024");
        assertThat(s.codesAdded()).containsExactly("Handlingsplaner");
        assertThat(s.codingsAdded()).isEqualTo(1);
        assertThat(codings(anna)).contains(new Key(se.dialogcoder.model.Texts.contentHash(
                "Länssamordnare: Vi har en länsgemensam handlingsplan.\n\nModerator: Tack."), "handlingsplaner",
                "Kodare A", 26, 52));
    }

    @Test
    void memosAreCombinedWithoutLoss() {
        assertThat(MergeService.combineMemos(null, "B", "b.dcproj")).isEqualTo("B");
        assertThat(MergeService.combineMemos("A", null, "b.dcproj")).isNull();
        assertThat(MergeService.combineMemos("A", "A", "b.dcproj")).isNull();
        assertThat(MergeService.combineMemos("A och mer", "A", "b.dcproj")).isNull();
        assertThat(MergeService.combineMemos("A", "A och mer", "b.dcproj")).isEqualTo("A och mer");
        assertThat(MergeService.combineMemos("A\n", "B", "b.dcproj")).isEqualTo("A\n\n――― b.dcproj ―――\nB");
    }
}
