package se.dialogcoder.app;

import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.coding.AutoCoding;
import se.dialogcoder.app.coding.CodeChanges;
import se.dialogcoder.app.coding.CodingChanges;
import se.dialogcoder.app.coding.DocumentChanges;
import se.dialogcoder.app.coding.History;
import se.dialogcoder.app.coding.SetChanges;
import se.dialogcoder.model.ImportCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ItemSet.Kind;
import se.dialogcoder.model.NewCoding;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.Segment;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.store.Counts;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.Search.DocumentMatch;
import se.dialogcoder.store.SearchSyntaxException;
import se.dialogcoder.store.Pseudonyms;
import se.dialogcoder.store.StoreException;

/**
 * The store contract, the same assertions on every engine: each subclass gives a fresh, empty project of its
 * engine ({@link SqliteStoreContractTest}: a project file; {@link PostgresStoreContractTest}: a database on a real
 * PostgreSQL server). Expected values are written out, so both engines must give exactly these results.
 */
abstract class StoreContractTest {
    static final String MALMO_TEXT = "Vi pratade om Ångest och ÄLDRE människor.\nÖverallt finns stöd, sa hon. 😀 Ångesten minskar.";
    static final String UPPSALA_TEXT = "Intervjuaren: Hur mår ni?\nDeltagare: angest är inte ordet; oro och ångest.";
    protected ProjectStore project;
    private long malmo;
    private long uppsala;
    private long unknown;

    /** A new empty project named "Kontrakt" on the engine under test. */
    protected abstract ProjectStore newProject() throws Exception;

    /** Whether the engine keeps the project as one local file (copy, backups). */
    protected abstract boolean keepsLocalFile();

    @BeforeEach
    void fill() throws Exception {
        project = newProject();
        project.write(u -> {
            malmo = u.documents().insert(doc("malmö-1", County.parse("12").orElseThrow(), MALMO_TEXT)).id();
            uppsala = u.documents().insert(new NewDocument("Uppsala intervju", County.UPPSALA, DocumentKind.TRANSCRIPT,
                    "2025", "2025-03-01", "u.txt", UPPSALA_TEXT, List.of(
                            new TextUnit(0, UnitKind.TURN, 0, 25, 14, "Intervjuaren", null, null),
                            new TextUnit(1, UnitKind.TURN, 26, UPPSALA_TEXT.codePointCount(0, UPPSALA_TEXT.length()),
                                    37, "Deltagare", 1000L, 2000L)))).id();
            unknown = u.documents().insert(doc("anteckning", null, "Ingen ort. Äldre ångest-frågor.")).id();
            return null;
        });
    }

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    static NewDocument doc(String name, County county, String text) {
        return new NewDocument(name, county, DocumentKind.NOTES, "2024", null, name + ".txt", text,
                List.of(TextUnit.paragraph(0, 0, text.codePointCount(0, text.length()))));
    }

    // --- documents ----------------------------------------------------------------------------------------------

    @Test
    void documentsAreStoredReadAndListedByCountyThenName() throws Exception {
        List<Document> list = project.read(u -> u.documents().list());
        assertEquals(List.of("Uppsala intervju", "malmö-1", "anteckning"), list.stream().map(Document::name).toList());
        Document m = project.read(u -> u.documents().byName("malmö-1")).orElseThrow();
        assertEquals(MALMO_TEXT.codePointCount(0, MALMO_TEXT.length()), m.characters(), "offsets in code points");
        assertEquals((Object) m, project.read(u -> u.documents().byHash(m.contentHash())).orElseThrow());
        assertEquals((Object) m, project.read(u -> u.documents().byId(malmo)).orElseThrow());
        assertEquals(MALMO_TEXT, project.read(u -> u.documents().text(malmo)));
        assertEquals((Object) 2, project.read(u -> u.documents().units(uppsala)).size());
        assertEquals("Deltagare", project.read(u -> u.documents().units(uppsala)).get(1).speaker());
        assertEquals(2000L, project.read(u -> u.documents().units(uppsala)).get(1).endMillis());
        assertTrue((Boolean) project.read(u -> u.documents().nameExists("anteckning")));
        assertFalse((Boolean) project.read(u -> u.documents().nameExists("Anteckning")));
        assertEquals(List.of("anteckning"), project.read(u -> u.documents()
                .matching(CodingFilter.ALL.withCounties(Set.of(), true))).stream().map(Document::name).toList());
        assertEquals(List.of("Uppsala intervju"), project.read(u -> u.documents()
                .matching(CodingFilter.ALL.withKind(DocumentKind.TRANSCRIPT))).stream().map(Document::name).toList());
    }

    @Test
    void documentFactsMemosAndAttributesChange() throws Exception {
        project.write(u -> {
            u.documents().setCounty(unknown, County.GOTLAND);
            u.documents().setMemo(unknown, "minne");
            u.documents().setKind(unknown, DocumentKind.TRANSCRIPT);
            u.documents().setRound(unknown, "2026");
            u.documents().setDialogueDate(unknown, "2026-01-02");
            u.documents().setAttribute(unknown, " kön ", "kvinna");
            u.documents().setAttribute(unknown, "ålder", "70");
            u.documents().setAttribute(unknown, "ålder", "71");
            return null;
        });
        Document d = project.read(u -> u.documents().byId(unknown)).orElseThrow();
        assertEquals(County.GOTLAND, d.county());
        assertEquals("2026-01-02", d.dialogueDate());
        assertEquals("minne", project.read(u -> u.documents().memo(unknown)));
        assertEquals(Map.of("kön", "kvinna", "ålder", "71"), project.read(u -> u.documents().attributes(unknown)));
        assertEquals(List.of(unknown), project.read(u -> u.documents().matching(CodingFilter.ALL
                .withAttributes(Map.of("ålder", "71")))).stream().map(Document::id).toList());
        project.write(u -> {
            u.documents().setAttribute(unknown, "kön", " ");
            return null;
        });
        assertEquals(Map.of("ålder", "71"), project.read(u -> u.documents().attributes(unknown)));
        StoreException e = assertThrows(StoreException.class, () -> project.write(u -> {
            u.documents().setDialogueDate(unknown, "2 jan");
            return null;
        }));
        assertTrue(e.getMessage().contains("yyyy-mm-dd"), e.getMessage());
    }

    // --- a failed unit of work --------------------------------------------------------------------------------

    @Test
    void aFailedUnitOfWorkLeavesTheProjectAsItWas() throws Exception {
        long before = project.changeCount();
        assertThrows(StoreException.class, () -> project.write(u -> {
            u.codes().insert(null, null, "Tema", null, null, null, "#ff0000", 0);
            u.project().rename("Nytt namn");
            u.documents().insert(doc("malmö-1", null, "samma namn igen"));
            return null;
        }));
        assertEquals((Object) 0, project.read(u -> u.codes().count()));
        assertEquals("Kontrakt", project.info().name());
        assertEquals((Object) 3, project.read(u -> u.documents().list()).size());
        assertTrue(project.changeCount() > before, "the attempt is counted although rolled back");
        assertThrows(StoreException.class, () -> project.write(u -> {
            u.codings().insert(malmo, 999, 999, 0, 5);
            return null;
        }));
        // a statement that fails inside a unit does not spoil the rest of that unit
        project.write(u -> {
            try {
                u.coders().getOrCreate("anna");
                u.codes().delete(12345);
                u.documents().insert(doc("malmö-1", null, "dubblett"));
            } catch (StoreException expected) {
                // the duplicate name is refused; the unit goes on
            }
            u.project().setMemo("efter felet");
            return null;
        });
        assertEquals("efter felet", project.read(u -> u.project().memo()));
        assertEquals((Object) 1, project.read(u -> u.coders().list()).size());
    }

    @Test
    void projectFacts() throws Exception {
        project.write(u -> {
            u.project().rename("Omdöpt");
            u.project().setMemo("ett memo");
            u.project().setRound("2026");
            return null;
        });
        assertEquals("Omdöpt", project.info().name());
        assertEquals("2026", project.info().round());
        assertEquals("ett memo", project.read(u -> u.project().memo()));
        assertFalse((Boolean) project.isReadOnly());
        assertFalse((Boolean) project.displayName().isBlank());
        assertEquals(keepsLocalFile(), project.localFile().isPresent());
    }

    // --- codes, coders, codings -------------------------------------------------------------------------------

    private Code code(String name, Long parent) throws StoreException {
        return project.write(u -> u.codes().insert(null, parent, name, name + " (en)", null, null, "#123456",
                u.codes().nextSortOrder(parent)));
    }

    @Test
    void theCodebookIsATree() throws Exception {
        Code stod = code("Stöd", null);
        Code angest = code("Ångest", null);
        Code efter = code("Efterlevande", stod.id());
        Code annat = code("Annat", stod.id());
        assertEquals(List.of("Stöd", "Ångest", "Efterlevande", "Annat"),
                project.read(u -> u.codes().list()).stream().map(Code::name).toList());
        assertEquals("Stöd / Annat", project.read(u -> u.codes().paths()).get(annat.id()));
        assertEquals((Object) 2, project.read(u -> u.codes().nextSortOrder(stod.id())));
        assertEquals((Object) 2, project.read(u -> u.codes().nextSortOrder(null)));
        project.write(u -> {
            u.codes().update(new Code(efter.id(), efter.uid(), null, "Efterlevandestöd", null, "d", null, "#000000", 5));
            u.codes().setMemo(angest.id(), "svår");
            return null;
        });
        assertEquals("Efterlevandestöd", project.read(u -> u.codes().paths()).get(efter.id()));
        assertEquals(Map.of(angest.id(), "svår"), project.read(u -> u.codes().memos()));
        assertEquals("svår", project.read(u -> u.codes().memo(angest.id())));
        ImportCount count = project.write(u -> u.codes().importTree(List.of(
                new CodebookEntry(null, "Stöd", null, null, null, "#111111", List.of(
                        new CodebookEntry(null, "Annat", null, null, null, "#111111", List.of()),
                        new CodebookEntry(null, "Nytt", null, null, null, "#111111", List.of()))))));
        assertEquals(1, count.added());
        assertEquals(2, count.alreadyPresent());
        assertEquals((Object) 5, project.read(u -> u.codes().count()));
        StoreException refused = assertThrows(StoreException.class, () -> project.write(u -> {
            u.codes().delete(stod.id());
            return null;
        }));
        assertFalse(refused.getMessage().isBlank());
        assertEquals((Object) 5, project.read(u -> u.codes().count()), "a parent is not deleted");
        project.write(u -> {
            u.codes().delete(angest.id());
            return null;
        });
        project.write(u -> {
            u.codes().restore(angest, "tillbaka");
            return null;
        });
        assertEquals((Object) angest, project.read(u -> u.codes().byId(angest.id())).orElseThrow());
        Code after = code("Efter återställning", null);
        assertTrue(after.id() != angest.id());
    }

    @Test
    void codersAndPseudonyms() throws Exception {
        long anna = project.write(u -> u.coders().getOrCreate(" anna ")).id();
        assertEquals((Object) anna, project.write(u -> u.coders().getOrCreate("anna")).id());
        project.write(u -> u.coders().getOrCreate("Bo"));
        assertEquals(List.of("Bo", "anna"), project.read(u -> u.coders().list()).stream().map(c -> c.name()).toList());
        assertTrue((Boolean) project.read(u -> u.coders().byName("Anna")).isEmpty());
        assertEquals((Object) 1, project.write(u -> u.pseudonyms().add("person", "h1", "k1")));
        assertEquals((Object) 2, project.write(u -> u.pseudonyms().add("person", "h2", "k2")));
        assertEquals((Object) 1, project.write(u -> u.pseudonyms().add("plats", "h1", "k1")));
        assertEquals((Object) 2, project.read(u -> u.pseudonyms().number("person", "h2")).orElseThrow());
        assertTrue((Boolean) project.read(u -> u.pseudonyms().number("plats", "h2")).isEmpty());
        assertEquals((Object) 1, project.read(u -> u.pseudonyms().countWithOtherKey("k1")));
        assertEquals(Map.of("person", 2, "plats", 1), project.read(u -> u.pseudonyms().counts()));
        assertThrows(StoreException.class, () -> project.write(u -> u.pseudonyms().add("person", "h1", "k1")));
        assertEquals(List.of(new Pseudonyms.Entry("person", "h1", 1, "k1"), new Pseudonyms.Entry("person", "h2", 2,
                "k2"), new Pseudonyms.Entry("plats", "h1", 1, "k1")), project.read(u -> u.pseudonyms().all()));
    }

    @Test
    void codingsAreStoredCountedAndMoved() throws Exception {
        Code a = code("A", null);
        Code b = code("B", null);
        long anna = project.write(u -> u.coders().getOrCreate("anna")).id();
        long bo = project.write(u -> u.coders().getOrCreate("bo")).id();
        int length = MALMO_TEXT.codePointCount(0, MALMO_TEXT.length());
        assertThrows(StoreException.class, () -> project.write(u -> u.codings().insert(malmo, a.id(), anna, 5,
                length + 1)), "outside the text");
        Coding first = project.write(u -> u.codings().insert(malmo, a.id(), anna, 14, 20));
        Coding last = project.write(u -> u.codings().insert(malmo, b.id(), anna, length - 7, length));
        Coding copy = project.write(u -> u.codings().insertCopy(uppsala, a.id(), bo, 0, 5, "2020-01-01T00:00:00Z",
                "kopierad"));
        assertEquals("2020-01-01T00:00:00Z", copy.createdAt());
        assertEquals("kopierad", project.read(u -> u.codings().memo(copy.id())));
        List<Long> ids = project.write(u -> u.codings().insertAll(List.of(new NewCoding(uppsala, b.id(), 26, 40),
                new NewCoding(unknown, b.id(), 0, 4), new NewCoding(malmo, b.id(), 16, 30)), bo));
        assertEquals(3, ids.size());
        assertEquals(new Span(26, 40), project.read(u -> u.codings().byId(ids.get(0))).map(c -> new Span(c.start(),
                c.end())).orElseThrow());
        assertThrows(StoreException.class, () -> project.write(u -> u.codings().insertAll(List.of(
                new NewCoding(unknown, a.id(), 0, 4), new NewCoding(unknown, a.id(), 0, 999)), bo)));
        assertEquals((Object) 6, project.read(u -> u.codings().count()), "one bad passage stores nothing");
        assertEquals((Object) 2, project.read(u -> u.codings().count(anna)));
        assertEquals(Map.of(a.id(), 2, b.id(), 4), project.read(u -> u.codings().countsByCode()));
        assertEquals(Map.of(malmo, 3, uppsala, 2, unknown, 1), project.read(u -> u.codings().countsByDocument()));
        assertEquals(Map.of(a.id(), 1, b.id(), 3), project.read(u -> u.codings().countsByCode(bo)));
        assertEquals(Map.of(malmo, 1, uppsala, 2, unknown, 1), project.read(u -> u.codings().countsByDocument(bo)));
        assertEquals(Map.of(malmo, Set.of(new Span(16, 30)), uppsala, Set.of(new Span(26, 40)), unknown,
                Set.of(new Span(0, 4))), project.read(u -> u.codings().spansOf(b.id(), bo)));
        assertEquals(List.of(14, 16, length - 7), project.read(u -> u.codings().forDocument(malmo)).stream()
                .map(Coding::start).toList());
        assertEquals(List.of(first.id(), copy.id()), project.read(u -> u.codings().forCode(a.id())).stream()
                .map(Coding::id).toList());
        assertEquals((Object) 4, project.read(u -> u.codings().byCoders(List.of(bo))).size());
        assertEquals(List.of(), project.read(u -> u.codings().byCoders(List.of())));
        assertEquals((Object) 6, project.read(u -> u.codings().all()).size());
        project.write(u -> {
            u.codings().setRange(first.id(), 10, 12);
            u.codings().setCode(first.id(), b.id());
            u.codings().setMemo(first.id(), "flyttad");
            return null;
        });
        Coding moved = project.read(u -> u.codings().byId(first.id())).orElseThrow();
        assertEquals(new Span(10, 12), new Span(moved.start(), moved.end()));
        assertEquals(b.id(), moved.codeId());
        assertEquals(Map.of(first.id(), "flyttad", copy.id(), "kopierad"), project.read(u -> u.codings().memos()));
        assertThrows(StoreException.class, () -> project.write(u -> {
            u.codings().setRange(first.id(), 12, 10);
            return null;
        }));
        assertEquals((Object) 2, project.write(u -> u.codings().deleteAll(List.of(ids.get(0), ids.get(1), 999999L))));
        project.write(u -> {
            u.codings().delete(last.id());
            u.codings().restore(last, "åter");
            return null;
        });
        assertEquals((Object) last, project.read(u -> u.codings().byId(last.id())).orElseThrow());
        assertTrue(project.write(u -> u.codings().insert(malmo, a.id(), anna, 0, 1)).id() > ids.get(2));
    }

    // --- sets -------------------------------------------------------------------------------------------------

    @Test
    void setsKeepTheirMembersInOrder() throws Exception {
        Code a = code("A", null);
        ItemSet s = project.write(u -> u.sets().create(Kind.DOCUMENTS, "Södra", "syd"));
        project.write(u -> u.sets().create(Kind.DOCUMENTS, "norra", null));
        ItemSet codes = project.write(u -> u.sets().create(Kind.CODES, "Koder", null));
        assertEquals(List.of(unknown, malmo), project.write(u -> u.sets().add(Kind.DOCUMENTS, s.id(),
                List.of(unknown, malmo, unknown))));
        assertEquals(List.of(uppsala), project.write(u -> u.sets().add(Kind.DOCUMENTS, s.id(), List.of(malmo,
                uppsala))));
        project.write(u -> u.sets().add(Kind.CODES, codes.id(), List.of(a.id())));
        assertEquals(List.of("norra", "Södra"), project.read(u -> u.sets().list(Kind.DOCUMENTS)).stream()
                .map(ItemSet::name).toList());
        ItemSet read = project.read(u -> u.sets().byId(Kind.DOCUMENTS, s.id())).orElseThrow();
        assertEquals(List.of(unknown, malmo, uppsala), new ArrayList<>(read.members()));
        assertEquals((Object) 3, project.read(u -> u.sets().list()).size());
        assertEquals(List.of(codes.id()), project.read(u -> u.sets().byName("Koder")).stream().map(ItemSet::id)
                .toList());
        assertEquals(List.of(s.id()), project.read(u -> u.sets().setsOf(Kind.DOCUMENTS, malmo)));
        assertEquals(List.of(malmo), project.write(u -> u.sets().remove(Kind.DOCUMENTS, s.id(), List.of(malmo,
                99L))));
        assertEquals(List.of(uppsala), project.read(u -> u.documents().matching(CodingFilter.ALL
                .withDocumentSets(Set.of(s.id())).withKind(DocumentKind.TRANSCRIPT))).stream().map(Document::id)
                .toList());
        project.write(u -> {
            u.sets().update(Kind.DOCUMENTS, s.id(), "Syd", "ny");
            return null;
        });
        ItemSet renamed = project.read(u -> u.sets().byId(Kind.DOCUMENTS, s.id())).orElseThrow();
        assertEquals("Syd", renamed.name());
        project.write(u -> {
            u.sets().delete(Kind.DOCUMENTS, s.id());
            return null;
        });
        assertTrue((Boolean) project.read(u -> u.sets().byId(Kind.DOCUMENTS, s.id())).isEmpty());
        project.write(u -> {
            u.sets().restore(renamed);
            return null;
        });
        assertEquals((Object) renamed, project.read(u -> u.sets().byId(Kind.DOCUMENTS, s.id())).orElseThrow());
        assertThrows(StoreException.class, () -> project.write(u -> {
            u.sets().update(Kind.CODES, 4242, "x", null);
            return null;
        }));
    }

    // --- every kind of Change: apply, undo, redo ----------------------------------------------------------------

    @Test
    void anAcceptedSuggestionIsACodingWithItsMarkThroughUndoRedoAndRemove() throws Exception {
        History history = new History(new Project(project));
        history.perform(new CodeChanges.Add(null, "Tema", "#ff0000"));
        Code theme = project.read(u -> u.codes().list()).get(0);
        history.perform(new CodingChanges.AcceptSuggestion(malmo, theme.id(), "anna", 0, 9, 0.75));
        Coding made = project.read(u -> u.codings().forDocument(malmo)).get(0);
        assertEquals(Map.of(made.id(), 0.75), project.read(u -> u.codings().suggested()));
        history.undo();
        assertEquals((Object) 0, project.read(u -> u.codings().count()));
        assertEquals(Map.of(), project.read(u -> u.codings().suggested()));
        history.redo();
        assertEquals(Map.of(made.id(), 0.75), project.read(u -> u.codings().suggested()));
        history.perform(new CodingChanges.Remove(made));
        assertEquals(Map.of(), project.read(u -> u.codings().suggested()));
        history.undo();
        assertEquals(Map.of(made.id(), 0.75), project.read(u -> u.codings().suggested()));
        // an ordinary coding carries no mark
        history.perform(new CodingChanges.Add(uppsala, theme.id(), "anna", List.of(new int[] {0, 5})));
        assertEquals(1, project.read(u -> u.codings().suggested()).size());
    }

    @Test
    void everyChangeIsUndoneAndRedone() throws Exception {
        History history = new History(new Project(project));
        CodeChanges.Add addTheme = new CodeChanges.Add(null, "Tema", "#ff0000");
        history.perform(addTheme);
        Code theme = project.read(u -> u.codes().list()).get(0);
        history.perform(new CodeChanges.Add(theme.id(), "Under", "#00ff00"));
        Code sub = project.read(u -> u.codes().list()).get(1);
        history.perform(new CodeChanges.Update(theme, new Code(theme.id(), theme.uid(), null, "Tema 2", null, null,
                null, "#ff0000", 0)));
        history.perform(new CodingChanges.Add(malmo, sub.id(), "anna", List.of(new int[] {0, 2}, new int[] {3, 9})));
        Coding made = project.read(u -> u.codings().forDocument(malmo)).get(0);
        history.perform(new CodingChanges.Resize(made, 1, 2));
        history.perform(new CodingChanges.Recode(made.id(), sub.id(), theme.id()));
        history.perform(new CodingChanges.Remove(project.read(u -> u.codings().byId(made.id())).orElseThrow()));
        history.perform(new DocumentChanges.SetFacts(unknown, DocumentChanges.Facts.of(project.read(u ->
                u.documents().byId(unknown)).orElseThrow()), new DocumentChanges.Facts(County.KALMAR,
                DocumentKind.TRANSCRIPT, "R2", "2025-05-05")));
        history.perform(new DocumentChanges.SetAttribute(unknown, "ort", null, "Kalmar"));
        history.perform(new SetChanges.Create(Kind.DOCUMENTS, "Mängd", null, List.of(malmo)));
        long setId = project.read(u -> u.sets().list()).get(0).id();
        history.perform(new SetChanges.Members(Kind.DOCUMENTS, setId, List.of(uppsala), true));
        history.perform(new SetChanges.Update(project.read(u -> u.sets().list()).get(0), "Mängd 2", "b"));
        history.perform(new SetChanges.Delete(Kind.DOCUMENTS, setId));
        history.perform(new CodeChanges.Merge(sub.id(), theme.id()));
        SearchService.AutoCodePreview preview = new SearchService().preview(new Project(project), "ångest", CodingFilter.ALL,
                "Tema 2", AutoCodeScope.MATCH, "bo");
        history.perform(new AutoCoding(preview));
        String done = snapshot();
        assertTrue(done.contains("Tema 2") && done.contains("Kalmar") && !done.contains("Mängd"), done);
        List<String> states = new ArrayList<>();
        while (history.canUndo()) {
            states.add(snapshot());
            history.undo();
        }
        assertEquals(15, states.size());
        assertEquals((Object) 0, project.read(u -> u.codes().count()));
        assertEquals((Object) 0, project.read(u -> u.codings().count()));
        assertTrue((Boolean) project.read(u -> u.sets().list()).isEmpty());
        assertEquals(Map.of(), project.read(u -> u.documents().attributes(unknown)));
        for (int i = states.size() - 1; i >= 0; i--) {
            history.redo();
            assertEquals(states.get(i), snapshot(), "redo step " + (states.size() - i));
        }
        assertEquals(done, snapshot());
    }

    /** Everything a user could see of the project, as text. */
    private String snapshot() throws StoreException {
        return project.read(u -> u.codes().list() + "|" + u.codes().memos() + "|" + u.codings().all() + "|"
                + u.codings().memos() + "|" + u.documents().list() + "|" + u.documents().attributes(unknown) + "|"
                + u.sets().list());
    }

    // --- search -----------------------------------------------------------------------------------------------

    private List<String> hits(String query) throws StoreException {
        List<String> out = new ArrayList<>();
        for (DocumentMatch m : project.read(u -> u.search().search(query, CodingFilter.ALL))) {
            StringBuilder sb = new StringBuilder(m.name()).append(':');
            for (Span s : m.hits()) {
                int from = m.text().offsetByCodePoints(0, s.start());
                int to = m.text().offsetByCodePoints(0, s.end());
                sb.append('[').append(m.text(), from, to).append(']');
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void searchFindsWordsPrefixesPhrasesAndBooleansWithSwedishLettersExact() throws Exception {
        assertEquals(List.of("Uppsala intervju:[ångest]", "malmö-1:[Ångest]", "anteckning:[ångest]"), hits("ångest"));
        assertEquals(List.of("Uppsala intervju:[angest]"), hits("angest"), "å is not a");
        assertEquals(List.of("Uppsala intervju:[ångest]", "malmö-1:[Ångest][Ångesten]", "anteckning:[ångest]"),
                hits("ÅNG*"));
        assertEquals(List.of("malmö-1:[Ångest och ÄLDRE]"), hits("\"ångest och äldre\""));
        assertEquals(List.of("malmö-1:[ÄLDRE]", "anteckning:[Äldre]"), hits("äldre NOT intervjuaren"));
        assertEquals(List.of("Uppsala intervju:[oro][ångest]", "malmö-1:[Ångest][ÄLDRE]"),
                hits("(ångest NOT frågor) AND (äldre OR oro)"));
        assertEquals(List.of("malmö-1:[Ångest][Ångesten]"), hits("ångest* NOT \"ångest frågor\" NOT oro"));
        assertEquals(List.of("malmö-1:[Ångesten]"), hits("\"😀 ångesten\""), "emoji separate tokens");
        assertEquals(List.of(), hits("\"\""));
        assertEquals(List.of("anteckning:[ångest][frågor]"), hits("ångest \"\" frågor"), "an empty phrase is dropped");
        List<DocumentMatch> m = project.read(u -> u.search().search("ångesten", CodingFilter.ALL));
        int start = MALMO_TEXT.codePointCount(0, MALMO_TEXT.indexOf("Ångesten"));
        assertEquals(List.of(new Span(start, start + 8)), m.get(0).hits(), "code points, after an emoji");
        assertEquals(List.of(malmo), project.read(u -> u.search().search("ångest", CodingFilter.ALL
                .withCounties(Set.of(County.parse("12").orElseThrow()), false))).stream()
                .map(DocumentMatch::documentId).toList());
        assertEquals(Set.of(malmo, uppsala, unknown), Set.copyOf(project.read(u -> u.search()
                .matchingDocuments("ångest"))));
        for (String bad : List.of("ångest AND", "(ångest", "ångest)", "\"öppen", "-ångest", "OR")) {
            assertThrows(SearchSyntaxException.class, () -> project.read(u -> u.search().search(bad,
                    CodingFilter.ALL)), bad);
        }
        assertThrows(SearchSyntaxException.class, () -> project.read(u -> u.search().search("  ", CodingFilter.ALL)));
    }

    @Test
    void searchPagesJoinUpToTheWholeResultAndTheCountToItsTotal() throws Exception {
        SearchPagesCheck.run(project);
    }

    // --- segments, counts, matrix --------------------------------------------------------------------------------

    @Test
    void segmentsCountsAndTheCountyThemeMatrix() throws Exception {
        Code theme = code("Tema", null);
        Code sub = code("Under", theme.id());
        Code other = code("Annat", null);
        long anna = project.write(u -> u.coders().getOrCreate("anna")).id();
        project.write(u -> u.codings().insertAll(List.of(new NewCoding(uppsala, sub.id(), 27, 35),
                new NewCoding(uppsala, theme.id(), 30, 40), new NewCoding(malmo, other.id(), 0, 2),
                new NewCoding(malmo, theme.id(), 1, 5), new NewCoding(unknown, sub.id(), 0, 4)), anna));
        List<Segment> segments = project.read(u -> u.segments().find(CodingFilter.ALL, 3, 0));
        assertEquals(List.of("Uppsala intervju", "Uppsala intervju", "malmö-1", "malmö-1", "anteckning"),
                segments.stream().map(Segment::documentName).toList());
        Segment s = segments.get(0);
        assertEquals("Deltagare", s.speaker());
        assertEquals(UPPSALA_TEXT.substring(27, 35), s.passage());
        assertEquals(UPPSALA_TEXT.substring(24, 27), s.before());
        assertEquals((Object) 2, project.read(u -> u.segments().find(CodingFilter.ALL, 0, 2)).size());
        assertEquals((Object) 1, project.read(u -> u.segments().find(CodingFilter.ALL.withCodes(Set.of(other.id())), 0, 0))
                .size());
        assertEquals((Object) 5, project.read(u -> u.counts().codingCounts(CodingFilter.ALL)).size());
        List<String> spans = new ArrayList<>();
        project.read(u -> {
            u.counts().spans(CodingFilter.ALL.withCounties(Set.of(County.UPPSALA), false),
                    (d, c, a, b) -> spans.add(d + "/" + c + "/" + a + "-" + b));
            return null;
        });
        assertEquals(List.of(uppsala + "/" + theme.id() + "/30-40", uppsala + "/" + sub.id() + "/27-35"), spans);
        List<Counts.CodePair> pairs = project.read(u -> u.counts().overlappingPairs(CodingFilter.ALL));
        assertEquals(Set.of(new Counts.CodePair(theme.id(), sub.id(), 1), new Counts.CodePair(theme.id(), other.id(),
                1)), Set.copyOf(pairs));
        List<String> unitCodes = new ArrayList<>();
        project.read(u -> {
            u.counts().unitCodes(CodingFilter.ALL.withKind(DocumentKind.TRANSCRIPT), (unit, code) -> unitCodes.add(
                    code + ""));
            return null;
        });
        assertEquals(List.of(theme.id() + "", sub.id() + ""), unitCodes);
        assertEquals((Object) 4, project.read(u -> u.counts().bareCountyThemeSegments()));
        CountyMatrix matrix = new AnalysisService().matrix(new Project(project), CodingFilter.ALL, null, true);
        int row = matrix.rows().indexOf(County.UPPSALA);
        int col = matrix.columns().stream().map(Code::id).toList().indexOf(theme.id());
        assertEquals(2, matrix.segments(row, col));
        assertEquals(13, matrix.characters(row, col));
    }
}
