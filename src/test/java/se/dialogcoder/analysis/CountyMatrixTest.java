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
import se.dialogcoder.analysis.CountyMatrix.Measure;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;

/** The county × theme matrix of the hand-counted {@link CountingFixture}. */
class CountyMatrixTest {
    @TempDir
    Path dir;
    private CountingFixture f;
    private final AnalysisService analysis = new AnalysisService();
    private CountyMatrix m;
    private int skane;
    private int gotland;
    private int unknown;

    @BeforeEach
    void setUp() throws Exception {
        f = new CountingFixture(dir);
        m = analysis.matrix(f.project, CodingFilter.ALL, null, true);
        skane = m.rows().indexOf(County.SKANE);
        gotland = m.rows().indexOf(County.GOTLAND);
        unknown = m.rows().indexOf(null);
    }

    @AfterEach
    void tearDown() {
        f.project.close();
    }

    @Test
    void rowsAreAll21CountiesAndUnknownColumnsTheThemes() {
        assertThat(m.rows()).hasSize(22).startsWith(County.STOCKHOLM).endsWith((County) null);
        assertThat(m.columns()).extracting("name").containsExactly("A", "B", "C");
    }

    @Test
    void segmentsWithTotals() {
        assertThat(new double[] {m.cell(Measure.SEGMENTS, skane, 0), m.cell(Measure.SEGMENTS, skane, 1),
            m.cell(Measure.SEGMENTS, skane, 2)}).containsExactly(4, 3, 0);
        assertThat(m.rowTotal(Measure.SEGMENTS, skane)).isEqualTo(7);
        assertThat(m.rowTotal(Measure.SEGMENTS, gotland)).isEqualTo(2);
        assertThat(m.rowTotal(Measure.SEGMENTS, unknown)).isEqualTo(1);
        assertThat(m.rowTotal(Measure.SEGMENTS, m.rows().indexOf(County.STOCKHOLM))).isZero();
        assertThat(new double[] {m.columnTotal(Measure.SEGMENTS, 0), m.columnTotal(Measure.SEGMENTS, 1),
            m.columnTotal(Measure.SEGMENTS, 2)}).containsExactly(5, 4, 1);
        assertThat(m.total(Measure.SEGMENTS)).isEqualTo(10);
        assertThat(m.documents(skane, 0)).isEqualTo(2);
        assertThat(m.rowDocuments(skane)).isEqualTo(2);
    }

    @Test
    void presenceWithTotals() {
        assertThat(m.cell(Measure.PRESENCE, gotland, 1)).isZero();
        assertThat(m.cell(Measure.PRESENCE, gotland, 2)).isEqualTo(1);
        assertThat(m.rowTotal(Measure.PRESENCE, skane)).isEqualTo(2);
        assertThat(m.rowTotal(Measure.PRESENCE, gotland)).isEqualTo(2);
        assertThat(m.rowTotal(Measure.PRESENCE, unknown)).isEqualTo(1);
        assertThat(new double[] {m.columnTotal(Measure.PRESENCE, 0), m.columnTotal(Measure.PRESENCE, 1),
            m.columnTotal(Measure.PRESENCE, 2)}).containsExactly(2, 2, 1);
        assertThat(m.total(Measure.PRESENCE)).isEqualTo(5);
    }

    @Test
    void coverageCountsOverlapsOnceAndTotalsUseAllText() {
        // Skåne has 300 code points: A = d1 0–45 + d2 0–50 = 95, B = d1 10 + d2 50 = 60
        assertThat(m.cell(Measure.COVERAGE, skane, 0)).isCloseTo(95.0 / 300, within(1e-12));
        assertThat(m.cell(Measure.COVERAGE, skane, 1)).isCloseTo(60.0 / 300, within(1e-12));
        // any theme in Skåne: d1 0–45 ∪ 50–60 = 55, d2 0–80 ∪ 100–110 = 90
        assertThat(m.rowTotal(Measure.COVERAGE, skane)).isCloseTo(145.0 / 300, within(1e-12));
        assertThat(m.rowTotal(Measure.COVERAGE, gotland)).isCloseTo(25.0 / 100, within(1e-12));
        assertThat(m.cell(Measure.COVERAGE, unknown, 1)).isCloseTo(10.0 / 50, within(1e-12));
        assertThat(m.columnTotal(Measure.COVERAGE, 0)).isCloseTo(105.0 / 450, within(1e-12));
        assertThat(m.columnTotal(Measure.COVERAGE, 1)).isCloseTo(70.0 / 450, within(1e-12));
        assertThat(m.total(Measure.COVERAGE)).isCloseTo(180.0 / 450, within(1e-12));
        assertThat(m.cell(Measure.COVERAGE, m.rows().indexOf(County.STOCKHOLM), 0)).isZero();
    }

    @Test
    void chosenColumnsAndFilters() throws Exception {
        CountyMatrix children = analysis.matrix(f.project, CodingFilter.ALL, List.of(f.a1, f.a2, f.b1), false);
        assertThat(children.hasCoverage()).isFalse();
        assertThat(children.segments(children.rows().indexOf(County.SKANE), 0)).isEqualTo(2);
        assertThat(children.rowTotal(Measure.SEGMENTS, children.rows().indexOf(County.SKANE))).isEqualTo(5);

        CountyMatrix bo = analysis.matrix(f.project, CodingFilter.ALL.withCoders(Set.of("bo")), null, true);
        assertThat(bo.rows()).hasSize(21 + 1); // d4 is still in scope: the coder filter leaves documents alone
        assertThat(bo.total(Measure.SEGMENTS)).isEqualTo(3);
        CountyMatrix transcripts = analysis.matrix(f.project,
                CodingFilter.ALL.withKind(se.dialogcoder.model.DocumentKind.TRANSCRIPT), null, true);
        assertThat(transcripts.rows()).hasSize(21);
        assertThat(transcripts.total(Measure.SEGMENTS)).isEqualTo(4);
        assertThat(transcripts.rowLength(transcripts.rows().indexOf(County.SKANE))).isEqualTo(100);
        assertThat(transcripts.rowTotal(Measure.COVERAGE, transcripts.rows().indexOf(County.SKANE)))
                .isCloseTo(55.0 / 100, within(1e-12));
    }
}
