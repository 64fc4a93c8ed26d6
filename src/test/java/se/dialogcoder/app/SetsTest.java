package se.dialogcoder.app;

import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.app.analysis.RetrievalService;
import se.dialogcoder.app.coding.ProjectSession;
import se.dialogcoder.app.coding.SetActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.Frequencies;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.CountyGroup;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.ItemSet.Kind;
import se.dialogcoder.store.sqlite.StoreFixtures;

/** Document sets, code sets and county groups as filters, and every change to a set undone and redone. */
class SetsTest {
    @TempDir
    Path dir;
    private ProjectSession session;
    private Project project;
    private Document skane;
    private Document gotland;
    private Document norrbotten;
    private Document unknown;
    private Code a;
    private Code b;
    private final AnalysisService analysis = new AnalysisService();
    private final RetrievalService retrieval = new RetrievalService();

    @BeforeEach
    void setUp() throws Exception {
        project = ProjectStores.create(dir.resolve("sets.dcproj"), "Set", "2025");
        session = new ProjectSession(project);
        project.write(tx -> {
            skane = tx.documents().insert(StoreFixtures.document("Skåne", County.SKANE, "Skåne har en handlingsplan."));
            gotland = tx.documents().insert(StoreFixtures.document("Gotland", County.GOTLAND, "Gotland samverkar."));
            norrbotten = tx.documents().insert(StoreFixtures.document("Norrbotten", County.NORRBOTTEN,
                    "Norrbotten har stöd."));
            unknown = tx.documents().insert(StoreFixtures.document("Okänt", null, "Ett möte utan län."));
            a = tx.codes().insert("a", null, "A", null, null, null, "#000000", 0);
            b = tx.codes().insert("b", null, "B", null, null, null, "#111111", 1);
            long anna = tx.coders().getOrCreate("anna").id();
            for (Document d : List.of(skane, gotland, norrbotten, unknown)) {
                tx.codings().insert(d.id(), a.id(), anna, 0, 5);
                tx.codings().insert(d.id(), b.id(), anna, 2, 4);
            }
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Map<String, Integer> segments(CodingFilter f) throws Exception {
        return analysis.frequencies(project, f, false, false).stream()
                .collect(Collectors.toMap(r -> r.path(), Frequencies.Row::segments));
    }

    private CodingFilter named(String... names) throws Exception {
        return SetActions.narrow(project, CodingFilter.ALL, List.of(names));
    }

    @Test
    void aDocumentSetRestrictsEveryCountAndRetrieval() throws Exception {
        ItemSet coast = session.sets().create(Kind.DOCUMENTS, "Kustlän", "Län vid kusten");
        assertThat(session.sets().add(coast, List.of(skane.id(), gotland.id()))).isEqualTo(2);

        assertThat(segments(named("Kustlän"))).containsEntry("A", 2).containsEntry("B", 2);
        assertThat(segments(named("kustlän"))).as("case does not matter").containsEntry("A", 2);
        assertThat(segments(CodingFilter.ALL)).containsEntry("A", 4);
        assertThat(retrieval.segments(project, named("Kustlän"), false, 0, 0))
                .extracting(s -> s.documentName()).containsOnly("Skåne", "Gotland");
        var matrix = analysis.matrix(project, named("Kustlän"), null, true);
        var segs = se.dialogcoder.analysis.CountyMatrix.Measure.SEGMENTS;
        assertThat(matrix.total(segs)).isEqualTo(4);
        assertThat(matrix.rowTotal(segs, matrix.rows().indexOf(County.NORRBOTTEN))).isZero();
        assertThat(matrix.rowTotal(segs, matrix.rows().indexOf(County.SKANE))).isEqualTo(2);
        CodingFilter coastOnly = named("Kustlän");
        List<Document> matching = project.read(tx -> tx.documents().matching(coastOnly));
        assertThat(matching).extracting(Document::name)
                .containsExactlyInAnyOrder("Skåne", "Gotland");
    }

    @Test
    void severalDocumentSetsMeanAnyOfThemAndCombineWithCountyGroups() throws Exception {
        ItemSet one = session.sets().create(Kind.DOCUMENTS, "Ett", null);
        ItemSet two = session.sets().create(Kind.DOCUMENTS, "Två", null);
        session.sets().add(one, List.of(skane.id()));
        session.sets().add(two, List.of(norrbotten.id(), unknown.id()));

        assertThat(segments(named("Ett", "Två"))).containsEntry("A", 3);
        assertThat(segments(named("Två", "Norrland"))).as("document set AND county group").containsEntry("A", 1);
        assertThat(segments(named("Norrland"))).containsEntry("A", 1);
        assertThat(segments(named("Götaland"))).containsEntry("A", 2);
        assertThat(segments(named("Sjukvårdsregion Stockholm–Gotland"))).containsEntry("A", 1);
        assertThat(segments(named("Norrland", "Götaland"))).as("two groups: their counties").containsEntry("A", 3);
    }

    @Test
    void aCodeSetShowsOnlyItsCodes() throws Exception {
        ItemSet codes = session.sets().create(Kind.CODES, "Bara B", null);
        session.sets().add(codes, List.of(b.id()));
        List<Frequencies.Row> rows = analysis.frequencies(project, named("Bara B"), false, false);
        assertThat(rows).extracting(Frequencies.Row::path).containsExactly("B");
        assertThat(rows.get(0).segments()).isEqualTo(4);
        var matrix = analysis.matrix(project, named("Bara B"), null, false);
        assertThat(matrix.columns()).extracting(Code::name).containsExactly("B");
        assertThat(retrieval.segments(project, named("Bara B"), false, 0, 0)).hasSize(4)
                .allSatisfy(s -> assertThat(s.codeId()).isEqualTo(b.id()));
    }

    @Test
    void anUnknownNameListsWhatThereIs() throws Exception {
        session.sets().create(Kind.DOCUMENTS, "Kustlän", null);
        assertThatThrownBy(() -> named("Kust")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no set or county group \"Kust\"").hasMessageContaining("Kustlän")
                .hasMessageContaining("Norrland").hasMessageContaining("Sjukvårdsregion Södra");
    }

    @Test
    void namesAreUniqueAndNeverThoseOfCountyGroups() throws Exception {
        session.sets().create(Kind.DOCUMENTS, "Urban", null);
        assertThatThrownBy(() -> session.sets().create(Kind.CODES, "urban", null))
                .hasMessageContaining("already a set named");
        assertThatThrownBy(() -> session.sets().create(Kind.DOCUMENTS, "Norrland", null))
                .hasMessageContaining("built-in county group");
        assertThatThrownBy(() -> session.sets().create(Kind.DOCUMENTS, "  ", null)).hasMessageContaining("needs a name");
        assertThat(session.sets().list()).hasSize(1);
        assertThat(session.history().canUndo()).isTrue();
    }

    @Test
    void everySetChangeIsUndoneAndRedone() throws Exception {
        ItemSet s = session.sets().create(Kind.DOCUMENTS, "Kust", "beskrivning ");
        s = session.sets().find("Kust").orElseThrow();
        session.sets().add(s, List.of(skane.id(), gotland.id()));
        s = session.sets().find("Kust").orElseThrow();
        session.sets().remove(s, List.of(gotland.id()));
        s = session.sets().find("Kust").orElseThrow();
        session.sets().update(s, "Kusten", "ny");
        s = session.sets().find("Kusten").orElseThrow();
        assertThat(s.members()).containsExactly(skane.id());
        session.sets().delete(s);
        assertThat(session.sets().list()).isEmpty();

        session.undo(); // delete
        ItemSet back = session.sets().find("Kusten").orElseThrow();
        assertThat(back.id()).isEqualTo(s.id());
        assertThat(back.members()).containsExactly(skane.id());
        assertThat(back.description()).isEqualTo("ny");
        session.undo(); // rename
        assertThat(session.sets().find("Kust").orElseThrow().description()).isEqualTo("beskrivning ");
        session.undo(); // remove
        assertThat(session.sets().find("Kust").orElseThrow().members()).containsExactlyInAnyOrder(skane.id(),
                gotland.id());
        session.undo(); // add
        assertThat(session.sets().find("Kust").orElseThrow().members()).isEmpty();
        session.undo(); // create
        assertThat(session.sets().list()).isEmpty();
        for (int i = 0; i < 5; i++) {
            session.redo();
        }
        assertThat(session.sets().list()).isEmpty();
        session.undo();
        assertThat(session.sets().find("Kusten").orElseThrow().members()).containsExactly(skane.id());
    }

    @Test
    void deletingOrMergingACodeKeepsItsSetsOnUndo() throws Exception {
        ItemSet set = session.sets().create(Kind.CODES, "Koder", null);
        session.sets().add(set, List.of(a.id()));
        session.deleteCode(a.id());
        assertThat(session.sets().find("Koder").orElseThrow().members()).isEmpty();
        session.undo();
        assertThat(session.sets().find("Koder").orElseThrow().members()).containsExactly(a.id());

        session.mergeCodes(a.id(), b.id());
        assertThat(session.sets().find("Koder").orElseThrow().members()).as("the target stands for the source")
                .containsExactly(b.id());
        session.undo();
        assertThat(session.sets().find("Koder").orElseThrow().members()).containsExactly(a.id());
        assertThat(segments(named("Koder"))).containsEntry("A", 4).doesNotContainKey("B");
    }

    @Test
    void anOlderProjectIsUpgradedAndGetsSets() throws Exception {
        Path old = dir.resolve("gammal.dcproj");
        StoreFixtures.writeV1Project(old);
        try (Project p = ProjectStores.open(old, (file, id, version) -> { })) {
            assertThat(p.info().schemaVersion()).isEqualTo(ProjectStores.FILE_VERSION);
            SetActions sets = SetActions.of(p);
            List<Document> docs = p.read(tx -> tx.documents().list());
            ItemSet s = sets.create(Kind.DOCUMENTS, "Alla", null);
            sets.add(s, docs.stream().map(Document::id).toList());
            CodingFilter all = SetActions.narrow(p, CodingFilter.ALL, List.of("Alla"));
            List<Document> matching = p.read(tx -> tx.documents().matching(all));
            assertThat(matching).hasSameSizeAs(docs);
            assertThat(Set.copyOf(sets.find("Alla").orElseThrow().members())).hasSize(docs.size());
        }
    }

    @Test
    void countyGroupsAddToTheCountyFilter() throws Exception {
        CodingFilter f = CodingFilter.ALL.withCounties(Set.of(County.SKANE), false).withCountyGroup(CountyGroup.NORRA);
        assertThat(f.counties()).contains(County.SKANE, County.NORRBOTTEN).hasSize(5);
    }
}
