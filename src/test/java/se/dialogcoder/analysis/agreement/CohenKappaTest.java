package se.dialogcoder.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    private static List<String> values(String spaced) {
        return Arrays.stream(spaced.split(" ")).map(v -> v.equals(".") ? null : v).toList();
    }

    /** Expands an agreement table (rows: first coder, columns: second) into two coders' values 1 … k. */
    private static List<List<String>> unitsOf(int[][] table) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                for (int n = 0; n < table[i][j]; n++) {
                    a.add(String.valueOf(i + 1));
                    b.add(String.valueOf(j + 1));
                }
            }
        }
        return List.of(a, b);
    }

    /**
     * Wikipedia, "Cohen's kappa", simple worked example: 50 grant proposals read by two readers, yes/yes 20,
     * A yes/B no 5, A no/B yes 10, no/no 15; p_o = 0.70, p_e = 0.50, kappa = 0.40.
     */
    @Test
    void twoByTwoGrantProposals() {
        List<List<String>> u = unitsOf(new int[][] {{20, 5}, {10, 15}});
        KappaResult r = CohenKappa.kappa(u.get(0), u.get(1), Weights.NONE);
        assertThat(r.kappa()).isCloseTo(0.40, within(1e-12));
        assertThat(r.observedAgreement()).isCloseTo(0.70, within(1e-12));
        assertThat(r.expectedAgreement()).isCloseTo(0.50, within(1e-12));
        assertThat(r.n()).isEqualTo(50);
        assertThat(r.percentAgreement()).isCloseTo(70.0, within(1e-9));
    }

    /**
     * A 3 × 3 table with SAS PROC FREQ's printed output, quoted by statsmodels' test suite
     * (statsmodels/stats/tests/test_inter_rater.py, "table10"): simple kappa 0.4842, weighted kappa with
     * Cicchetti-Allison (linear) weights 0.4701. One category is never used by the second coder.
     */
    @Test
    void threeByThreeSimpleAndLinearAgainstSas() {
        List<List<String>> u = unitsOf(new int[][] {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}});
        assertThat(CohenKappa.kappa(u.get(0), u.get(1), Weights.NONE).kappa()).isCloseTo(0.4842, within(0.00005));
        assertThat(CohenKappa.kappa(u.get(0), u.get(1), Weights.LINEAR).kappa()).isCloseTo(0.4701, within(0.00005));
    }

    /**
     * The "anxiety" data of R's irr package (Gamer et al.), raters 2 and 3, 20 subjects; kappa2() gives
     * unweighted -0.006289308, "equal" (linear) 0.1459075 and "squared" (quadratic) 0.2520325, as recorded in
     * statsmodels' test suite. irr ranks the categories that occur (1, 2, 3, 4, 6: no 5), as we do.
     */
    @Test
    void anxietyRatersTwoAndThreeAgainstRIrr() {
        List<String> rater2 = values("3 6 4 6 2 4 2 4 3 3 2 3 3 3 2 2 1 3 3 4");
        List<String> rater3 = values("2 1 4 4 3 2 1 6 1 1 1 2 3 3 1 1 3 3 2 2");
        KappaResult none = CohenKappa.kappa(rater2, rater3, Weights.NONE);
        assertThat(none.kappa()).isCloseTo(-0.006289308, within(1e-8));
        assertThat(none.categories()).containsExactly("1", "2", "3", "4", "6");
        assertThat(CohenKappa.kappa(rater2, rater3, Weights.LINEAR).kappa()).isCloseTo(0.1459075, within(1e-7));
        assertThat(CohenKappa.kappa(rater2, rater3, Weights.QUADRATIC).kappa()).isCloseTo(0.2520325, within(1e-7));
    }

    /**
     * The skin-condition agreement study of the SAS/STAT PROC FREQ documentation (Getting Started, "Agreement
     * Study"; 88 patients, two dermatologists, four ordered ratings). By hand: p_o = 45/88, p_e = 1968/7744, so
     * kappa = (45/88 - 1968/7744) / (1 - 1968/7744) = 0.3449 (the figure the SAS output prints).
     */
    @Test
    void fourByFourSkinConditionByHand() {
        List<List<String>> u = unitsOf(new int[][] {{10, 4, 1, 0}, {5, 10, 12, 2}, {2, 4, 12, 5}, {0, 2, 6, 13}});
        double po = 45.0 / 88;
        double pe = 1968.0 / 7744;
        KappaResult r = CohenKappa.kappa(u.get(0), u.get(1), Weights.NONE);
        assertThat(r.kappa()).isCloseTo((po - pe) / (1 - pe), within(1e-12)).isCloseTo(0.3449, within(0.00005));
    }

    @Test
    void weightsAreOrderedByNumberNotBySpelling() {
        List<String> a = values("2 10 10 9");
        List<String> b = values("2 9 10 10");
        KappaResult r = CohenKappa.kappa(a, b, Weights.LINEAR);
        assertThat(r.categories()).containsExactly("2", "9", "10");
        // 9 and 10 are neighbours: weight 1 - 1/2 = 0.5
        assertThat(r.observedAgreement()).isCloseTo((1 + 1 + 0.5 + 0.5) / 4, within(1e-12));
    }

    @Test
    void missingValuesAreSkippedAndCounted() {
        KappaResult r = CohenKappa.kappa(values("1 2 . 1 2"), values("1 2 1 . 2"), Weights.NONE);
        assertThat(r.n()).isEqualTo(3);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.kappa()).isEqualTo(1.0);
        assertThat(r.noVariation()).isFalse();
    }

    @Test
    void noVariationIsOneByConventionAndFlagged() {
        for (Weights w : Weights.values()) {
            KappaResult r = CohenKappa.kappa(values("4 4 4"), values("4 4 4"), w);
            assertThat(r.kappa()).as(w.id()).isEqualTo(1.0);
            assertThat(r.noVariation()).isTrue();
            assertThat(r.note()).contains("no variation");
        }
        KappaResult numbers = CohenKappa.kappa(values("3 3"), values("3,0 3.00"), Weights.QUADRATIC);
        assertThat(numbers.kappa()).isEqualTo(1.0);
        assertThat(numbers.noVariation()).isTrue();
    }

    @Test
    void allMissingGivesNullWithAReason() {
        KappaResult r = CohenKappa.kappa(values(". 1 ."), values("2 . ."), Weights.LINEAR);
        assertThat(r.kappa()).isNull();
        assertThat(r.n()).isZero();
        assertThat(r.skipped()).isEqualTo(3);
        assertThat(r.note()).contains("undefined");
        assertThat(r.percentAgreement()).isNull();
        assertThat(CohenKappa.kappa(List.of(), List.of(), Weights.NONE).kappa()).isNull();
    }

    @Test
    void oppositeUseOfTwoCategoriesIsNegative() {
        KappaResult r = CohenKappa.kappa(values("a b a b"), values("b a b a"), Weights.NONE);
        assertThat(r.kappa()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void weightsNeedNumbers() {
        assertThatThrownBy(() -> CohenKappa.kappa(values("1 hög"), values("1 1"), Weights.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"hög\"")
                .hasMessageContaining("unit 2");
        assertThatThrownBy(() -> CohenKappa.kappa(values("1 2"), values("1"), Weights.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kappaMatchesAlphaClosely() {
        // for two coders without missing values alpha and kappa differ only by the chance model and (n-1)/n
        List<List<String>> u = unitsOf(new int[][] {{20, 5}, {10, 15}});
        ReliabilityData d = new ReliabilityData(List.of("A", "B"), transpose(u));
        double alpha = Krippendorff.alpha(d, Level.NOMINAL).alpha();
        assertThat(alpha).isCloseTo(0.4, within(0.02));
    }

    private static List<List<String>> transpose(List<List<String>> coders) {
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < coders.get(0).size(); u++) {
            rows.add(List.of(coders.get(0).get(u), coders.get(1).get(u)));
        }
        return rows;
    }
}
