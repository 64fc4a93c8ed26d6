package se.dialogcoder.model;

/** What a document is: a transcript with speaker turns, or notes written after a dialogue. */
public enum DocumentKind {
    TRANSCRIPT, NOTES;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static DocumentKind fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
