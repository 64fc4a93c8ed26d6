package se.dialogcoder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Span;
import se.dialogcoder.store.Search.DocumentMatch;
import se.dialogcoder.store.SearchSyntaxException;

/** FTS5 search: å, ä, ö are letters of their own, hits are code-point offsets. */
class SearchQueriesTest {
    static final String SKANE = "🙂 Vi har en länsgemensam handlingsplan. Handlingsplanen gäller i vårt län.\n"
            + "Lan är ett annat ord. Åtgärd krävs, t.ex. utbildning.";
    static final String GOTLAND = "Samordnare: Vi saknar handlingsplan för suicidprevention. Psykisk hälsa i fokus.\n"
            + "Moderator: Atgard är fel stavat. PSYKISK  HÄLSA igen.";
    @TempDir
    Path dir;
    private ProjectFile p;

    @BeforeEach
    void setUp() throws Exception {
        p = ProjectFile.create(dir.resolve("s.dcproj"), "Sök", "2025");
        p.write(tx -> tx.documents().insert(StoreFixtures.document("skane", County.SKANE, SKANE)));
        p.write(tx -> tx.documents().insert(StoreFixtures.document("gotland", County.GOTLAND, GOTLAND)));
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private List<DocumentMatch> search(String q) throws Exception {
        return p.read(tx -> tx.search().search(q, CodingFilter.ALL));
    }

    /** The words hit, as the user reads them. */
    private List<String> words(String q) throws Exception {
        return search(q).stream().flatMap(m -> m.hits().stream()
                .map(h -> new CodePointText(m.text()).slice(h.start(), h.end()))).toList();
    }

    @Test
    void lanIsNotLanAndAtgardIsNotAtgard() throws Exception {
        assertThat(words("län")).containsExactly("län");
        assertThat(words("lan")).containsExactly("Lan");
        assertThat(words("åtgärd")).containsExactly("Åtgärd");
        assertThat(words("atgard")).containsExactly("Atgard");
        assertThat(words("ÅTGÄRD")).containsExactly("Åtgärd");
    }

    @Test
    void hitOffsetsAreCodePoints() throws Exception {
        DocumentMatch skane = search("handlingsplan").stream().filter(m -> m.name().equals("skane")).findFirst()
                .orElseThrow();
        // the emoji is one code point but two UTF-16 units
        int expected = SKANE.codePointCount(0, SKANE.indexOf("handlingsplan"));
        assertThat(expected).isEqualTo(SKANE.indexOf("handlingsplan") - 1);
        assertThat(skane.hits()).containsExactly(new Span(expected, expected + "handlingsplan".length()));
        assertThat(skane.text()).isEqualTo(SKANE);
    }

    @Test
    void prefixPhraseAndBoolean() throws Exception {
        assertThat(words("handlingsplan*")).containsExactly("handlingsplan", "handlingsplan", "Handlingsplanen");
        assertThat(search("handlingsplan*")).extracting(DocumentMatch::county)
                .containsExactly(County.GOTLAND, County.SKANE); // by county code: 09 before 12
        assertThat(words("\"psykisk hälsa\"")).containsExactly("Psykisk hälsa", "PSYKISK  HÄLSA");
        assertThat(words("handlingsplan AND suicidprevention")).containsExactly("handlingsplan", "suicidprevention");
        assertThat(words("handlingsplan NOT suicidprevention")).containsExactly("handlingsplan");
        assertThat(words("lan OR atgard")).containsExactly("Atgard", "Lan");
        assertThat(words("(lan OR atgard) AND vårt")).containsExactly("vårt", "Lan");
        assertThat(words("suicidprevention NOT handlingsplan")).isEmpty();
    }

    @Test
    void filteredByCounty() throws Exception {
        List<DocumentMatch> m = p.read(tx -> tx.search().search("handlingsplan",
                CodingFilter.ALL.withCounties(Set.of(County.SKANE), false)));
        assertThat(m).extracting(DocumentMatch::name).containsExactly("skane");
    }

    @Test
    void invalidQueriesGetAPlainMessage() {
        assertThatThrownBy(() -> search("handlingsplan AND")).isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("the search 'handlingsplan AND' is not valid").hasMessageContaining("ends too early");
        assertThatThrownBy(() -> search("\"psykisk hälsa")).isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("is not valid");
        assertThatThrownBy(() -> search("hälso-")).isInstanceOf(SearchSyntaxException.class);
        assertThatThrownBy(() -> search("  ")).isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void matchingDocumentsUsesTheSameRules() throws Exception {
        List<Long> lan = p.read(tx -> tx.search().matchingDocuments("län"));
        List<Long> plans = p.read(tx -> tx.search().matchingDocuments("handlingsplan*"));
        assertThat(lan).hasSize(1);
        assertThat(plans).hasSize(2);
    }

    @Test
    void theListingIndexGivesTheSameDocumentsWithoutReadingTheirRows() throws Exception {
        p.write(tx -> tx.documents().insert(StoreFixtures.document("okänd", null, "En handlingsplan utan län.")));
        List<String> queries = List.of("handlingsplan*", "län", "\"psykisk hälsa\"", "handlingsplan NOT län");
        List<CodingFilter> filters = List.of(CodingFilter.ALL, CodingFilter.ALL.withCounties(Set.of(County.SKANE), true),
                CodingFilter.ALL.withRound("2025"));
        List<Object> with = new java.util.ArrayList<>();
        for (String q : queries) {
            for (CodingFilter f : filters) {
                with.add(p.read(tx -> tx.search().matches(q, f)));
            }
        }
        Path file = dir.resolve("s.dcproj");
        p.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            try (java.sql.ResultSet plan = s.executeQuery("EXPLAIN QUERY PLAN SELECT d.id, d.name, d.county, d.kind "
                    + "FROM document d WHERE +d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH 'län') "
                    + "AND d.round = '2025'")) {
                StringBuilder sb = new StringBuilder();
                while (plan.next()) {
                    sb.append(plan.getString(4)).append('\n');
                }
                assertThat(sb.toString()).contains("USING COVERING INDEX " + SearchQueries.LISTING_INDEX);
            }
            s.execute("DROP INDEX " + SearchQueries.LISTING_INDEX);
        }
        p = ProjectFile.open(file);
        List<Object> without = new java.util.ArrayList<>();
        for (String q : queries) {
            for (CodingFilter f : filters) {
                without.add(p.read(tx -> tx.search().matches(q, f)));
            }
        }
        assertThat(with).isEqualTo(without);
        assertThat(without.get(0)).asList().hasSize(3);
        assertThatThrownBy(() -> p.read(tx -> tx.search().matches("handlingsplan AND", CodingFilter.ALL)))
                .isInstanceOf(SearchSyntaxException.class).hasMessageContaining("ends too early");
    }
}
