package se.dialogcoder.app.privacy;

import se.dialogcoder.ingest.pii.PiiKind;
import se.dialogcoder.ingest.pii.Pseudonymiser;

/**
 * One line of a pseudonym key: a value as it was written in a source file and the pseudonym that replaced it.
 * Exists only in memory and in a key file the user asked for; never in a project.
 */
public record KeyEntry(PiiKind kind, int number, String original) {
    public String pseudonym() {
        return Pseudonymiser.pseudonym(kind, number);
    }
}
