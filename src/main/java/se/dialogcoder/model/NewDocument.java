package se.dialogcoder.model;

import java.util.List;

/**
 * A document ready to be stored: normalised text (NFC, {@code \n} line ends, no BOM) and its units.
 *
 * @param county the county, or null when unknown
 * @param round the dialogue round, e.g. "2025", or null
 * @param dialogueDate ISO date of the dialogue (yyyy-mm-dd), or null
 */
public record NewDocument(String name, County county, DocumentKind kind, String round, String dialogueDate,
                          String sourceFile, String text, List<TextUnit> units) {
    public NewDocument {
        units = List.copyOf(units);
    }

    public NewDocument withCounty(County c) {
        return new NewDocument(name, c, kind, round, dialogueDate, sourceFile, text, units);
    }

    public NewDocument withRound(String r) {
        return new NewDocument(name, county, kind, r, dialogueDate, sourceFile, text, units);
    }

    public NewDocument withName(String n) {
        return new NewDocument(n, county, kind, round, dialogueDate, sourceFile, text, units);
    }
}
