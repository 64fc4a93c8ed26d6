package se.dialogcoder.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything said about agreement on present/absent data of one code (in one document, one code over all
 * documents, or everything pooled): percent agreement and Cohen's kappa for every pair of coders, and
 * Krippendorff's alpha (nominal) over all coders.
 *
 * @param units all units counted (characters or text units)
 * @param pairs one entry per pair of coders, in coder order (one entry for two coders)
 * @param alpha Krippendorff's alpha over all coders
 */
public record BinaryFigures(long units, List<PairFigures> pairs, AlphaResult alpha) {
    public BinaryFigures {
        pairs = List.copyOf(pairs);
    }

    public static BinaryFigures of(PatternCounts counts, List<String> coders) {
        if (coders.size() != counts.coders()) {
            throw new IllegalArgumentException(coders.size() + " names for " + counts.coders() + " coders");
        }
        List<PairFigures> pairs = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                pairs.add(PairFigures.of(coders.get(i), coders.get(j), counts.pair(i, j)));
            }
        }
        return new BinaryFigures(counts.units(), pairs, counts.alpha());
    }
}
