package se.dialogcoder.analysis.agreement;

import java.util.Map;
import java.util.TreeMap;

/**
 * Present/absent data of several coders for one code, counted by pattern: how many units (characters or text
 * units) had which coders taking part ({@code present}: the coders who coded the document at all) and which of
 * those coded the unit ({@code coded}). Both are bit masks over the coders, in the order given. From these counts
 * follow the 2 × 2 table of any two coders and Krippendorff's alpha (nominal) over all coders, without keeping a
 * row per character.
 */
public final class PatternCounts {
    /** The most coders the masks can hold. */
    public static final int MAX_CODERS = 30;
    private final int coders;
    private final Map<Long, Long> counts = new TreeMap<>();

    public PatternCounts(int coders) {
        if (coders < 1 || coders > MAX_CODERS) {
            throw new IllegalArgumentException("between 1 and " + MAX_CODERS + " coders, not " + coders);
        }
        this.coders = coders;
    }

    public int coders() {
        return coders;
    }

    /** Adds {@code count} units where the coders in {@code present} took part and those in {@code coded} coded. */
    public void add(int present, int coded, long count) {
        if ((coded & ~present) != 0 || present >>> coders != 0) {
            throw new IllegalArgumentException("bad pattern " + present + "/" + coded);
        }
        if (count > 0) {
            counts.merge(((long) present << 32) | coded, count, Long::sum);
        }
    }

    /** Adds all counts of another table of the same coders. */
    public void addAll(PatternCounts other) {
        if (other.coders != coders) {
            throw new IllegalArgumentException("different coders");
        }
        other.counts.forEach((key, count) -> counts.merge(key, count, Long::sum));
    }

    /** All units counted. */
    public long units() {
        long n = 0;
        for (long c : counts.values()) {
            n += c;
        }
        return n;
    }

    /** The 2 × 2 table of coders i and j over the units both took part in. */
    public TwoByTwo pair(int i, int j) {
        long both = 0;
        long onlyI = 0;
        long onlyJ = 0;
        long neither = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            int present = (int) (e.getKey() >>> 32);
            int coded = (int) (long) e.getKey();
            if ((present >>> i & 1) == 0 || (present >>> j & 1) == 0) {
                continue;
            }
            boolean a = (coded >>> i & 1) == 1;
            boolean b = (coded >>> j & 1) == 1;
            long n = e.getValue();
            if (a && b) {
                both += n;
            } else if (a) {
                onlyI += n;
            } else if (b) {
                onlyJ += n;
            } else {
                neither += n;
            }
        }
        return new TwoByTwo(both, onlyI, onlyJ, neither);
    }

    /**
     * The coincidence matrix of the binary values 0 (not coded) and 1 (coded): a unit where m coders took part and
     * k of them coded adds k(k-1)/(m-1) to o_11, (m-k)(m-k-1)/(m-1) to o_00 and k(m-k)/(m-1) to o_01 and o_10.
     */
    public CoincidenceMatrix coincidences() {
        double[][] o = new double[2][2];
        long units = 0;
        long pairable = 0;
        long pairableValues = 0;
        long excludedUnits = 0;
        long excludedValues = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            int m = Long.bitCount(e.getKey() >>> 32);
            int k = Long.bitCount(e.getKey() & 0xFFFFFFFFL);
            long n = e.getValue();
            units += n;
            if (m < 2) {
                excludedUnits += n;
                excludedValues += (long) m * n;
                continue;
            }
            pairable += n;
            pairableValues += (long) m * n;
            o[1][1] += n * (double) k * (k - 1) / (m - 1);
            o[0][0] += n * (double) (m - k) * (m - k - 1) / (m - 1);
            o[0][1] += n * (double) k * (m - k) / (m - 1);
            o[1][0] += n * (double) k * (m - k) / (m - 1);
        }
        return new CoincidenceMatrix(java.util.List.of("0", "1"), new double[] {0, 1}, o, units, pairable,
                pairableValues, excludedUnits, excludedValues);
    }

    /** Krippendorff's alpha (nominal: coded / not coded) over all coders. */
    public AlphaResult alpha() {
        return Krippendorff.alpha(coincidences(), Level.NOMINAL);
    }
}
