package se.dialogcoder.ingest.pii;

/** What to do with a finding before the text is stored. */
public enum PiiDecision {
    /** Store the text as it is. */
    KEEP,
    /** Replace the finding with its pseudonym ({@code [Person 1]} …). */
    PSEUDONYMISE
}
