package se.dialogcoder.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.Span;

class CodedTextTest {

    private static Span s(int start, int end) {
        return new Span(start, end);
    }

    /**
     * NVivo's documented example (Help, "Run a Coding Comparison query", how percentage agreement is calculated):
     * a 1000-character source, 50 characters coded by both users, 150 by only one of them, 800 by neither:
     * (800 + 50) / 1000 = 85 %. Kappa follows NVivo's own steps: EF1 = coded(A) · coded(B) / total,
     * EF2 = uncoded(A) · uncoded(B) / total, K = (agreement - ΣEF) / (total - ΣEF).
     */
    @Test
    void nvivoPercentageAgreementExample() {
        List<Span> a = List.of(s(100, 250)); // 150 characters
        List<Span> b = List.of(s(200, 300)); // 100 characters, 50 shared with A
        TwoByTwo t = CodedText.characters(1000, List.of(a, b)).pair(0, 1);
        assertThat(t).isEqualTo(new TwoByTwo(50, 100, 50, 800));
        assertThat(t.percentAgreement()).isCloseTo(85.0, within(1e-9));
        double ef = 150.0 * 100 / 1000 + 850.0 * 900 / 1000;
        assertThat(t.kappa().kappa()).isCloseTo((850 - ef) / (1000 - ef), within(1e-12));
    }

    @Test
    void overlappingCodingsOfOneCoderCountOnce() {
        List<Span> a = List.of(s(0, 6), s(4, 10), s(10, 12)); // 0-12 covered once, touching spans merge
        List<Span> b = List.of(s(2, 4));
        PatternCounts c = CodedText.characters(20, List.of(a, b));
        assertThat(c.units()).isEqualTo(20);
        assertThat(c.pair(0, 1)).isEqualTo(new TwoByTwo(2, 10, 0, 8));
        assertThat(CodedText.merge(a, 20)).containsExactly(s(0, 12));
    }

    @Test
    void codingsBeyondTheTextAreClipped() {
        TwoByTwo t = CodedText.characters(10, List.of(List.of(s(8, 15)), List.of())).pair(0, 1);
        assertThat(t).isEqualTo(new TwoByTwo(0, 2, 0, 8));
    }

    @Test
    void aUnitCountsAsCodedWhenACodingOverlapsItByOneCodePoint() {
        List<Span> units = List.of(s(0, 10), s(10, 20), s(20, 20), s(20, 30));
        List<Span> a = List.of(s(9, 10));   // last character of unit 1 only
        List<Span> b = List.of(s(10, 21));  // all of unit 2 and the first character of unit 4
        PatternCounts c = CodedText.units(units, List.of(a, b));
        assertThat(c.units()).isEqualTo(3); // the empty unit cannot be coded and is left out
        assertThat(c.pair(0, 1)).isEqualTo(new TwoByTwo(0, 1, 2, 0));
    }

    @Test
    void aCoderWhoDidNotTakePartIsMissingNotAbsent() {
        List<Span> units = List.of(s(0, 5), s(5, 10), s(10, 15));
        List<List<Span>> spans = new ArrayList<>();
        spans.add(List.of(s(0, 5)));
        spans.add(null); // coder 2 never coded this document
        spans.add(List.of(s(0, 5), s(12, 13)));
        PatternCounts c = CodedText.units(units, spans);
        assertThat(c.pair(0, 1).total()).isZero();
        assertThat(c.pair(0, 2)).isEqualTo(new TwoByTwo(1, 0, 1, 1));
        AlphaResult alpha = c.alpha();
        assertThat(alpha.pairable()).isEqualTo(6); // 3 units × 2 coders with values
    }

    @Test
    void binaryAlphaFromCountsEqualsAlphaFromTheUnitTable() {
        Random random = new Random(7L);
        for (int round = 0; round < 200; round++) {
            int coders = 2 + random.nextInt(3);
            int length = 1 + random.nextInt(60);
            List<List<Span>> spans = new ArrayList<>();
            for (int c = 0; c < coders; c++) {
                if (random.nextInt(5) == 0) {
                    spans.add(null);
                    continue;
                }
                List<Span> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    int a = random.nextInt(length);
                    list.add(s(a, a + 1 + random.nextInt(length - a)));
                }
                spans.add(list);
            }
            PatternCounts counts = CodedText.characters(length, spans);
            // the same data, one row per character
            List<List<String>> rows = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int c = 0; c < coders; c++) {
                names.add("c" + c);
            }
            for (int ch = 0; ch < length; ch++) {
                List<String> row = new ArrayList<>();
                for (List<Span> list : spans) {
                    if (list == null) {
                        row.add(null);
                        continue;
                    }
                    int at = ch;
                    row.add(list.stream().anyMatch(x -> x.start() <= at && at < x.end()) ? "1" : "0");
                }
                rows.add(row);
            }
            AlphaResult fromRows = Krippendorff.alpha(new ReliabilityData(names, rows), Level.NOMINAL);
            AlphaResult fromCounts = counts.alpha();
            assertThat(fromCounts.pairable()).isEqualTo(fromRows.pairable());
            assertThat(fromCounts.unitsExcluded()).isEqualTo(fromRows.unitsExcluded());
            assertThat(fromCounts.noVariation()).isEqualTo(fromRows.noVariation());
            if (fromRows.alpha() == null) {
                assertThat(fromCounts.alpha()).isNull();
            } else {
                assertThat(fromCounts.alpha()).as("round %d", round).isCloseTo(fromRows.alpha(), within(1e-9));
            }
        }
    }

    @Test
    void figuresForThreeCodersHaveEveryPair() {
        PatternCounts c = CodedText.characters(10, List.of(List.of(s(0, 5)), List.of(s(0, 5)), List.of(s(0, 4))));
        BinaryFigures f = BinaryFigures.of(c, List.of("Anna", "Bo", "Cia"));
        assertThat(f.pairs()).extracting(PairFigures::first, PairFigures::second)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna", "Bo"),
                        org.assertj.core.groups.Tuple.tuple("Anna", "Cia"),
                        org.assertj.core.groups.Tuple.tuple("Bo", "Cia"));
        assertThat(f.pairs().get(0).kappa().kappa()).isEqualTo(1.0);
        assertThat(f.pairs().get(1).percentAgreement()).isCloseTo(90.0, within(1e-9));
        assertThat(f.alpha().alpha()).isBetween(0.5, 1.0);
        assertThat(f.units()).isEqualTo(10);
    }

    @Test
    void nobodyCodingAnythingIsNoVariation() {
        BinaryFigures f = BinaryFigures.of(CodedText.characters(40, List.of(List.of(), List.of())),
                List.of("A", "B"));
        assertThat(f.pairs().get(0).kappa().kappa()).isEqualTo(1.0);
        assertThat(f.pairs().get(0).kappa().noVariation()).isTrue();
        assertThat(f.alpha().alpha()).isEqualTo(1.0);
        assertThat(f.alpha().noVariation()).isTrue();
        assertThat(f.pairs().get(0).percentAgreement()).isEqualTo(100.0);
    }
}
