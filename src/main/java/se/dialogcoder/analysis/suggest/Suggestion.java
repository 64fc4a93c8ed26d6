package se.dialogcoder.analysis.suggest;

/** A code proposed for a passage, with a score from 0 (nothing in common) to 1 (the code's typical words only). */
public record Suggestion(long codeId, double score) {
}
