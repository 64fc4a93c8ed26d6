package se.dialogcoder.ingest;

import java.util.List;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.TextUnit;

/**
 * What a reader makes of a file: normalised text (NFC, {@code \n} line ends, no BOM, no control characters
 * but {@code \n} and {@code \t}) and its units, with offsets in code points over that text.
 *
 * @param dialogueDate an ISO date (yyyy-mm-dd) found in the first lines, or null
 */
public record ParsedDocument(String text, List<TextUnit> units, DocumentKind kind, String dialogueDate) {
    public ParsedDocument {
        units = List.copyOf(units);
    }
}
