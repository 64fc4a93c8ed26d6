package se.dialogcoder.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.dialogcoder.analysis.agreement.Disagreements.Kind;
import se.dialogcoder.analysis.agreement.Disagreements.Passage;
import se.dialogcoder.model.Span;

/** Passages where two coders differ, checked on hand-made spans. */
class DisagreementsTest {
    private static Span s(int start, int end) {
        return new Span(start, end);
    }

    @Test
    void identicalCodingIsAgreementAndListsNothing() {
        assertThat(Disagreements.between(List.of(s(0, 10), s(20, 30)), List.of(s(20, 30), s(0, 10)))).isEmpty();
        assertThat(Disagreements.between(List.of(), List.of())).isEmpty();
        // touching and overlapping codings of one coder count as the characters they cover
        assertThat(Disagreements.between(List.of(s(0, 5), s(5, 10)), List.of(s(0, 8), s(3, 10)))).isEmpty();
    }

    @Test
    void aStretchOnlyOneCoderCodedIsOnePassage() {
        List<Passage> p = Disagreements.between(List.of(s(12, 14)), List.of());
        assertThat(p).containsExactly(new Passage(s(12, 14), List.of(s(12, 14)), List.of(), 2, 0));
        assertThat(p.get(0).kind()).isEqualTo(Kind.ONLY_FIRST);
        List<Passage> q = Disagreements.between(List.of(), List.of(s(0, 5)));
        assertThat(q.get(0).kind()).isEqualTo(Kind.ONLY_SECOND);
        assertThat(q.get(0).onlySecond()).isEqualTo(5);
    }

    @Test
    void overlappingCodingsWithOtherBoundariesAreOnePassage() {
        // A [10,30), B [15,40): one passage [10,40); A alone 5 characters, B alone 10
        List<Passage> p = Disagreements.between(List.of(s(10, 30)), List.of(s(15, 40)));
        assertThat(p).containsExactly(new Passage(s(10, 40), List.of(s(10, 30)), List.of(s(15, 40)), 5, 10));
        assertThat(p.get(0).kind()).isEqualTo(Kind.BOUNDARIES);
    }

    @Test
    void passagesAreSeparatedByTextNeitherCodedAndAgreedPassagesAreLeftOut() {
        // the fixture of AgreementFixture, Efterlevandestöd in "Samtal": Anna [2,8) [5,12), Bo [4,10)
        // plus an agreed passage [20,25) and an extra one only Bo coded, [30,31)
        List<Passage> p = Disagreements.between(List.of(s(2, 8), s(5, 12), s(20, 25)),
                List.of(s(4, 10), s(20, 25), s(30, 31)));
        assertThat(p).containsExactly(
                new Passage(s(2, 12), List.of(s(2, 12)), List.of(s(4, 10)), 4, 0),
                new Passage(s(30, 31), List.of(), List.of(s(30, 31)), 0, 1));
    }

    @Test
    void codingsThatTouchJoinOnePassageAndGapsInsideAreKept() {
        // A [0,5) and B [5,10) touch: one passage where each coded half
        assertThat(Disagreements.between(List.of(s(0, 5)), List.of(s(5, 10))))
                .containsExactly(new Passage(s(0, 10), List.of(s(0, 5)), List.of(s(5, 10)), 5, 5));
        // A [0,10) [12,20), B [0,20): one passage, B alone the 2 characters of the gap
        assertThat(Disagreements.between(List.of(s(0, 10), s(12, 20)), List.of(s(0, 20))))
                .containsExactly(new Passage(s(0, 20), List.of(s(0, 10), s(12, 20)), List.of(s(0, 20)), 0, 2));
    }

    /** The characters in the passages are exactly those one coder coded and the other did not, on random data. */
    @Test
    void passagesCoverExactlyTheCharactersCodedByOneCoderOnly() {
        Random random = new Random(20250605);
        for (int round = 0; round < 500; round++) {
            int length = 1 + random.nextInt(80);
            List<Span> a = randomSpans(random, length);
            List<Span> b = randomSpans(random, length);
            boolean[] inA = cover(a, length);
            boolean[] inB = cover(b, length);
            int onlyA = 0;
            int onlyB = 0;
            boolean[] differs = new boolean[length];
            for (int i = 0; i < length; i++) {
                onlyA += inA[i] && !inB[i] ? 1 : 0;
                onlyB += inB[i] && !inA[i] ? 1 : 0;
                differs[i] = inA[i] != inB[i];
            }
            List<Passage> passages = Disagreements.between(a, b);
            boolean[] covered = new boolean[length];
            int sumA = 0;
            int sumB = 0;
            int lastEnd = -1;
            for (Passage p : passages) {
                assertThat(p.passage().start()).isGreaterThan(lastEnd); // sorted, separated by uncoded text
                lastEnd = p.passage().end();
                sumA += p.onlyFirst();
                sumB += p.onlySecond();
                assertThat(p.onlyFirst() + p.onlySecond()).isPositive();
                for (int i = p.passage().start(); i < p.passage().end(); i++) {
                    covered[i] = true;
                    assertThat(inA[i] || inB[i]).as("a passage holds only coded text").isTrue();
                }
            }
            assertThat(sumA).isEqualTo(onlyA);
            assertThat(sumB).isEqualTo(onlyB);
            for (int i = 0; i < length; i++) {
                if (differs[i]) {
                    assertThat(covered[i]).as("character %d where the coders differ lies in a passage", i).isTrue();
                }
            }
        }
    }

    private static List<Span> randomSpans(Random random, int length) {
        List<Span> out = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(length);
            int end = start + 1 + random.nextInt(Math.max(1, Math.min(15, length - start)));
            out.add(new Span(start, Math.min(end, length)));
        }
        return out;
    }

    private static boolean[] cover(List<Span> spans, int length) {
        boolean[] out = new boolean[length];
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                out[i] = true;
            }
        }
        return out;
    }
}
