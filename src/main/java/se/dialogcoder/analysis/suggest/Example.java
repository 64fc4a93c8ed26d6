package se.dialogcoder.analysis.suggest;

/**
 * A coded passage to learn from: the code and the words coded with it, and the group it came from (a county's
 * two-digit code, or null), so an evaluation can hold a group out.
 */
public record Example(long codeId, String text, String group) {
}
