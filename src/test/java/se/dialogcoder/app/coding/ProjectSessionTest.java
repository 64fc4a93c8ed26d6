package se.dialogcoder.app.coding;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.analysis.SearchService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;

/** Every coding and codebook action is undoable, and undo is real: the file shows it after reopening. */
class ProjectSessionTest {
    @TempDir
    Path dir;
    private Path file;
    private long docId;
    private long themeA;
    private long themeB;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("p.dcproj");
        try (Project p = ProjectStores.create(file, "P", "2025")) {
            String text = "Länssamordnare: Vi har en länsgemensam handlingsplan och efterlevandestöd.";
            Document d = p.write(tx -> tx.documents().insert(new NewDocument("Skåne", County.SKANE,
                    DocumentKind.TRANSCRIPT, "2025", null, "s.txt", text,
                    List.of(new TextUnit(0, se.dialogcoder.model.UnitKind.TURN, 0, text.length(), 16,
                            "Länssamordnare", null, null)))));
            docId = d.id();
            themeA = p.write(tx -> tx.codes().insert("a", null, "Handlingsplaner", null, null, null, "#009E73", 0)).id();
            themeB = p.write(tx -> tx.codes().insert("b", null, "Suicidprevention", null, null, null, "#D55E00", 1)).id();
        }
    }

    private int codings() throws Exception {
        try (Project p = ProjectStores.open(file)) {
            return p.read(tx -> tx.codings().count());
        }
    }

    @Test
    void undoAndRedoSayWhatTheyDidToCodings() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            assertThat(s.undoStep()).as("nothing to undo").isEqualTo(CodingEffect.NOTHING);
            Coding c = s.code(docId, themeA, "Kodare A", 26, 52);
            assertThat(s.undoStep()).isEqualTo(new CodingEffect(List.of(), List.of(c), true));
            assertThat(s.redoStep()).isEqualTo(new CodingEffect(List.of(c), List.of(), true));
            s.removeCoding(c);
            assertThat(s.undoStep()).as("the removed coding is back, same id").isEqualTo(
                    new CodingEffect(List.of(c), List.of(), true));
            s.addCode(null, "Ny kod", "#123456");
            assertThat(s.undoStep()).as("a codebook step changes more than codings").isEqualTo(CodingEffect.OTHER);
            assertThat(s.redoStep().complete()).isFalse();
        }
    }

    @Test
    void codeUndoRedoAreCommittedTransactions() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            Coding c = s.code(docId, themeA, "Kodare A", 26, 52);
            assertThat(s.history().canUndo()).isTrue();
            assertThat(s.undo()).isTrue();
            assertThat(s.history().canRedo()).isTrue();
        }
        assertThat(codings()).as("the undone coding is gone from the file").isZero();
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            Coding c = s.code(docId, themeA, "Kodare A", 26, 52);
            s.undo();
            s.redo();
            Coding back = s.project().read(tx -> tx.codings().byId(c.id())).orElseThrow();
            assertThat(back).as("redo restores the same coding, same id").isEqualTo(c);
        }
        assertThat(codings()).isEqualTo(1);
    }

    @Test
    void deletingACodeSaysHowManyCodingsGoAndUndoBringsThemBack() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            Code sub = s.addCode(themeB, "Efterlevandestöd", "#FFB68D");
            s.code(docId, themeB, "A", 0, 14);
            Coding onSub = s.code(docId, sub.id(), "A", 56, 73);
            s.project().write(tx -> {
                tx.codings().setMemo(onSub.id(), "viktigt citat");
                tx.codes().setMemo(sub.id(), "om stöd till efterlevande");
                return null;
            });
            assertThat(s.codingsAffectedByDelete(themeB)).isEqualTo(2);
            s.deleteCode(themeB);
            int left = s.project().read(tx -> tx.codings().count());
            assertThat(left).isZero();
            s.undo();
            assertThat(codingMemo(s, onSub.id())).isEqualTo("viktigt citat");
            assertThat(codeMemo(s, sub.id())).isEqualTo("om stöd till efterlevande");
        }
        assertThat(codings()).isEqualTo(2);
    }

    @Test
    void mergingMovesCodingsSubCodesAndMemosAndCanBeUndone() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            Code child = s.addCode(themeA, "Länsgemensam plan", null);
            s.code(docId, themeA, "A", 26, 52);
            s.code(docId, themeB, "A", 56, 73);
            s.code(docId, themeB, "B", 0, 14);
            s.project().write(tx -> {
                tx.codes().setMemo(themeA, "Planer");
                return null;
            });
            s.mergeCodes(themeA, themeB);
            List<Code> codes = s.project().read(tx -> tx.codes().list());
            assertThat(codes).extracting(Code::name).containsExactlyInAnyOrder("Suicidprevention", "Länsgemensam plan");
            assertThat(codes).filteredOn(c -> c.id() == child.id()).first()
                    .extracting(Code::parentId).isEqualTo(themeB);
            assertThat(forCode(s, themeB)).hasSize(3);
            assertThat(codeMemo(s, themeB)).contains("Planer");
            s.undo();
            assertThat(forCode(s, themeA)).hasSize(1);
            assertThat(forCode(s, themeB)).hasSize(2);
            assertThat(codeById(s, child.id())).get()
                    .extracting(Code::parentId).isEqualTo(themeA);
            assertThat(codeMemo(s, themeB)).isNull();
            assertThatThrownBy(() -> s.mergeCodes(themeA, child.id())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void inVivoRecodeResizeRenameAndMoveAreAllUndoable() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            Coding vivo = s.codeInVivo(docId, " länsgemensam  handlingsplan ", "A", 26, 52);
            Code created = s.project().read(tx -> tx.codes().byId(vivo.codeId())).orElseThrow();
            assertThat(created.name()).isEqualTo("länsgemensam handlingsplan");
            s.recode(vivo, themeA);
            s.resize(s.project().read(tx -> tx.codings().byId(vivo.id())).orElseThrow(), 26, 38);
            Coding now = s.project().read(tx -> tx.codings().byId(vivo.id())).orElseThrow();
            assertThat(now.codeId()).isEqualTo(themeA);
            assertThat(List.of(now.start(), now.end())).containsExactly(26, 38);
            Code a = s.project().read(tx -> tx.codes().byId(themeA)).orElseThrow();
            s.updateCode(a, new Code(a.id(), a.uid(), a.parentId(), "Planer", a.nameEn(), "beskrivning", null,
                    "#123456", a.sortOrder()));
            s.moveCode(s.project().read(tx -> tx.codes().byId(themeA)).orElseThrow(), themeB);
            assertThatThrownBy(() -> s.moveCode(s.project().read(tx -> tx.codes().byId(themeB)).orElseThrow(),
                    themeA)).hasMessageContaining("under itself");
            for (int i = 0; i < 5; i++) {
                s.undo();
            }
            assertThat(codeById(s, themeA)).get().extracting(Code::name, Code::parentId)
                    .containsExactly("Handlingsplaner", null);
            assertThat(count(s)).isZero();
            assertThat(codeCount(s)).isEqualTo(2);
            assertThat(s.undo()).isFalse();
        }
    }

    @Test
    void aRefusedActionLeavesHistoryAndFileUnchanged() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            assertThatThrownBy(() -> s.code(docId, themeA, "A", 10, 100_000)).hasMessageContaining("outside");
            assertThat(s.history().canUndo()).isFalse();
        }
        assertThat(codings()).isZero();
    }

    private static String codingMemo(ProjectSession s, long id) throws Exception {
        return s.project().read(tx -> tx.codings().memo(id));
    }

    @Test
    void anAutoCodingIsOneActionAndRedoRestoresTheSameCodings() throws Exception {
        List<Coding> first;
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            s.code(docId, themeB, "Kodare A", 57, 74); // "efterlevandestöd", coded by hand before
            SearchService search = new SearchService();
            SearchService.AutoCodePreview preview = search.preview(s.project(), "handlingsplan* OR efterlevande*",
                    se.dialogcoder.model.CodingFilter.ALL, "Handlingsplaner", se.dialogcoder.analysis.AutoCodeScope.MATCH, "Kodare B");
            assertThat(preview.proposals()).hasSize(2);
            first = s.autoCode(preview);
            assertThat(first).hasSize(2).allSatisfy(c -> assertThat(c.codeId()).isEqualTo(themeA));
            assertThat(count(s)).isEqualTo(3);
            s.project().write(tx -> {
                tx.codings().setMemo(first.get(0).id(), "träff");
                return null;
            });

            assertThat(s.undo()).as("one undo takes back the whole auto-coding").isTrue();
            assertThat(count(s)).isEqualTo(1);
            assertThat(s.redo()).isTrue();
            assertThat(forCode(s, themeA)).containsExactlyInAnyOrderElementsOf(first);
            String memo = s.project().read(tx -> tx.codings().memo(first.get(0).id()));
            assertThat(memo).isEqualTo("träff");
            assertThat(s.undo()).isTrue();
            assertThat(s.undo()).as("the hand coding is the step before").isTrue();
            assertThat(count(s)).isZero();
            s.redo();
            s.redo();
        }
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            assertThat(forCode(s, themeA)).as("the redone auto-coding is in the file").containsExactlyInAnyOrderElementsOf(first);
            java.util.Optional<se.dialogcoder.model.Coder> coder = s.project().read(tx -> tx.coders().byName("Kodare B"));
            assertThat(coder).as("recorded with the coder").isPresent();
        }
    }

    private Document documentInFile() throws Exception {
        try (Project p = ProjectStores.openReadOnly(file)) {
            return p.read(tx -> tx.documents().byId(docId)).orElseThrow();
        }
    }

    private java.util.Map<String, String> attributes(ProjectSession s) throws Exception {
        return s.project().read(tx -> tx.documents().attributes(docId));
    }

    private java.util.Map<String, String> attributesInFile() throws Exception {
        try (Project p = ProjectStores.openReadOnly(file)) {
            return p.read(tx -> tx.documents().attributes(docId));
        }
    }

    @Test
    void countyKindRoundDateAndAttributeChangesAreEachOneUndoableStep() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            assertThat(s.setCounty(docId, County.HALLAND)).isTrue();
            assertThat(s.setDocumentFacts(docId, DocumentKind.NOTES, " 2026 ", "2026-03-14")).isTrue();
            assertThat(s.setAttribute(docId, " Moderator ", "Folkhälsomyndigheten")).isTrue();
            assertThat(s.setAttribute(docId, "Moderator", "MFD")).isTrue();
            Document changed = s.project().read(tx -> tx.documents().byId(docId)).orElseThrow();
            assertThat(changed.county()).isEqualTo(County.HALLAND);
            assertThat(List.of(changed.kind(), changed.round(), changed.dialogueDate()))
                    .containsExactly(DocumentKind.NOTES, "2026", "2026-03-14");
            assertThat(attributes(s)).containsExactly(
                    java.util.Map.entry("Moderator", "MFD"));

            assertThat(s.undo()).isTrue();
            assertThat(attributes(s))
                    .as("undo gives the attribute its value before").containsEntry("Moderator", "Folkhälsomyndigheten");
            assertThat(s.undo()).isTrue();
            assertThat(attributes(s)).as("a new attribute goes again")
                    .isEmpty();
            assertThat(s.undo()).isTrue();
            Document facts = s.project().read(tx -> tx.documents().byId(docId)).orElseThrow();
            assertThat(List.of(facts.kind(), facts.round())).containsExactly(DocumentKind.TRANSCRIPT, "2025");
            assertThat(facts.dialogueDate()).isNull();
            assertThat(facts.county()).as("the county was an action of its own").isEqualTo(County.HALLAND);
            assertThat(s.undo()).isTrue();
            assertThat(s.project().read(tx -> tx.documents().byId(docId)).orElseThrow().county())
                    .isEqualTo(County.SKANE);
            assertThat(s.history().canUndo()).isFalse();

            for (int i = 0; i < 4; i++) {
                assertThat(s.redo()).isTrue();
            }
            assertThat(s.project().read(tx -> tx.documents().byId(docId)).orElseThrow()).isEqualTo(changed);
            assertThat(attributes(s)).containsEntry("Moderator", "MFD");
            s.undo();
            s.undo();
            s.undo();
        }
        Document inFile = documentInFile();
        assertThat(inFile.county()).as("undo is committed: the file has the undone state").isEqualTo(County.HALLAND);
        assertThat(List.of(inFile.kind(), inFile.round())).containsExactly(DocumentKind.TRANSCRIPT, "2025");
        assertThat(inFile.dialogueDate()).isNull();
        assertThat(attributesInFile()).isEmpty();
    }

    @Test
    void aFactChangeThatChangesNothingIsNoStepAndABadDateChangesNothing() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            assertThat(s.setCounty(docId, County.SKANE)).isFalse();
            assertThat(s.setDocumentFacts(docId, DocumentKind.TRANSCRIPT, "2025", " ")).isFalse();
            assertThat(s.setAttribute(docId, "Moderator", "")).isFalse();
            assertThat(s.history().canUndo()).isFalse();
            assertThatThrownBy(() -> s.setDocumentFacts(docId, DocumentKind.NOTES, "2026", "14 mars"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yyyy-mm-dd");
            assertThatThrownBy(() -> s.setAttribute(docId, " ", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThat(s.history().canUndo()).isFalse();
            s.code(docId, themeA, "A", 26, 52);
            s.setCounty(docId, null);
            assertThat(s.project().read(tx -> tx.documents().byId(docId)).orElseThrow().county()).isNull();
            s.undo();
            assertThat(count(s)).as("undo takes back the county, not the coding before it").isEqualTo(1);
            assertThat(s.project().read(tx -> tx.documents().byId(docId)).orElseThrow().county())
                    .isEqualTo(County.SKANE);
        }
        assertThat(documentInFile().round()).isEqualTo("2025");
    }

    @Test
    void aMemoOnACodingSurvivesUndoAndRedoOfTheCoding() throws Exception {
        try (ProjectSession s = new ProjectSession(ProjectStores.open(file))) {
            Coding c = s.code(docId, themeA, "A", 26, 52);
            s.project().write(tx -> {
                tx.codings().setMemo(c.id(), "skrivet direkt efter kodningen");
                return null;
            });
            s.undo();
            s.redo();
            assertThat(codingMemo(s, c.id())).isEqualTo("skrivet direkt efter kodningen");
        }
    }

    private static String codeMemo(ProjectSession s, long id) throws Exception {
        return s.project().read(tx -> tx.codes().memo(id));
    }

    private static List<Coding> forCode(ProjectSession s, long id) throws Exception {
        return s.project().read(tx -> tx.codings().forCode(id));
    }

    private static java.util.Optional<Code> codeById(ProjectSession s, long id) throws Exception {
        return s.project().read(tx -> tx.codes().byId(id));
    }

    private static int count(ProjectSession s) throws Exception {
        return s.project().read(tx -> tx.codings().count());
    }

    private static int codeCount(ProjectSession s) throws Exception {
        return s.project().read(tx -> tx.codes().count());
    }
}
