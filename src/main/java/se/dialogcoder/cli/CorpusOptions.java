package se.dialogcoder.cli;

import picocli.CommandLine.Option;

/** The size and seed of a generated corpus, shared by {@code generate-corpus} and {@code bench} ({@code @Mixin}). */
final class CorpusOptions {
    /** What {@link #inRange()} checks, in words, for the commands' usage errors. */
    static final String RANGES = "--counties takes 1–21; --docs-per-county and --words at least 1";

    @Option(names = "--counties", paramLabel = "N", description = "The first N of the 21 counties (default 21).")
    int counties = 21;

    @Option(names = "--docs-per-county", paramLabel = "N", description = "Documents per county (default 20).")
    int docsPerCounty = 20;

    @Option(names = "--words", paramLabel = "W", description = "Words per document (default 8000).")
    int words = 8000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
    long seed = 1;

    boolean inRange() {
        return counties >= 1 && counties <= 21 && docsPerCounty >= 1 && words >= 1;
    }
}
