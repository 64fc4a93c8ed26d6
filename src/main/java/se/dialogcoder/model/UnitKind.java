package se.dialogcoder.model;

/** Kind of a text unit: a paragraph of notes, or a speaker turn of a transcript. */
public enum UnitKind {
    PARAGRAPH, TURN;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static UnitKind fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
