package se.dialogcoder.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.analysis.RetrievalService;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.Segment;

/** Coded-segment retrieval over the {@link CountingFixture}. */
class RetrievalTest {
    @TempDir
    Path dir;
    private CountingFixture f;
    private final RetrievalService retrieval = new RetrievalService();

    @BeforeEach
    void setUp() throws Exception {
        f = new CountingFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.project.close();
    }

    private List<Long> ids(CodingFilter filter, boolean withSubcodes) throws Exception {
        return retrieval.segments(f.project, filter, withSubcodes, 10, 0).stream().map(Segment::codingId).toList();
    }

    @Test
    void aThemeWithOrWithoutItsSubThemes() throws Exception {
        CodingFilter a = CodingFilter.ALL.withCodes(Set.of(f.a.id()));
        // ordered by county code (Gotland 09 before Skåne 12), document, start
        assertThat(ids(a, true)).containsExactly(f.coding(8), f.coding(1), f.coding(2), f.coding(3), f.coding(5));
        assertThat(ids(a, false)).containsExactly(f.coding(5));
    }

    @Test
    void filtersByCountyKindRoundCoderAndAttribute() throws Exception {
        assertThat(ids(CodingFilter.ALL.withCounties(Set.of(County.GOTLAND), false), false))
                .containsExactly(f.coding(8), f.coding(9));
        assertThat(ids(CodingFilter.ALL.withCounties(Set.of(), true), false)).containsExactly(f.coding(10));
        assertThat(ids(CodingFilter.ALL.withCounties(Set.of(County.GOTLAND), true), false))
                .containsExactly(f.coding(8), f.coding(9), f.coding(10));
        assertThat(ids(CodingFilter.ALL.withKind(DocumentKind.TRANSCRIPT), false))
                .containsExactly(f.coding(1), f.coding(2), f.coding(3), f.coding(4));
        assertThat(ids(CodingFilter.ALL.withRound("2024"), false)).containsExactly(f.coding(10));
        assertThat(ids(CodingFilter.ALL.withCoders(Set.of("bo")), false))
                .containsExactly(f.coding(8), f.coding(9), f.coding(6));
        assertThat(ids(CodingFilter.ALL.withAttributes(Map.of("typ", "uppföljning")), false))
                .containsExactly(f.coding(10));
        assertThat(ids(CodingFilter.ALL.withCodes(Set.of(f.b.id())).withAttributes(Map.of("typ", "dialog")), true))
                .containsExactly(f.coding(4));
    }

    @Test
    void eachRowHasCountyDocumentSpeakerPassageAndContext() throws Exception {
        List<Segment> rows = retrieval.segments(f.project, CodingFilter.ALL.withKind(DocumentKind.TRANSCRIPT),
                false, 5, 0);
        Segment first = rows.get(0);
        assertThat(first.county()).isEqualTo(County.SKANE);
        assertThat(first.documentName()).isEqualTo("d1");
        assertThat(first.coder()).isEqualTo("anna");
        assertThat(first.speaker()).isEqualTo("Moderator");
        assertThat(first.passage()).isEqualTo("Moderator: aaaaaaaaa");
        assertThat(first.before()).isEmpty();
        assertThat(first.after()).isEqualTo("aaaaa");
        Segment third = rows.get(2); // 25–45 starts in the first turn and runs into the second
        assertThat(third.speaker()).isEqualTo("Moderator");
        assertThat(third.passage()).isEqualTo("a".repeat(14) + "\nSamor");
        assertThat(rows.get(3).speaker()).isEqualTo("Samordnare");
    }

    @Test
    void aPassageStartingBetweenUnitsTakesTheSpeakerOfTheNextUnit() throws Exception {
        f.code(f.d1, f.c, "anna", 39, 60); // starts on the line break between the turns
        List<Segment> rows = retrieval.segments(f.project, CodingFilter.ALL.withCodes(Set.of(f.c.id()))
                .withKind(DocumentKind.TRANSCRIPT), false, 0, 0);
        assertThat(rows).singleElement().extracting(Segment::speaker).isEqualTo("Samordnare");
    }

    @Test
    void passagesEqualWhatSqliteSubstrReturns() throws Exception {
        List<Segment> rows = retrieval.segments(f.project, CodingFilter.ALL, false, 0, 0);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.project.file().orElseThrow());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT c.id, substr(d.text, c.start + 1, c.end - c.start) FROM coding c "
                     + "JOIN document d ON d.id = c.document_id")) {
            int n = 0;
            while (r.next()) {
                long id = r.getLong(1);
                String passage = r.getString(2);
                assertThat(rows.stream().filter(x -> x.codingId() == id).findFirst().orElseThrow().passage())
                        .isEqualTo(passage);
                n++;
            }
            assertThat(n).isEqualTo(10);
        }
    }
}
