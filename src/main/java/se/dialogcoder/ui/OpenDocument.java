package se.dialogcoder.ui;

import java.util.List;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.TextUnit;

/** The text of a document as the view shows it, with the codings visible under the coder filter. */
public record OpenDocument(Document document, String text, List<TextUnit> units, List<Coding> codings) {
}
