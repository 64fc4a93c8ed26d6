package se.dialogcoder.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;

/** Frequencies of the hand-counted {@link CountingFixture}: 450 code points of text in all. */
class FrequenciesTest {
    @TempDir
    Path dir;
    private CountingFixture f;
    private final AnalysisService analysis = new AnalysisService();

    @BeforeEach
    void setUp() throws Exception {
        f = new CountingFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.project.close();
    }

    private static Frequencies.Row row(List<Frequencies.Row> rows, Code code) {
        return rows.stream().filter(r -> r.code().id() == code.id()).findFirst().orElseThrow();
    }

    private static Frequencies.Row row(List<Frequencies.Row> rows, County county, Code code) {
        return rows.stream().filter(r -> r.county() == county && r.code().id() == code.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void eachCodeOnItsOwn() throws Exception {
        List<Frequencies.Row> rows = analysis.frequencies(f.project, CodingFilter.ALL, false, false);
        assertThat(rows).hasSize(6).allMatch(Frequencies.Row::allCounties);
        assertThat(rows).extracting(Frequencies.Row::path)
                .containsExactly("A", "A / A1", "A / A2", "B", "B / B1", "C");
        // segments, documents, counties, characters
        assertThat(row(rows, f.a)).extracting("segments", "documents", "counties", "characters")
                .containsExactly(1, 1, 1, 50L);
        assertThat(row(rows, f.a1)).extracting("segments", "documents", "counties", "characters")
                .containsExactly(3, 2, 2, 40L); // 0–20 ∪ 10–30 in d1 = 30, plus 10 in d3
        assertThat(row(rows, f.a2)).extracting("segments", "documents", "counties", "characters")
                .containsExactly(1, 1, 1, 20L);
        assertThat(row(rows, f.b)).extracting("segments", "documents", "counties", "characters")
                .containsExactly(2, 2, 1, 20L); // d4 has no county: not counted among counties
        assertThat(row(rows, f.b1)).extracting("segments", "documents", "counties", "characters")
                .containsExactly(2, 1, 1, 50L);
        assertThat(row(rows, f.c)).extracting("segments", "documents", "counties", "characters")
                .containsExactly(1, 1, 1, 20L);
        assertThat(row(rows, f.a1).coverage()).isCloseTo(40.0 / 450, within(1e-12));
    }

    @Test
    void withSubcodesAParentCountsTheUnionOfItsChildren() throws Exception {
        List<Frequencies.Row> rows = analysis.frequencies(f.project, CodingFilter.ALL, true, false);
        // A: d1 0–45 (A1 ∪ A2) = 45, d2 0–50 = 50, d3 0–10 = 10
        assertThat(row(rows, f.a)).extracting("segments", "documents", "counties", "characters")
                .containsExactly(5, 3, 2, 105L);
        assertThat(row(rows, f.a).coverage()).isCloseTo(105.0 / 450, within(1e-12));
        // B: d1 10, d2 40–80 ∪ 100–110 = 50, d4 10
        assertThat(row(rows, f.b)).extracting("segments", "documents", "counties", "characters")
                .containsExactly(4, 3, 1, 70L);
        assertThat(row(rows, f.a1)).extracting("segments", "characters").containsExactly(3, 40L);
        assertThat(row(rows, f.c)).extracting("segments", "characters").containsExactly(1, 20L);
    }

    @Test
    void byCountyEachCountyHasItsOwnDenominator() throws Exception {
        List<Frequencies.Row> rows = analysis.frequencies(f.project, CodingFilter.ALL, false, true);
        assertThat(rows).hasSize(3 * 6); // Gotland, Skåne, unknown
        assertThat(rows.get(0).county()).isEqualTo(County.GOTLAND);
        assertThat(rows.get(rows.size() - 1).county()).isNull();
        assertThat(row(rows, County.SKANE, f.a1)).extracting("segments", "documents", "characters")
                .containsExactly(2, 1, 30L);
        assertThat(row(rows, County.SKANE, f.a1).coverage()).isCloseTo(30.0 / 300, within(1e-12));
        assertThat(row(rows, County.SKANE, f.c).segments()).isZero();
        assertThat(row(rows, County.GOTLAND, f.c)).extracting("segments", "characters").containsExactly(1, 20L);
        assertThat(row(rows, County.GOTLAND, f.c).coverage()).isCloseTo(0.2, within(1e-12));
        assertThat(row(rows, null, f.b).coverage()).isCloseTo(10.0 / 50, within(1e-12));
    }

    @Test
    void perCoderAndPerDocumentFilters() throws Exception {
        List<Frequencies.Row> bo = analysis.frequencies(f.project, CodingFilter.ALL.withCoders(Set.of("bo")),
                false, false);
        assertThat(row(bo, f.a1)).extracting("segments", "characters").containsExactly(1, 10L);
        assertThat(row(bo, f.b1)).extracting("segments", "characters").containsExactly(1, 40L);
        assertThat(row(bo, f.a).segments()).isZero();
        assertThat(row(bo, f.a1).coverage()).isCloseTo(10.0 / 450, within(1e-12));

        List<Frequencies.Row> round = analysis.frequencies(f.project, CodingFilter.ALL.withRound("2025"),
                false, false);
        assertThat(row(round, f.b)).extracting("segments", "documents").containsExactly(1, 1);
        assertThat(row(round, f.b).coverage()).isCloseTo(10.0 / 400, within(1e-12));
    }
}
