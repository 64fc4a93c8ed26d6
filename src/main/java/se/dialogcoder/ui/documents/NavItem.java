package se.dialogcoder.ui.documents;

import se.dialogcoder.model.Code;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;

/**
 * A row of the document navigator: a county (or "Okänt län") with its count, or a document; below the counties the
 * document sets and code sets with their members.
 */
public sealed interface NavItem {
    /** "Dokumentset" or "Kodset", with the number of sets. */
    record SetsHeader(ItemSet.Kind kind, int sets) implements NavItem {
    }

    record SetRow(ItemSet set) implements NavItem {
    }

    /** A code in a code set. */
    record CodeRow(Code code) implements NavItem {
    }

    record CountyRow(County county, int documents) implements NavItem {
    }

    record DocumentRow(Document document) implements NavItem {
    }
}
