package se.dialogcoder.ui;

/** Which codings are shown: everyone's, only the current coder's, or one chosen coder's. */
public record CoderFilter(Kind kind, String coder) {
    public enum Kind { ALL, MINE, ONE }

    public static final CoderFilter ALL = new CoderFilter(Kind.ALL, null);
    public static final CoderFilter MINE = new CoderFilter(Kind.MINE, null);
}
