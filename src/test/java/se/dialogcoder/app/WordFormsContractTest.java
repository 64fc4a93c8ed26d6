package se.dialogcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.dialogcoder.analysis.AutoCodeScope;
import se.dialogcoder.app.analysis.SearchService;
import se.dialogcoder.app.coding.AutoCoding;
import se.dialogcoder.app.coding.History;
import se.dialogcoder.app.coding.SetChanges;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.WordForms;
import se.dialogcoder.store.ProjectStore;
import se.dialogcoder.store.SearchSyntaxException;
import se.dialogcoder.store.StoreException;

/**
 * The word forms of a search ("alla böjningsformer", "sammansättningar") on every engine
 * ({@link SqliteWordFormsTest}, {@link PostgresWordFormsTest}): the words the store lists, and searches with forms
 * through {@link SearchService} with phrases, AND / OR / NOT, county and set filters and auto-coding. The expected
 * hits are written out, each as the words as written in the text.
 */
abstract class WordFormsContractTest {
    static final WordForms STEM = new WordForms(true, false);
    static final WordForms PARTS = new WordForms(false, true);
    static final WordForms BOTH = new WordForms(true, true);
    static final String SKANE_TEXT = "Länets handlingsplan antogs i våras. Handlingsplanerna följs upp i "
            + "suicidpreventionsarbetet. Vi planerar nya planer.";
    static final String UPPSALA_TEXT = "Handlingsplanen för suicidprevention är klar 😀 och länsplanen likaså.";
    protected ProjectStore store;
    private Project project;
    private long skane;
    private long uppsala;
    private final SearchService search = new SearchService();

    /** A new empty project on the engine under test. */
    protected abstract ProjectStore newProject() throws Exception;

    @BeforeEach
    void fill() throws Exception {
        store = newProject();
        project = new Project(store);
        store.write(u -> {
            skane = u.documents().insert(doc("skåne", County.SKANE, SKANE_TEXT)).id();
            uppsala = u.documents().insert(doc("uppsala", County.UPPSALA, UPPSALA_TEXT)).id();
            u.codes().insert(null, null, "Handlingsplaner", "Action plans", null, null, "#123456", 0);
            return null;
        });
    }

    @AfterEach
    void closeProject() {
        if (store != null) {
            store.close();
        }
    }

    static NewDocument doc(String name, County county, String text) {
        return new NewDocument(name, county, DocumentKind.NOTES, "2025", null, name + ".txt", text,
                List.of(TextUnit.paragraph(0, 0, text.codePointCount(0, text.length()))));
    }

    /** The hits as "document:[words as written]…", in result order. */
    private List<String> hits(String query, WordForms forms, CodingFilter filter) throws StoreException {
        List<String> out = new ArrayList<>();
        String last = null;
        for (SearchService.Hit h : search.search(project, query, forms, filter, 0).hits()) {
            String text = store.read(u -> u.documents().text(h.documentId()));
            String word = new CodePointText(text).slice(h.start(), h.end());
            if (!h.document().equals(last)) {
                out.add(h.document() + ":");
                last = h.document();
            }
            out.set(out.size() - 1, out.get(out.size() - 1) + "[" + word + "]");
        }
        return out;
    }

    private List<String> hits(String query, WordForms forms) throws StoreException {
        return hits(query, forms, CodingFilter.ALL);
    }

    @Test
    void theStoreListsTheWordsOfItsDocumentsByBeginningAndByPart() throws Exception {
        assertEquals(List.of("handlingsplan", "handlingsplanen", "handlingsplanerna"),
                store.read(u -> u.search().wordsStartingWith("handlingsplan")));
        assertEquals(List.of("handlingsplan", "handlingsplanen", "handlingsplanerna", "länsplanen", "planer"),
                store.read(u -> u.search().wordsContaining("plan")).stream().filter(w -> !w.startsWith("planera"))
                        .toList());
        assertEquals(List.of("länets", "länsplanen"), store.read(u -> u.search().wordsStartingWith("län")));
        assertEquals(List.of(), store.read(u -> u.search().wordsStartingWith("zz")));
        assertTrue(store.read(u -> u.search().wordsContaining("😀")).isEmpty(), "emoji are no words");
    }

    @Test
    void allInflectionsFindTheFormsOfAWordAsWritten() throws Exception {
        assertEquals(List.of("skåne:[handlingsplan]"), hits("handlingsplan", WordForms.EXACT));
        assertEquals(List.of("uppsala:[Handlingsplanen]", "skåne:[handlingsplan][Handlingsplanerna]"),
                hits("handlingsplan", STEM));
        assertEquals(List.of("uppsala:[Handlingsplanen]", "skåne:[handlingsplan][Handlingsplanerna]"),
                hits("Handlingsplanerna", STEM));
        assertEquals(List.of("skåne:[Länets handlingsplan]"), hits("\"län handlingsplan\"", STEM));
    }

    @Test
    void compoundPartsFindTheCompoundsAWordIsAPartOf() throws Exception {
        assertEquals(List.of("skåne:[handlingsplan]"), hits("plan", PARTS));
        assertEquals(List.of("uppsala:[Handlingsplanen][länsplanen]",
                "skåne:[handlingsplan][Handlingsplanerna][planer]"), hits("plan", BOTH));
        assertEquals(List.of("uppsala:[suicidprevention]", "skåne:[suicidpreventionsarbetet]"),
                hits("suicidprevention", PARTS));
        assertEquals(List.of("uppsala:[suicidprevention]"), hits("suicidprevention", STEM));
    }

    @Test
    void booleansAndFiltersWorkWithTheForms() throws Exception {
        assertEquals(List.of("skåne:[handlingsplan][Handlingsplanerna]"),
                hits("handlingsplan NOT suicidprevention", STEM));
        assertEquals(List.of(), hits("handlingsplan NOT suicidprevention", BOTH));
        assertEquals(List.of("uppsala:[Handlingsplanen][suicidprevention]",
                "skåne:[Länets][handlingsplan][Handlingsplanerna]"),
                hits("handlingsplan AND (län OR suicidprevention)", STEM));
        assertEquals(List.of("uppsala:[Handlingsplanen][länsplanen]"), hits("plan", BOTH,
                CodingFilter.ALL.withCounties(Set.of(County.UPPSALA), false)));
        History history = new History(project);
        history.perform(new SetChanges.Create(ItemSet.Kind.DOCUMENTS, "Skåne", null, List.of(skane)));
        long set = store.read(u -> u.sets().list()).get(0).id();
        assertEquals(List.of("skåne:[handlingsplan][Handlingsplanerna][planer]"), hits("plan", BOTH,
                CodingFilter.ALL.withDocumentSets(Set.of(set))));
        SearchService.Page first = search.page(project, "plan", BOTH, CodingFilter.ALL, 0, 2, 10);
        assertEquals(2, first.hits().size());
        assertFalse(first.searched().equals("plan"), first.searched());
        SearchService.Page second = search.next(project, first.next(), 10, 10);
        assertEquals(List.of("handlingsplan", "Handlingsplanerna", "planer"), second.hits().stream()
                .map(h -> h.snippet().match()).toList());
        assertEquals(5, search.count(project, first.next()).hits());
    }

    @Test
    void autoCodingCodesEveryFormAsOneUndoableChange() throws Exception {
        SearchService.AutoCodePreview preview = search.preview(project, "plan", BOTH, CodingFilter.ALL,
                "Handlingsplaner", AutoCodeScope.MATCH, "anna");
        assertEquals(5, preview.proposals().size());
        assertEquals(List.of("Handlingsplanen", "länsplanen", "handlingsplan", "Handlingsplanerna", "planer"),
                preview.proposals().stream().map(SearchService.Proposal::passage).toList());
        History history = new History(project);
        history.perform(new AutoCoding(preview));
        assertEquals(5, (int) store.read(u -> u.codings().count()));
        history.undo();
        assertEquals(0, (int) store.read(u -> u.codings().count()));
        assertFalse(history.canUndo());
    }

    @Test
    void queriesTheFormsCannotTakeAreRefusedInPlainWords() {
        SearchSyntaxException bad = assertThrows(SearchSyntaxException.class,
                () -> search.search(project, "(plan", STEM, CodingFilter.ALL, 0));
        assertTrue(bad.getMessage().contains("(plan"), bad.getMessage());
        SearchSyntaxException unsupported = assertThrows(SearchSyntaxException.class,
                () -> search.search(project, "text:plan", STEM, CodingFilter.ALL, 0));
        assertTrue(unsupported.getMessage().contains("text:plan"), unsupported.getMessage());
    }

    @Test
    void documentsStoredLaterBringTheirWords() throws Exception {
        store.write(u -> u.documents().insert(doc("gotland", County.GOTLAND, "Handlingsplaner saknas."))).id();
        assertEquals(List.of("uppsala:[Handlingsplanen]", "gotland:[Handlingsplaner]",
                "skåne:[handlingsplan][Handlingsplanerna]"), hits("handlingsplan", STEM));
    }
}
