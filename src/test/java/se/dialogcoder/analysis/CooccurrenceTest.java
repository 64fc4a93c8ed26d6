package se.dialogcoder.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.analysis.Cooccurrence.Mode;
import se.dialogcoder.app.analysis.AnalysisService;
import se.dialogcoder.model.CodingFilter;

/** Co-occurrence in the hand-counted {@link CountingFixture}. */
class CooccurrenceTest {
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

    @Test
    void overlappingCodingsPerCode() throws Exception {
        Cooccurrence co = analysis.cooccurrence(f.project, CodingFilter.ALL, Mode.OVERLAP, false);
        // 2–3 (A1/A2 at 25–30), 5–6 (A/B1 at 40–50), 8–9 (A1/C at 5–10); 1–2 are both A1: no pair
        assertThat(co.count(f.a1.id(), f.a2.id())).isEqualTo(1);
        assertThat(co.count(f.a2.id(), f.a1.id())).isEqualTo(1);
        assertThat(co.count(f.a.id(), f.b1.id())).isEqualTo(1);
        assertThat(co.count(f.a1.id(), f.c.id())).isEqualTo(1);
        assertThat(co.count(f.a1.id(), f.a1.id())).isZero();
        assertThat(co.count(f.b.id(), f.a2.id())).isZero(); // 50–60 and 25–45 do not meet
        assertThat(co.pairs()).hasSize(3);
        assertThat(co.codes()).extracting("name").containsExactly("A", "A1", "A2", "B1", "C");
    }

    @Test
    void overlapByTheme() throws Exception {
        Cooccurrence co = analysis.cooccurrence(f.project, CodingFilter.ALL, Mode.OVERLAP, true);
        assertThat(co.count(f.a.id(), f.b.id())).isEqualTo(1);
        assertThat(co.count(f.a.id(), f.c.id())).isEqualTo(1);
        assertThat(co.count(f.b.id(), f.c.id())).isZero();
        assertThat(co.pairs()).extracting(p -> p.a().name() + "+" + p.b().name() + "=" + p.count())
                .containsExactly("A+B=1", "A+C=1");
    }

    @Test
    void sameTurnOrParagraph() throws Exception {
        Cooccurrence co = analysis.cooccurrence(f.project, CodingFilter.ALL, Mode.UNIT, false);
        // d1 turn 1 {A1, A2}; d1 turn 2 {A2 (40–45), B}; d2 paragraph 1 {A, B1}; d3 {A1, C}
        assertThat(co.pairs()).extracting(p -> p.a().name() + "+" + p.b().name() + "=" + p.count())
                .containsExactly("A+B1=1", "A1+A2=1", "A1+C=1", "A2+B=1");
        Cooccurrence themes = analysis.cooccurrence(f.project, CodingFilter.ALL, Mode.UNIT, true);
        assertThat(themes.count(f.a.id(), f.b.id())).isEqualTo(2);
        assertThat(themes.count(f.a.id(), f.c.id())).isEqualTo(1);
    }

    @Test
    void filteredByCoder() throws Exception {
        Cooccurrence bo = analysis.cooccurrence(f.project,
                CodingFilter.ALL.withCoders(java.util.Set.of("bo")), Mode.OVERLAP, false);
        assertThat(bo.pairs()).extracting(p -> p.a().name() + "+" + p.b().name()).containsExactly("A1+C");
    }
}
