package se.dialogcoder.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /** Rows = units, columns = coders; "." = missing. */
    static ReliabilityData data(String... rows) {
        int coders = rows[0].split(" ").length;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < coders; i++) {
            names.add("C" + (i + 1));
        }
        List<List<String>> units = new ArrayList<>();
        for (String r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : r.split(" ")) {
                cells.add(c.equals(".") ? null : c);
            }
            units.add(cells);
        }
        return new ReliabilityData(names, units);
    }

    /** The same data given coder by coder (as printed in the papers: a row per observer). */
    static ReliabilityData byObserver(String... observers) {
        String[][] cells = new String[observers.length][];
        for (int i = 0; i < observers.length; i++) {
            cells[i] = observers[i].split(" ");
        }
        String[] rows = new String[cells[0].length];
        for (int u = 0; u < rows.length; u++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < observers.length; c++) {
                sb.append(c == 0 ? "" : " ").append(cells[c][u]);
            }
            rows[u] = sb.toString();
        }
        return data(rows);
    }

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
     * Departmental Papers (ASC) 43, section C (nominal data, any number of observers, missing data) and the
     * following sections, which reuse its data for the other metrics — four observers A-D, twelve units. The paper
     * gives alpha = 0.743 (nominal), 0.815 (ordinal), 0.849 (interval), 0.797 (ratio), from n.. = 40 pairable
     * values; unit 12 has a single value and is not pairable.
     */
    static final ReliabilityData FOUR_OBSERVERS = byObserver(
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 .");

    @Test
    void krippendorff2011FourObserversTwelveUnitsAllFourMetrics() {
        assertThat(Krippendorff.alpha(FOUR_OBSERVERS, Level.NOMINAL).alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(Krippendorff.alpha(FOUR_OBSERVERS, Level.ORDINAL).alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(Krippendorff.alpha(FOUR_OBSERVERS, Level.INTERVAL).alpha()).isCloseTo(0.849, within(0.0005));
        assertThat(Krippendorff.alpha(FOUR_OBSERVERS, Level.RATIO).alpha()).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void theFourObserverExampleCountsWhatWasPairable() {
        AlphaResult r = Krippendorff.alpha(FOUR_OBSERVERS, Level.NOMINAL);
        assertThat(r.units()).isEqualTo(12);
        assertThat(r.pairableUnits()).isEqualTo(11);
        assertThat(r.pairable()).isEqualTo(40);
        assertThat(r.unitsExcluded()).isEqualTo(1);
        assertThat(r.valuesExcluded()).isEqualTo(1);
        assertThat(r.noVariation()).isFalse();
        assertThat(r.note()).isNull();
    }

    @Test
    void theCoincidenceMatrixOfTheFourObserverExampleMatchesThePaper() {
        // Krippendorff (2011), section C: the matrix of values 1..5 (rows) with marginals n_c = 9, 13, 10, 5, 3
        CoincidenceMatrix m = CoincidenceMatrix.of(FOUR_OBSERVERS, Level.NOMINAL);
        assertThat(m.categories()).containsExactly("1", "2", "3", "4", "5");
        assertThat(m.marginals()).containsExactly(new double[] {9, 13, 10, 5, 3}, within(1e-9));
        assertThat(m.get(0, 0)).isCloseTo(7.0, within(1e-9));
        assertThat(m.get(1, 1)).isCloseTo(10.0, within(1e-9));
        assertThat(m.get(0, 1)).isCloseTo(4.0 / 3, within(1e-9));
    }

    /**
     * Krippendorff (2011), section A: binary data, two observers, no missing data (ten units); alpha = 0.095.
     * The same value comes from Krippendorff (2004, section 11.3.1), used as a test by the R package
     * jucor/krippendorff (0.0952).
     */
    @Test
    void krippendorff2011BinaryTwoObservers() {
        ReliabilityData d = byObserver(
                "0 1 0 0 0 0 0 0 1 0",
                "1 1 1 0 0 1 0 0 0 0");
        AlphaResult r = Krippendorff.alpha(d, Level.NOMINAL);
        assertThat(r.alpha()).isCloseTo(0.095, within(0.0005));
        assertThat(r.pairable()).isEqualTo(20);
        // alpha = 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 19 * 4 / (14 * 6)
        assertThat(r.alpha()).isCloseTo(1 - 19.0 * 4 / (14 * 6), within(1e-12));
        assertThat(r.percentAgreement()).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void labelsWorkAtTheNominalLevelAndNumbersAreOneCategoryHowEverSpelt() {
        ReliabilityData labels = byObserver("ja nej ja ja", "ja nej nej ja");
        ReliabilityData numbers = byObserver("1 0 1 1", "1.0 0 0 1,0");
        assertThat(Krippendorff.alpha(labels, Level.NOMINAL).alpha())
                .isCloseTo(Krippendorff.alpha(numbers, Level.NOMINAL).alpha(), within(1e-12));
        assertThat(CoincidenceMatrix.of(numbers, Level.NOMINAL).categories()).containsExactly("0", "1");
    }

    @Test
    void perfectAgreementWithVariationIsOne() {
        AlphaResult r = Krippendorff.alpha(byObserver("1 2 3 4", "1 2 3 4", "1 2 . 4"), Level.INTERVAL);
        assertThat(r.alpha()).isEqualTo(1.0);
        assertThat(r.noVariation()).isFalse();
        assertThat(r.observedDisagreement()).isZero();
        assertThat(r.expectedDisagreement()).isPositive();
    }

    @Test
    void noVariationAtAllIsOneByConventionAndFlagged() {
        for (Level level : Level.values()) {
            AlphaResult r = Krippendorff.alpha(byObserver("2 2 2 .", "2 2 2 2"), level);
            assertThat(r.alpha()).as(level.id()).isEqualTo(1.0);
            assertThat(r.noVariation()).isTrue();
            assertThat(r.note()).contains("no variation");
            assertThat(r.pairable()).isEqualTo(6);
        }
    }

    @Test
    void allMissingOrNothingPairableGivesNullWithAReason() {
        AlphaResult allMissing = Krippendorff.alpha(byObserver(". . .", ". . ."), Level.NOMINAL);
        assertThat(allMissing.alpha()).isNull();
        assertThat(allMissing.note()).contains("undefined");
        assertThat(allMissing.units()).isEqualTo(3);
        assertThat(allMissing.unitsExcluded()).isEqualTo(3);
        assertThat(allMissing.pairable()).isZero();

        AlphaResult lone = Krippendorff.alpha(byObserver("1 . 3", ". 2 ."), Level.INTERVAL);
        assertThat(lone.alpha()).isNull();
        assertThat(lone.valuesExcluded()).isEqualTo(3);
        assertThat(lone.percentAgreement()).isNull();

        AlphaResult oneCoder = Krippendorff.alpha(byObserver("1 2 3"), Level.NOMINAL);
        assertThat(oneCoder.alpha()).isNull();

        AlphaResult empty = Krippendorff.alpha(new ReliabilityData(List.of("A", "B"), List.of()), Level.RATIO);
        assertThat(empty.alpha()).isNull();
        assertThat(empty.units()).isZero();
    }

    @Test
    void systematicDisagreementGoesBelowZero() {
        AlphaResult r = Krippendorff.alpha(byObserver("1 2 1 2", "2 1 2 1"), Level.NOMINAL);
        assertThat(r.alpha()).isLessThan(0);
    }

    @Test
    void aLabelAtANumericLevelIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> Krippendorff.alpha(byObserver("1 hög 3", "1 2 3"), Level.INTERVAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit 2").hasMessageContaining("\"hög\"").hasMessageContaining("interval");
        assertThatThrownBy(() -> Krippendorff.alpha(byObserver("1 -2 3", "1 2 3"), Level.RATIO))
                .hasMessageContaining("negative");
    }

    @Test
    void agreesWithABruteForcePairwiseComputationOnRandomData() {
        java.util.Random random = new java.util.Random(20250611L);
        for (int round = 0; round < 300; round++) {
            int coders = 2 + random.nextInt(4);
            int units = 1 + random.nextInt(25);
            int values = 1 + random.nextInt(6);
            double missing = random.nextDouble() * 0.5;
            List<List<String>> rows = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < coders; c++) {
                    row.add(random.nextDouble() < missing ? null : String.valueOf(1 + random.nextInt(values) * 2));
                }
                rows.add(row);
            }
            ReliabilityData d = new ReliabilityData(Arrays.asList(new String[coders]).stream()
                    .map(x -> "c").toList(), rows);
            for (Level level : Level.values()) {
                AlphaResult fast = Krippendorff.alpha(d, level);
                Double slow = bruteForce(rows, level);
                if (slow == null) {
                    assertThat(fast.alpha() == null || fast.noVariation()).as("round %d %s", round, level).isTrue();
                } else {
                    assertThat(fast.alpha()).as("round %d %s", round, level).isCloseTo(slow, within(1e-9));
                }
            }
        }
    }

    /**
     * Alpha straight from its definition as pairs of values: D_o averages δ² over all pairs of values within each
     * unit (each unit weighted 1/(m_u - 1)); D_e over all pairs of pairable values anywhere. Null when undefined.
     */
    static Double bruteForce(List<List<String>> rows, Level level) {
        List<double[]> units = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (List<String> row : rows) {
            double[] v = row.stream().filter(x -> x != null).mapToDouble(Double::parseDouble).toArray();
            if (v.length >= 2) {
                units.add(v);
                for (double x : v) {
                    all.add(x);
                }
            }
        }
        int n = all.size();
        if (n < 2) {
            return null;
        }
        double within = 0;
        for (double[] v : units) {
            for (int i = 0; i < v.length; i++) {
                for (int j = 0; j < v.length; j++) {
                    if (i != j) {
                        within += delta(v[i], v[j], all, level) / (v.length - 1);
                    }
                }
            }
        }
        double between = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    between += delta(all.get(i), all.get(j), all, level);
                }
            }
        }
        if (between == 0) {
            return null;
        }
        return 1 - (n - 1) * within / between;
    }

    private static double delta(double c, double k, List<Double> all, Level level) {
        if (c == k) {
            return 0;
        }
        switch (level) {
            case NOMINAL:
                return 1;
            case INTERVAL:
                return (c - k) * (c - k);
            case RATIO:
                return Math.pow((c - k) / (c + k), 2);
            default:
                double lo = Math.min(c, k);
                double hi = Math.max(c, k);
                double between = all.stream().filter(x -> x >= lo && x <= hi).count();
                double nc = all.stream().filter(x -> x == c).count();
                double nk = all.stream().filter(x -> x == k).count();
                double d = between - (nc + nk) / 2;
                return d * d;
        }
    }
}
